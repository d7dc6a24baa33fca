using System.Text;
using System.Text.Json;
using DispatchParser.LanguageServer.Documents;
using DispatchParser.LanguageServer.Features;
using DispatchParser.LanguageServer.Protocol;
using DispatchParser.LanguageServer.Tests.Infrastructure;
using DispatchParser.Syntax;
using DispatchParser.Text;

namespace DispatchParser.LanguageServer.Tests;

/// <summary>
/// Issue 18 items 9 (duplicate-paragraph related information, and one slow document delaying every
/// other's diagnostics) and 10 (no backpressure: a client that never reads drove the server to 5.7 GB).
/// The figures before and after are measured by node/measure-hostile.mjs on the real process.
/// </summary>
public sealed class PublishingAndBackpressureRegressionTests
{
    [Fact]
    public async Task Issue18_9_a_document_whose_publication_is_slow_does_not_delay_another_documents_diagnostics()
    {
        var documents = new DocumentStore();
        const string slow = "file:///tmp/slow.txt";
        const string quick = "file:///tmp/quick.txt";
        documents.Set(new DocumentSnapshot(slow, 1, DispatchSyntaxTree.ParseText(SourceText.From(Samples.MissingTag))));
        documents.Set(new DocumentSnapshot(quick, 1, DispatchSyntaxTree.ParseText(SourceText.From(Samples.MissingTag))));
        var slowStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var releaseSlow = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var quickPublished = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var publisher = new DiagnosticsPublisher(documents, TimeSpan.Zero, async (method, parameters) =>
        {
            string uri = ((PublishDiagnosticsParams)parameters).Uri;
            if (uri == slow)
            {
                slowStarted.TrySetResult();
                await releaseSlow.Task; // as a 2 MB document full of duplicates once took minutes
            }
            else
            {
                quickPublished.TrySetResult();
            }
        }, exception => Assert.Fail(exception.ToString()));

        publisher.Schedule(slow);
        await slowStarted.Task.WaitAsync(LspClient.Timeout);
        publisher.Schedule(quick);
        Task first = await Task.WhenAny(quickPublished.Task, Task.Delay(LspClient.Timeout));
        bool quickWasNotDelayed = first == quickPublished.Task;
        releaseSlow.TrySetResult();
        Assert.True(quickWasNotDelayed, "the quick document's diagnostics waited for the slow document's publication");
    }

    [Fact]
    public async Task Issue18_9_a_small_document_opened_after_a_huge_one_gets_its_diagnostics_and_so_does_the_huge_one()
    {
        // Through the server, as the issue reproduced it: a document whose second half repeats its first, then a
        // three-line one. Both are published, each with its own diagnostics. Which arrives first depends on the machine:
        // once the parser became three times faster, a quiet CI machine published the huge one before it had even read
        // the small one's didOpen (a CI run failed so). That a slow publication does not hold up another document's is
        // proved without timing by the controlled publisher in the test above.
        const int count = 64_000;
        var huge = new StringBuilder("Başlık\n\n");
        for (int round = 0; round < 2; round++)
            for (int i = 0; i < count; i++)
                huge.Append("Paragraf numarası ").Append(i).Append(" burada.\n");
        huge.Append("Son paragraf. (AA)\n");
        const string hugeUri = "file:///tmp/huge.txt";
        const string smallUri = "file:///tmp/small.txt";
        await using LspClient client = await LspClient.StartInitializedAsync();

        await client.OpenAsync(hugeUri, huge.ToString());
        await client.OpenAsync(smallUri, Samples.MissingTag);
        PublishDiagnosticsParams small = await client.WaitForDiagnosticsAsync(smallUri);
        Assert.Contains(small.Diagnostics, diagnostic => diagnostic.Code == "DSP0003");
        // The huge one is published in the end, duplicates and all (however long a loaded machine takes).
        for (int wait = 0; wait < 1_200 && !client.AllDiagnostics.Any(published => published.Uri == hugeUri); wait++)
            await Task.Delay(100);
        PublishDiagnosticsParams hugeDiagnostics = Assert.Single(client.AllDiagnostics, published => published.Uri == hugeUri);
        Assert.Contains(hugeDiagnostics.Diagnostics, diagnostic => diagnostic.Code == "DSP0204");
        Assert.DoesNotContain(hugeDiagnostics.Diagnostics, diagnostic => diagnostic.Code == "DSP0003");
    }

