using DispatchParser.LanguageServer.Documents;
using DispatchParser.LanguageServer.Protocol;
using DispatchParser.LanguageServer.Tests.Infrastructure;
using DispatchParser.Syntax;

namespace DispatchParser.LanguageServer.Tests;

public sealed class TextSynchronizationTests
{
    private const string Uri = Samples.Uri;

    private static string ServerText(LspClient client) =>
        client.Session.Server.Documents.TryGet(Uri, out DocumentSnapshot snapshot) ? snapshot.Tree.Text.ToString() : "<closed>";

    [Fact]
    public async Task Open_publishes_the_diagnostics_of_version_1()
    {
        await using LspClient client = await LspClient.StartInitializedAsync();
        await client.OpenAsync(Uri, Samples.MissingTag);
        PublishDiagnosticsParams published = await client.WaitForDiagnosticsAsync(Uri);
        Assert.Equal(1, published.Version);
        Assert.Equal(["DSP0003"], published.Diagnostics.Select(diagnostic => diagnostic.Code));
    }

    [Fact]
    public async Task An_incremental_edit_that_adds_the_tag_clears_the_diagnostic()
    {
        await using LspClient client = await LspClient.StartInitializedAsync();
        await client.OpenAsync(Uri, Samples.MissingTag);
        await client.WaitForDiagnosticsAsync(Uri);

        Position end = TextEdits.PositionOf(Samples.MissingTag, "sürecek.", "sürecek.".Length);
        await client.ChangeAsync(Uri, 2, LspClient.Edit(end.Line, end.Character, end.Line, end.Character, " (İLKHA)"));
        PublishDiagnosticsParams published = await client.WaitForDiagnosticsAsync(Uri, p => p.Version == 2);
        Assert.Empty(published.Diagnostics);
        Assert.Contains("sürecek. (İLKHA)\n", ServerText(client), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Several_changes_in_one_notification_apply_in_order()
    {
        await using LspClient client = await LspClient.StartInitializedAsync();
        await client.OpenAsync(Uri, "abc");
        // Each range is in the coordinates of the text after the previous change.
        await client.ChangeAsync(Uri, 2,
            LspClient.Edit(0, 3, 0, 3, "\n"),
            LspClient.Edit(1, 0, 1, 0, "def"),
            LspClient.Edit(0, 0, 0, 1, "A"));
        await client.SyncAsync(Uri);
        Assert.Equal("Abc\ndef", ServerText(client));
    }

    [Fact]
    public async Task A_change_without_range_replaces_the_whole_text()
    {
        await using LspClient client = await LspClient.StartInitializedAsync();
        await client.OpenAsync(Uri, Samples.MissingTag);
        await client.WaitForDiagnosticsAsync(Uri);
        await client.ChangeAsync(Uri, 2, LspClient.Replace(Samples.Canonical));
        PublishDiagnosticsParams published = await client.WaitForDiagnosticsAsync(Uri, p => p.Version == 2);
        Assert.Empty(published.Diagnostics);
        Assert.Equal(Samples.Canonical, ServerText(client));
    }

    [Fact]
    public async Task Close_publishes_an_empty_list_and_forgets_the_document()
    {
        await using LspClient client = await LspClient.StartInitializedAsync();
        await client.OpenAsync(Uri, Samples.MissingTag);
        await client.WaitForDiagnosticsAsync(Uri, p => p.Diagnostics.Count > 0);
        await client.CloseAsync(Uri);
        PublishDiagnosticsParams cleared = await client.WaitForDiagnosticsAsync(Uri);
        Assert.Empty(cleared.Diagnostics);
        Assert.Equal(0, client.Session.Server.Documents.Count);
    }

    [Fact]
    public async Task A_change_with_a_stale_version_is_ignored()
    {
        await using LspClient client = await LspClient.StartInitializedAsync();
        await client.OpenAsync(Uri, "one", version: 5);
        await client.ChangeAsync(Uri, 4, LspClient.Replace("older"));
        await client.ChangeAsync(Uri, 5, LspClient.Replace("same"));
        await client.SyncAsync(Uri);
        Assert.Equal("one", ServerText(client));
        await client.WaitForLogAsync(log => log.Type == MessageType.Warning && log.Message.Contains("version 4", StringComparison.Ordinal));

        await client.ChangeAsync(Uri, 6, LspClient.Replace("newer"));
        await client.SyncAsync(Uri);
        Assert.Equal("newer", ServerText(client));
    }

    [Fact]
    public async Task A_change_for_an_unknown_document_is_ignored_and_logged()
    {
        await using LspClient client = await LspClient.StartInitializedAsync();
        await client.ChangeAsync("file:///nowhere.txt", 2, LspClient.Replace("text"));
        LogMessageParams log = await client.WaitForLogAsync(log => log.Message.Contains("file:///nowhere.txt", StringComparison.Ordinal));
        Assert.Equal(MessageType.Warning, log.Type);
        Assert.Equal(0, client.Session.Server.Documents.Count);

        await client.OpenAsync(Uri, Samples.Canonical);
        Assert.Empty((await client.WaitForDiagnosticsAsync(Uri)).Diagnostics);
    }

    [Fact]
    public async Task Diagnostics_are_debounced_a_burst_of_changes_publishes_once_for_the_last_version()
    {
        await using LspClient client = await LspClient.StartInitializedAsync(
            new LanguageServerOptions { DiagnosticsDelay = TimeSpan.FromSeconds(1) });
        await client.OpenAsync(Uri, Samples.Canonical);
        for (int version = 2; version <= 6; version++)
            await client.ChangeAsync(Uri, version, LspClient.Edit(0, 0, 0, 0, "x"));

        PublishDiagnosticsParams published = await client.WaitForDiagnosticsAsync(Uri);
        Assert.Equal(6, published.Version);
        await Task.Delay(1500);
        Assert.Single(client.AllDiagnostics);
    }

    [Fact]
    public async Task Diagnostics_change_as_the_text_is_edited_and_vanish_when_fixed()
    {
        await using LspClient client = await LspClient.StartInitializedAsync();
        await client.OpenAsync(Uri, Samples.Canonical);
        Assert.Empty((await client.WaitForDiagnosticsAsync(Uri)).Diagnostics);

        // Delete the blank separator line: DSP0002 appears.
        await client.ChangeAsync(Uri, 2, LspClient.Edit(1, 0, 2, 0, ""));
        Assert.Equal(["DSP0002"], (await client.WaitForDiagnosticsAsync(Uri, p => p.Version == 2)).Diagnostics.Select(d => d.Code));

        // Put it back: gone again.
        await client.ChangeAsync(Uri, 3, LspClient.Edit(1, 0, 1, 0, "\n"));
        Assert.Empty((await client.WaitForDiagnosticsAsync(Uri, p => p.Version == 3)).Diagnostics);
    }

    [Fact]
    public async Task Random_edits_through_the_protocol_leave_the_same_tree_as_a_fresh_parse()
    {
        var random = new Random(7);
        await using LspClient client = await LspClient.StartInitializedAsync();
        string text = Samples.Canonical + "\n" + Samples.Arabic;
        await client.OpenAsync(Uri, text);
        string[] pieces = ["\n", "\r\n", " (AA)", "YASAL UYARI: x", "// انتهى //", "", "Reuter", "ANKARA (AA) - ", "ğ", "\u202E"];
        for (int version = 2; version <= 120; version++)
        {
            int start = random.Next(text.Length + 1);
            int end = Math.Min(text.Length, start + random.Next(0, 12));
            string insert = pieces[random.Next(pieces.Length)];
            Position from = TextEdits.PositionOf(text, start), to = TextEdits.PositionOf(text, end);
            await client.ChangeAsync(Uri, version, LspClient.Edit(from.Line, from.Character, to.Line, to.Character, insert));
            text = string.Concat(text.AsSpan(0, start), insert, text.AsSpan(end));
        }
        await client.SyncAsync(Uri);
        Assert.True(client.Session.Server.Documents.TryGet(Uri, out DocumentSnapshot snapshot));
        Assert.Equal(text, snapshot.Tree.Text.ToString());
        Assert.Null(snapshot.Tree.FindDifference(DispatchSyntaxTree.ParseText(text)));
    }
}
