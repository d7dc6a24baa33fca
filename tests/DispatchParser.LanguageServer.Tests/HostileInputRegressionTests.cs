using System.Text.Json;
using DispatchParser.LanguageServer.Documents;
using DispatchParser.LanguageServer.Protocol;
using DispatchParser.LanguageServer.Tests.Infrastructure;

namespace DispatchParser.LanguageServer.Tests;

/// <summary>
/// Issue 18, the language server's items: each test reproduces a failure of the adversarial audit
/// (item 2: lone surrogates and stale text; item 12: protocol errors) and fails without its fix.
/// </summary>
public sealed class HostileInputRegressionTests
{
    private const string InitializeRequest = """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}""";
    private const string Uri = "file:///tmp/hostile/a.txt";

    private static async Task<RawConnection> StartInitializedAsync(LanguageServerOptions? options = null)
    {
        RawConnection connection = RawConnection.Start(options);
        await connection.SendAsync(InitializeRequest);
        await connection.ReceiveResponseAsync();
        await connection.SendAsync("""{"jsonrpc":"2.0","method":"initialized","params":{}}""");
        return connection;
    }

    private static string TextOf(RawConnection connection, string uri = Uri)
    {
        Assert.True(connection.Session.Server.Documents.TryGet(uri, out DocumentSnapshot snapshot), $"{uri} is not open");
        return snapshot.Tree.Text.ToString();
    }

    /// <summary>A request answered after every notification before it (handlers run in order).</summary>
    private static async Task SyncAsync(RawConnection connection, int id)
    {
        await connection.SendAsync($$$$"""{"jsonrpc":"2.0","id":{{{{id}}}},"method":"textDocument/foldingRange","params":{"textDocument":{"uri":"{{{{Uri}}}}"}}}""");
        JsonElement response = await connection.ReceiveResponseAsync();
        Assert.Equal(id, response.GetProperty("id").GetInt32());
    }

    // Item 2 -------------------------------------------------------------------------------------

    [Fact]
    public async Task Issue18_2_a_change_inserting_a_lone_surrogate_is_applied_and_the_next_change_deletes_it_not_the_M()
    {
        await using RawConnection connection = await StartInitializedAsync();
        await connection.SendAsync($$$$"""{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"{{{{Uri}}}}","languageId":"dispatch","version":1,"text":"Başlık\n\nMetin (AA)\nYASAL UYARI: x\n"}}}""");
        await connection.SendAsync($$$$"""{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"{{{{Uri}}}}","version":2},"contentChanges":[{"range":{"start":{"line":2,"character":0},"end":{"line":2,"character":0}},"text":"\ud83d"}]}}""");
        await SyncAsync(connection, 2);
        Assert.Equal("Başlık\n\n\ud83dMetin (AA)\nYASAL UYARI: x\n", TextOf(connection));

        await connection.SendAsync($$$$"""{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"{{{{Uri}}}}","version":3},"contentChanges":[{"range":{"start":{"line":2,"character":0},"end":{"line":2,"character":1}},"text":""}]}}""");
        await SyncAsync(connection, 3);
        Assert.Equal("Başlık\n\nMetin (AA)\nYASAL UYARI: x\n", TextOf(connection));
    }

