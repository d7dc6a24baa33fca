using System.Text.Json;
using DispatchParser.LanguageServer.Protocol;
using DispatchParser.LanguageServer.Tests.Infrastructure;
using System.Runtime.CompilerServices;
using DispatchParser.LanguageServer.Documents;
using StreamJsonRpc;

namespace DispatchParser.LanguageServer.Tests;

public sealed class RobustnessTests
{
    private const string InitializeRequest = """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}""";

    [Fact]
    public async Task Malformed_json_is_answered_with_a_parse_error_and_the_server_stays_up()
    {
        await using RawConnection connection = RawConnection.Start();
        await connection.SendAsync(InitializeRequest);
        Assert.Equal(1, (await connection.ReceiveResponseAsync()).GetProperty("id").GetInt32());

        await connection.SendAsync("""{"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{""");
        JsonElement error = await connection.ReceiveResponseAsync();
        Assert.True(error.TryGetProperty("id", out _), error.ToString());
        Assert.Equal(ErrorCodes.ParseError, error.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal(JsonValueKind.Null, error.GetProperty("id").ValueKind);

        await connection.SendAsync("""{"jsonrpc":"2.0","id":3,"method":"shutdown"}""");
        JsonElement response = await connection.ReceiveResponseAsync();
        Assert.Equal(3, response.GetProperty("id").GetInt32());
        Assert.False(response.TryGetProperty("error", out _));
    }

    [Theory]
    [InlineData("[1, 2, 3]")]
    [InlineData("{\"hello\": \"world\"}")]
    [InlineData("42")]
    public async Task Json_that_is_no_jsonrpc_message_is_answered_with_an_error_and_the_server_stays_up(string body)
    {
        await using RawConnection connection = RawConnection.Start();
        await connection.SendAsync(InitializeRequest);
        await connection.ReceiveResponseAsync();

        await connection.SendAsync(body);
        JsonElement error = await connection.ReceiveResponseAsync();
        Assert.Contains(error.GetProperty("error").GetProperty("code").GetInt32(), new[] { ErrorCodes.InvalidRequest, ErrorCodes.ParseError });

        await connection.SendAsync("""{"jsonrpc":"2.0","id":3,"method":"shutdown"}""");
        Assert.Equal(3, (await connection.ReceiveResponseAsync()).GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task An_unknown_request_method_gets_MethodNotFound_and_the_server_stays_up()
    {
        await using RawConnection connection = RawConnection.Start();
        await connection.SendAsync(InitializeRequest);
        await connection.ReceiveResponseAsync();

        await connection.SendAsync("""{"jsonrpc":"2.0","id":7,"method":"textDocument/definition","params":{"textDocument":{"uri":"file:///a"},"position":{"line":0,"character":0}}}""");
        JsonElement error = await connection.ReceiveResponseAsync();
        Assert.Equal(7, error.GetProperty("id").GetInt32());
        Assert.Equal(ErrorCodes.MethodNotFound, error.GetProperty("error").GetProperty("code").GetInt32());

        // Unknown notifications (and $/ ones) are ignored without an answer.
        await connection.SendAsync("""{"jsonrpc":"2.0","method":"$/setTrace","params":{"value":"off"}}""");
        await connection.SendAsync("""{"jsonrpc":"2.0","method":"custom/whatever","params":{}}""");
        await connection.SendAsync("""{"jsonrpc":"2.0","id":8,"method":"shutdown"}""");
        Assert.Equal(8, (await connection.ReceiveResponseAsync()).GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task Positions_past_the_end_clamp_to_the_end_of_the_line_or_text()
    {
        await using LspClient client = await LspClient.StartInitializedAsync();
        await client.OpenAsync(Samples.Uri, "Headline\n\nBody text.");

        // An edit at line 99: appended at the end of the text. Character 999 on line 0: the end of line 0.
        await client.ChangeAsync(Samples.Uri, 2, LspClient.Edit(99, 5, 120, 0, " (AA)"));
        await client.ChangeAsync(Samples.Uri, 3, LspClient.Edit(0, 999, 0, 1000, "!"));
        await client.SyncAsync(Samples.Uri);
        Assert.True(client.Session.Server.Documents.TryGet(Samples.Uri, out DocumentSnapshot snapshot));
        Assert.Equal("Headline!\n\nBody text. (AA)", snapshot.Tree.Text.ToString());

        // Past the end of the text is its end, which is right after the tag.
        Hover? pastTheEnd = await client.RequestAsync<Hover?>(Methods.Hover,
            new TextDocumentPositionParams(new TextDocumentIdentifier(Samples.Uri), new Position(500, 500)));
        Assert.Equal(new Protocol.Range(new Position(2, 11), new Position(2, 15)), pastTheEnd?.Range);

        // The range past the end clamps to the end, where the tag is.
        var actions = await client.RequestAsync<CodeAction[]>(Methods.CodeAction, new CodeActionParams(
            new TextDocumentIdentifier(Samples.Uri), new Protocol.Range(new Position(0, 0), new Position(1000, 0)), new CodeActionContext()));
        Assert.NotNull(actions);

        Hover? onTag = await client.RequestAsync<Hover?>(Methods.Hover,
            new TextDocumentPositionParams(new TextDocumentIdentifier(Samples.Uri), new Position(2, 1000)));
        Assert.NotNull(onTag);
        Assert.Contains("Anadolu Ajansı", onTag.Contents.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_params_get_an_error_response_and_the_server_stays_up()
    {
        await using RawConnection connection = RawConnection.Start();
        await connection.SendAsync(InitializeRequest);
        await connection.ReceiveResponseAsync();
        await connection.SendAsync("""{"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{"textDocument":42}}""");
        JsonElement error = await connection.ReceiveResponseAsync();
        Assert.Equal(ErrorCodes.InvalidParams, error.GetProperty("error").GetProperty("code").GetInt32());

        await connection.SendAsync("""{"jsonrpc":"2.0","id":3,"method":"shutdown"}""");
        Assert.Equal(3, (await connection.ReceiveResponseAsync()).GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task A_failing_notification_handler_is_logged_and_the_server_stays_up()
    {
        await using RawConnection connection = RawConnection.Start();
        await connection.SendAsync(InitializeRequest);
        await connection.ReceiveResponseAsync();
        await connection.SendAsync("""{"jsonrpc":"2.0","method":"initialized","params":{}}""");
        await connection.SendAsync("""{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///a","languageId":"dispatch","version":1,"text":"x"}}}""");
        // A change whose text is null deserializes, then fails in the handler.
        await connection.SendAsync("""{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///a","version":2},"contentChanges":[{"text":null}]}}""");
        JsonElement frame;
        do frame = await connection.ReceiveAsync();
        while (!(frame.TryGetProperty("method", out JsonElement method) && method.GetString() == Methods.LogMessage
            && frame.GetProperty("params").GetProperty("type").GetInt32() == (int)MessageType.Error));
        Assert.Contains(Methods.DidChange, frame.GetProperty("params").GetProperty("message").GetString(), StringComparison.Ordinal);

        await connection.SendAsync("""{"jsonrpc":"2.0","id":3,"method":"shutdown"}""");
        Assert.Equal(3, (await connection.ReceiveResponseAsync()).GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task A_notification_whose_params_do_not_deserialize_is_logged_and_the_server_stays_up()
    {
        await using LspClient client = await LspClient.StartInitializedAsync();
        await client.NotifyAsync(Methods.DidOpen, new { textDocument = "not an object" });
        await client.WaitForLogAsync(log => log.Type == MessageType.Error);

        await client.OpenAsync(Samples.Uri, Samples.MissingTag);
        Assert.Single((await client.WaitForDiagnosticsAsync(Samples.Uri)).Diagnostics);
    }

    [Fact]
    public async Task Requests_for_a_document_that_is_not_open_get_empty_answers()
    {
        await using LspClient client = await LspClient.StartInitializedAsync();
        var document = new TextDocumentIdentifier("file:///never-opened.txt");
        Assert.Empty(await client.RequestAsync<DocumentSymbol[]>(Methods.DocumentSymbol, new TextDocumentParams(document)));
        Assert.Empty(await client.RequestAsync<FoldingRange[]>(Methods.FoldingRange, new TextDocumentParams(document)));
        Assert.Empty((await client.RequestAsync<SemanticTokens>(Methods.SemanticTokensFull, new TextDocumentParams(document))).Data);
        Assert.Empty(await client.RequestAsync<TextEdit[]>(Methods.Formatting, new DocumentFormattingParams(document, null)));
    }

    [Fact]
    public async Task Memory_stays_bounded_closed_documents_are_dropped_with_everything_they_held()
    {
        await using LspClient client = await LspClient.StartInitializedAsync(
            new LanguageServerOptions { DiagnosticsDelay = TimeSpan.FromMilliseconds(5) });
        string big = string.Concat(Enumerable.Repeat(Samples.Canonical + "\n", 50));
        for (int i = 0; i < 200; i++)
        {
            string uri = $"file:///tmp/doc{i}.txt";
            await client.OpenAsync(uri, big);
            await client.ChangeAsync(uri, 2, LspClient.Edit(0, 0, 0, 0, "x"));
            await client.CloseAsync(uri);
        }
        await client.OpenAsync(Samples.Uri, Samples.Canonical);
        await client.SyncAsync(Samples.Uri);
        WeakReference tree = TreeOf(client, Samples.Uri);
        await client.CloseAsync(Samples.Uri);
        await client.WaitForDiagnosticsAsync(Samples.Uri, p => p.Diagnostics.Count == 0 && p.Version is null);
        // Publishing runs off the handler thread: on a loaded machine the last closes may still be in
        // flight, so wait (up to 10 s) for the counts to reach zero rather than for a fixed delay.
        for (int waited = 0; waited < 10_000 && (client.Session.Server.Documents.Count != 0 || client.Session.Server.Publisher.TrackedCount != 0); waited += 50)
            await Task.Delay(50);

        Assert.Equal(0, client.Session.Server.Documents.Count);
        Assert.Equal(0, client.Session.Server.Publisher.TrackedCount);
        for (int attempt = 0; attempt < 10 && tree.IsAlive; attempt++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            await Task.Delay(20);
        }
        Assert.False(tree.IsAlive, "the closed document's syntax tree is still reachable");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference TreeOf(LspClient client, string uri)
    {
        Assert.True(client.Session.Server.Documents.TryGet(uri, out DocumentSnapshot snapshot));
        return new WeakReference(snapshot.Tree);
    }

    [Fact]
    public async Task Unknown_notifications_are_ignored_silently()
    {
        await using LspClient client = await LspClient.StartInitializedAsync();
        await client.NotifyAsync("$/setTrace", new { value = "off" });
        await client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { } });
        await client.OpenAsync(Samples.Uri, Samples.Canonical);
        await client.SyncAsync(Samples.Uri);
        Assert.DoesNotContain(client.Logs, log => log.Type is MessageType.Warning or MessageType.Error);
    }
}