    [Fact]
    public void Issue18_9_every_duplicate_paragraph_points_at_its_first_occurrence_in_a_document_that_repeats_itself()
    {
        // 2 × 4,000 distinct paragraphs: the second half repeats the first (DSP0204 on each repeat).
        const int count = 4_000;
        var text = new StringBuilder("Başlık\n\n");
        for (int round = 0; round < 2; round++)
            for (int i = 0; i < count; i++)
                text.Append("Paragraf numarası ").Append(i).Append(" burada.\n");
        text.Append("Son paragraf. (AA)\n");
        var snapshot = new DocumentSnapshot(Samples.Uri, 1, DispatchSyntaxTree.ParseText(SourceText.From(text.ToString())));

        IReadOnlyList<Protocol.Diagnostic> duplicates = [.. DiagnosticConverter.Convert(snapshot).Where(d => d.Code == "DSP0204")];
        // DSP0204 is capped per document: the first 100, then one (at the 101st repeat) saying how many more there are.
        Assert.Equal(101, duplicates.Count);
        Assert.Contains($"{count - 100:N0} more", duplicates[^1].Message, StringComparison.Ordinal);
        foreach (Protocol.Diagnostic duplicate in duplicates)
        {
            Location first = Assert.Single(duplicate.RelatedInformation!).Location;
            Assert.Equal(duplicate.Range.Start.Line - count, first.Range.Start.Line);
            Assert.Equal(snapshot.Tree.Text.ToString(snapshot.Tree.Text.ToSpan(duplicate.Range)),
                snapshot.Tree.Text.ToString(snapshot.Tree.Text.ToSpan(first.Range)));
        }
    }

    [Fact]
    public async Task Issue18_10_a_client_that_never_reads_stops_the_server_reading_and_every_answer_arrives_once_it_reads()
    {
        await using RawConnection connection = RawConnection.StartWithSeparateStreams();
        await connection.SendAsync("""{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}""");
        await connection.ReceiveResponseAsync();
        await connection.SendAsync("""{"jsonrpc":"2.0","method":"initialized","params":{}}""");
        string text = JsonSerializer.Serialize(string.Concat(Enumerable.Repeat(Samples.Canonical + "\n\n", 20)));
        await connection.SendAsync($$$$"""{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///big","languageId":"dispatch","version":1,"text":{{{{text}}}}}}}""");

        // Requests whose answers (an outline of 140 symbols each) nobody reads.
        const int requests = 3_000;
        Task sending = Task.Run(async () =>
        {
            for (int id = 100; id < 100 + requests; id++)
                await connection.SendAsync($$$$"""{"jsonrpc":"2.0","id":{{{{id}}}},"method":"textDocument/documentSymbol","params":{"textDocument":{"uri":"file:///big"}}}""");
        });
        await Task.WhenAny(sending, Task.Delay(TimeSpan.FromSeconds(3)));
        bool clientBlocked = !sending.IsCompleted;
        int mostOwed = connection.Session.Backpressure.MostOwed;
        Assert.True(clientBlocked, $"the server read all {requests} requests while nobody read its answers (most owed at once: {mostOwed})");
        Assert.InRange(mostOwed, 1, Rpc.OutgoingBackpressure.DefaultLimit + 1);

        // Reading resumes the server: every request gets its answer, none lost.
        var answered = new HashSet<int>();
        while (answered.Count < requests)
        {
            JsonElement response = await connection.ReceiveResponseAsync();
            Assert.False(response.TryGetProperty("error", out JsonElement error), error.ToString());
            Assert.True(answered.Add(response.GetProperty("id").GetInt32()));
        }
        await sending;
        Assert.InRange(connection.Session.Backpressure.MostOwed, 1, Rpc.OutgoingBackpressure.DefaultLimit + 1);
    }
}