    [Fact]
    public async Task Issue18_2_didOpen_with_a_lone_surrogate_opens_the_document_and_answers_carry_it_back_exactly()
    {
        await using RawConnection connection = await StartInitializedAsync();
        await connection.SendAsync($$$$"""{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"{{{{Uri}}}}","languageId":"dispatch","version":1,"text":"Ba\udc00şlık  \n\nMetin (AA)\nYASAL UYARI: x\n"}}}""");
        await SyncAsync(connection, 2);
        Assert.Equal("Ba\udc00şlık  \n\nMetin (AA)\nYASAL UYARI: x\n", TextOf(connection));

        // The outline names the headline with its lone surrogate, escaped as JSON allows (\udc00).
        await connection.SendAsync($$$$"""{"jsonrpc":"2.0","id":3,"method":"textDocument/documentSymbol","params":{"textDocument":{"uri":"{{{{Uri}}}}"}}}""");
        JsonElement symbols = await connection.ReceiveResponseAsync();
        Assert.False(symbols.TryGetProperty("error", out _), symbols.ToString());
        Assert.Contains(@"\udc00", symbols.GetProperty("result").GetRawText(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Issue18_2_after_a_change_that_cannot_be_applied_later_incremental_changes_wait_for_a_full_sync()
    {
        await using RawConnection connection = await StartInitializedAsync();
        const string original = "Başlık\n\nMetin (AA)\nYASAL UYARI: x\n";
        await connection.SendAsync($$$$"""{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"{{{{Uri}}}}","languageId":"dispatch","version":1,"text":"Başlık\n\nMetin (AA)\nYASAL UYARI: x\n"}}}""");
        // A change the server cannot read (a position that is no position): the editor applied it, the server cannot.
        await connection.SendAsync($$$$"""{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"{{{{Uri}}}}","version":2},"contentChanges":[{"range":{"start":{"line":"two","character":0},"end":{"line":2,"character":0}},"text":"X"}]}}""");
        // The next incremental change is in the coordinates of a text the server does not have: not applied.
        await connection.SendAsync($$$$"""{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"{{{{Uri}}}}","version":3},"contentChanges":[{"range":{"start":{"line":2,"character":0},"end":{"line":2,"character":1}},"text":""}]}}""");

        bool askedForFullSync = false;
        bool clearedDiagnostics = false;
        while (!(askedForFullSync && clearedDiagnostics))
        {
            JsonElement frame = await connection.ReceiveAsync();
            string? method = frame.TryGetProperty("method", out JsonElement m) ? m.GetString() : null;
            if (method == Methods.ShowMessage && frame.GetProperty("params").GetProperty("message").GetString()!.Contains("reopen", StringComparison.Ordinal))
                askedForFullSync = true;
            if (method == Methods.PublishDiagnostics && frame.GetProperty("params").GetProperty("diagnostics").GetArrayLength() == 0)
                clearedDiagnostics = true;
        }
        Assert.Equal(original, TextOf(connection));

        // Requests do not answer from the stale copy.
        await connection.SendAsync($$$$"""{"jsonrpc":"2.0","id":4,"method":"textDocument/formatting","params":{"textDocument":{"uri":"{{{{Uri}}}}"},"options":{"tabSize":2,"insertSpaces":true}}}""");
        JsonElement formatting = await connection.ReceiveResponseAsync();
        Assert.Equal(0, formatting.GetProperty("result").GetArrayLength());

        // A full-text change brings the document back.
        await connection.SendAsync($$$$"""{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"{{{{Uri}}}}","version":4},"contentChanges":[{"text":"Yeni\n\nMetin (AA)\n"}]}}""");
        await SyncAsync(connection, 5);
        Assert.Equal("Yeni\n\nMetin (AA)\n", TextOf(connection));
        await connection.SendAsync($$$$"""{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"{{{{Uri}}}}","version":5},"contentChanges":[{"range":{"start":{"line":0,"character":0},"end":{"line":0,"character":1}},"text":"B"}]}}""");
        await SyncAsync(connection, 6);
        Assert.Equal("Beni\n\nMetin (AA)\n", TextOf(connection));
    }

    // Item 12 ------------------------------------------------------------------------------------

    [Theory]
    [InlineData("[1,2]")]
    [InlineData("""{"foo":1}""")]
    [InlineData("""{"jsonrpc":"2.0","id":{"a":1},"method":"shutdown"}""")]
    [InlineData("42")]
    public async Task Issue18_12_valid_json_that_is_not_jsonrpc_gets_InvalidRequest(string body)
    {
        await using RawConnection connection = await StartInitializedAsync();
        await connection.SendAsync(body);
        JsonElement error = await ReceiveResponseWithPlainLogsAsync(connection);
        Assert.Equal(ErrorCodes.InvalidRequest, error.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal(JsonValueKind.Null, error.GetProperty("id").ValueKind);
        await AssertNotShutDownAsync(connection, 9);
    }

    [Theory]
    [InlineData("""{"jsonrpc":"1.0","id":5,"method":"shutdown"}""")]
    [InlineData("""{"id":5,"method":"shutdown"}""")]
    [InlineData("""{"jsonrpc":2,"id":5,"method":"shutdown"}""")]
    public async Task Issue18_12_a_message_that_is_not_jsonrpc_2_0_is_not_executed(string body)
    {
        await using RawConnection connection = await StartInitializedAsync();
        await connection.SendAsync(body);
        JsonElement error = await connection.ReceiveResponseAsync();
        Assert.Equal(ErrorCodes.InvalidRequest, error.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal(5, error.GetProperty("id").GetInt32());
        await AssertNotShutDownAsync(connection, 9);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"textDocument":null}""")]
    [InlineData("""{"textDocument":{"uri":"file:///tmp/hostile/a.txt"}}""")]
    [InlineData("""{"textDocument":{"uri":null},"position":{"line":0,"character":0}}""")]
    public async Task Issue18_12_hover_with_missing_params_gets_InvalidParams_with_a_plain_message(string parameters)
    {
        await using RawConnection connection = await StartInitializedAsync();
        await connection.SendAsync($$$$"""{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"{{{{Uri}}}}","languageId":"dispatch","version":1,"text":"x"}}}""");
        await connection.SendAsync($$$$"""{"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{{{{parameters}}}}}""");
        JsonElement response = await connection.ReceiveResponseAsync();
        Assert.Equal(2, response.GetProperty("id").GetInt32());
        JsonElement error = response.GetProperty("error");
        Assert.Equal(ErrorCodes.InvalidParams, error.GetProperty("code").GetInt32());
        AssertNoInternals(response);
    }

    [Fact]
    public async Task Issue18_12_params_of_the_wrong_type_get_InvalidParams_without_type_names_or_stack_trace()
    {
        await using RawConnection connection = await StartInitializedAsync();
        // A position that is an array: System.Text.Json's message names the .NET type; StreamJsonRpc's data holds the stack.
        await connection.SendAsync($$$$"""{"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{"textDocument":{"uri":"{{{{Uri}}}}"},"position":[1,2]}}""");
        JsonElement response = await connection.ReceiveResponseAsync();
        Assert.Equal(ErrorCodes.InvalidParams, response.GetProperty("error").GetProperty("code").GetInt32());
        AssertNoInternals(response);
    }

    [Theory]
    [InlineData("42")]
    [InlineData("\"text\"")]
    [InlineData("true")]
    public async Task Issue18_12_scalar_params_are_answered_with_the_request_id(string parameters)
    {
        await using RawConnection connection = await StartInitializedAsync();
        await connection.SendAsync($$$$"""{"jsonrpc":"2.0","id":7,"method":"textDocument/hover","params":{{{{parameters}}}}}""");
        JsonElement response = await connection.ReceiveResponseAsync();
        Assert.Equal(7, response.GetProperty("id").GetInt32());
        Assert.Contains(response.GetProperty("error").GetProperty("code").GetInt32(), new[] { ErrorCodes.InvalidParams, ErrorCodes.InvalidRequest });
        AssertNoInternals(response);
    }

    // The responses were plain, but StreamJsonRpc's "Exception thrown from request" event reached the client as a
    // window/logMessage holding the whole stack trace, source file paths and .NET type names included.
    [Theory]
    [InlineData("{}")]
    [InlineData("""{"textDocument":null}""")]
    [InlineData("""{"textDocument":{"uri":"file:///tmp/hostile/a.txt"},"position":{"line":"x","character":0}}""")]
    public async Task Issue18_12_a_failed_request_puts_no_stack_trace_into_the_clients_log_only_into_the_server_log(string parameters)
    {
        using var serverLog = new StringWriter();
        await using RawConnection connection = await StartInitializedAsync(new LanguageServerOptions { DiagnosticsDelay = TimeSpan.Zero, LogWriter = serverLog });
        await connection.SendAsync($$$$"""{"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{{{{parameters}}}}}""");

        bool answered = false;
        string? logged = null;
        while (!answered || logged is null)
        {
            JsonElement frame = await connection.ReceiveAsync();
            if (!frame.TryGetProperty("method", out JsonElement method))
            {
                Assert.Equal(2, frame.GetProperty("id").GetInt32());
                AssertNoInternals(frame);
                answered = true;
            }
            else if (method.GetString() == Methods.LogMessage)
            {
                string message = frame.GetProperty("params").GetProperty("message").GetString()!;
                if (message.Contains("\"2\"", StringComparison.Ordinal)) logged = message;
            }
        }
        AssertPlain(logged);
        Assert.Contains("textDocument/hover", logged, StringComparison.Ordinal);
        // The details are not lost: the server's own log (standard error) has the stack trace.
        lock (serverLog) Assert.Contains(" at ", serverLog.ToString(), StringComparison.Ordinal);
    }

    /// <summary>No stack trace, source path, exception type or data: a message a user can read, nothing more.</summary>
    private static void AssertNoInternals(JsonElement response)
    {
        JsonElement error = response.GetProperty("error");
        Assert.False(error.TryGetProperty("data", out JsonElement data) && data.ValueKind != JsonValueKind.Null, $"error data sent: {response}");
        string message = error.GetProperty("message").GetString()!;
        AssertPlain(message);
        Assert.DoesNotContain("Exception", message, StringComparison.Ordinal);
    }

    /// <summary>The next response; each window/logMessage before it must be plain too (it used to name the exception's type).</summary>
    private static async Task<JsonElement> ReceiveResponseWithPlainLogsAsync(RawConnection connection)
    {
        while (true)
        {
            JsonElement frame = await connection.ReceiveAsync();
            if (!frame.TryGetProperty("method", out JsonElement method)) return frame;
            if (method.GetString() == Methods.LogMessage) AssertPlain(frame.GetProperty("params").GetProperty("message").GetString()!);
        }
    }

    /// <summary>No stack frame, source path, .NET type name or second line.</summary>
    private static void AssertPlain(string message)
    {
        Assert.DoesNotMatch(@"\bat [A-Za-z_][\w.]*\.[\w<>]+\(", message);
        Assert.DoesNotMatch(@"[A-Za-z]Exception\b", message);
        Assert.DoesNotContain("DispatchParser.", message, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", message, StringComparison.Ordinal);
        Assert.DoesNotContain(".cs", message, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", message, StringComparison.Ordinal);
    }

    /// <summary>The server still answers requests normally: it was not shut down by a message it should have refused.</summary>
    private static async Task AssertNotShutDownAsync(RawConnection connection, int id)
    {
        await connection.SendAsync($$$$"""{"jsonrpc":"2.0","id":{{{{id}}}},"method":"textDocument/foldingRange","params":{"textDocument":{"uri":"file:///not-open"}}}""");
        JsonElement response = await connection.ReceiveResponseAsync();
        Assert.Equal(id, response.GetProperty("id").GetInt32());
        Assert.False(response.TryGetProperty("error", out JsonElement error), $"the server refused a request: {error}");
    }
}
