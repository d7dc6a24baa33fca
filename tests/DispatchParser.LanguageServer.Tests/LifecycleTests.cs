using System.Text.Json;
using DispatchParser.LanguageServer.Protocol;
using DispatchParser.LanguageServer.Tests.Infrastructure;
using StreamJsonRpc;

namespace DispatchParser.LanguageServer.Tests;

public sealed class LifecycleTests
{
    [Fact]
    public async Task Initialize_advertises_every_capability_with_lsp_property_names()
    {
        await using LspClient client = LspClient.Start();
        JsonElement result = await client.RequestAsync<JsonElement>(Methods.Initialize, new InitializeParams { Capabilities = new() });
        JsonElement capabilities = result.GetProperty("capabilities");

        Assert.Equal("utf-16", capabilities.GetProperty("positionEncoding").GetString());
        Assert.Equal(2, capabilities.GetProperty("textDocumentSync").GetProperty("change").GetInt32());
        Assert.True(capabilities.GetProperty("textDocumentSync").GetProperty("openClose").GetBoolean());
        Assert.True(capabilities.GetProperty("documentSymbolProvider").GetBoolean());
        Assert.True(capabilities.GetProperty("foldingRangeProvider").GetBoolean());
        Assert.True(capabilities.GetProperty("hoverProvider").GetBoolean());
        Assert.True(capabilities.GetProperty("documentFormattingProvider").GetBoolean());
        Assert.Equal(["quickfix"], capabilities.GetProperty("codeActionProvider").GetProperty("codeActionKinds")
            .EnumerateArray().Select(kind => kind.GetString()));
        JsonElement semantic = capabilities.GetProperty("semanticTokensProvider");
        Assert.True(semantic.GetProperty("full").GetBoolean());
        Assert.Equal(["headline", "dateline", "agencyTag", "notice", "marker", "brief", "byline", "source", "leadIn", "reporter"],
            semantic.GetProperty("legend").GetProperty("tokenTypes").EnumerateArray().Select(type => type.GetString()));
        Assert.True(semantic.GetProperty("legend").TryGetProperty("tokenModifiers", out _));
        Assert.Equal("dispatch", result.GetProperty("serverInfo").GetProperty("name").GetString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("utf-16")]
    [InlineData("utf-8,utf-16")]
    [InlineData("utf-32,utf-16,utf-8")]
    public async Task Position_encoding_is_utf16_whatever_the_client_prefers(string? list)
    {
        string[]? offered = list?.Split(',');
        await using LspClient client = LspClient.Start();
        InitializeResult result = await client.InitializeAsync(new ClientCapabilities
        {
            General = offered is null ? null : new GeneralClientCapabilities { PositionEncodings = offered },
        });
        Assert.Equal(PositionEncodingKind.Utf16, result.Capabilities.PositionEncoding);
    }

    [Fact]
    public async Task A_client_without_utf16_in_its_list_still_gets_utf16_and_a_warning()
    {
        await using LspClient client = LspClient.Start();
        InitializeResult result = await client.InitializeAsync(new ClientCapabilities
        {
            General = new GeneralClientCapabilities { PositionEncodings = ["utf-8"] },
        });
        Assert.Equal(PositionEncodingKind.Utf16, result.Capabilities.PositionEncoding);
        await client.WaitForLogAsync(log => log.Type == MessageType.Warning && log.Message.Contains("utf-16", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Shutdown_answers_null_and_exit_then_ends_the_server_with_code_0()
    {
        await using LspClient client = await LspClient.StartInitializedAsync();
        JsonElement shutdown = await client.RequestAsync<JsonElement>(Methods.Shutdown, new { });
        Assert.Equal(JsonValueKind.Null, shutdown.ValueKind);
        await client.NotifyAsync(Methods.Exit, new { });
        Assert.Equal(0, await client.Session.WaitForExitAsync(CancellationToken.None).WaitAsync(LspClient.Timeout));
    }

    [Fact]
    public async Task Exit_without_shutdown_ends_the_server_with_code_1()
    {
        await using LspClient client = await LspClient.StartInitializedAsync();
        await client.NotifyAsync(Methods.Exit, new { });
        Assert.Equal(1, await client.Session.WaitForExitAsync(CancellationToken.None).WaitAsync(LspClient.Timeout));
    }

    [Fact]
    public async Task RunAsync_returns_when_the_client_exits()
    {
        var (clientStream, serverStream) = Nerdbank.Streams.FullDuplexStream.CreatePair();
        Task<int> run = LanguageServerHost.RunAsync(serverStream, serverStream, CancellationToken.None);
        using var rpc = new JsonRpc(new HeaderDelimitedMessageHandler(clientStream, clientStream, LanguageServerHost.CreateFormatter()));
        rpc.StartListening();
        await rpc.InvokeWithParameterObjectAsync<JsonElement>(Methods.Initialize, new InitializeParams());
        await rpc.InvokeWithParameterObjectAsync<JsonElement>(Methods.Shutdown, new { });
        await rpc.NotifyWithParameterObjectAsync(Methods.Exit, new { });
        Assert.Equal(0, await run.WaitAsync(LspClient.Timeout));
    }

    [Fact]
    public async Task RunAsync_returns_1_when_the_input_ends_without_exit()
    {
        var (clientStream, serverStream) = Nerdbank.Streams.FullDuplexStream.CreatePair();
        Task<int> run = LanguageServerHost.RunAsync(serverStream, serverStream, CancellationToken.None);
        await clientStream.DisposeAsync();
        Assert.Equal(1, await run.WaitAsync(LspClient.Timeout));
    }

    [Fact]
    public async Task Requests_after_shutdown_fail_with_InvalidRequest_and_exit_still_works()
    {
        await using LspClient client = await LspClient.StartInitializedAsync();
        await client.OpenAsync(Samples.Uri, Samples.Canonical);
        await client.RequestAsync<JsonElement>(Methods.Shutdown, new { });

        var error = await Assert.ThrowsAsync<RemoteInvocationException>(() =>
            client.RequestAsync<JsonElement>(Methods.DocumentSymbol, new TextDocumentParams(new TextDocumentIdentifier(Samples.Uri))));
        Assert.Equal(ErrorCodes.InvalidRequest, error.ErrorCode);
        error = await Assert.ThrowsAsync<RemoteInvocationException>(() => client.RequestAsync<JsonElement>(Methods.Shutdown, new { }));
        Assert.Equal(ErrorCodes.InvalidRequest, error.ErrorCode);

        await client.NotifyAsync(Methods.Exit, new { });
        Assert.Equal(0, await client.Session.WaitForExitAsync(CancellationToken.None).WaitAsync(LspClient.Timeout));
    }

    [Fact]
    public async Task Requests_before_initialize_fail_with_ServerNotInitialized()
    {
        await using LspClient client = LspClient.Start();
        var error = await Assert.ThrowsAsync<RemoteInvocationException>(() =>
            client.RequestAsync<JsonElement>(Methods.DocumentSymbol, new TextDocumentParams(new TextDocumentIdentifier(Samples.Uri))));
        Assert.Equal(ErrorCodes.ServerNotInitialized, error.ErrorCode);
    }

    [Fact]
    public async Task A_second_initialize_fails_with_InvalidRequest()
    {
        await using LspClient client = await LspClient.StartInitializedAsync();
        var error = await Assert.ThrowsAsync<RemoteInvocationException>(() => client.InitializeAsync());
        Assert.Equal(ErrorCodes.InvalidRequest, error.ErrorCode);
    }

    [Fact]
    public async Task Messages_read_before_the_input_ends_are_still_handled_and_answered()
    {
        // A client that writes everything, exit included, and closes its end at once: the exit is handled
        // right after shutdown, before the responses are written; they must still go out.
        await using RawConnection connection = RawConnection.StartWithSeparateStreams();
        await connection.SendAsync("""{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}""");
        await connection.SendAsync("""{"jsonrpc":"2.0","method":"initialized","params":{}}""");
        await connection.SendAsync("""{"jsonrpc":"2.0","id":3,"method":"textDocument/definition","params":{}}""");
        await connection.SendAsync("""{"jsonrpc":"2.0","id":2,"method":"shutdown"}""");
        await connection.SendAsync("""{"jsonrpc":"2.0","method":"exit"}""");
        await connection.EndInputAsync();

        Task<int> exit = connection.Session.WaitForExitAsync(CancellationToken.None);
        var ids = new HashSet<int>();
        var responses = new List<string>();
        for (int i = 0; i < 3; i++)
        {
            JsonElement response = await connection.ReceiveResponseAsync();
            responses.Add(response.ToString());
            ids.Add(response.GetProperty("id").GetInt32());
        }
        Assert.Equal([1, 2, 3], ids.Order());
        Assert.True(string.Join('\n', responses).Contains("\"result\":null", StringComparison.Ordinal), string.Join('\n', responses));
        Assert.Equal(0, await exit.WaitAsync(LspClient.Timeout));
    }
}
