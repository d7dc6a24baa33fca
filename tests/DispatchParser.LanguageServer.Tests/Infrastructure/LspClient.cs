using System.Text.Json;
using System.Threading.Channels;
using DispatchParser.LanguageServer.Protocol;
using Nerdbank.Streams;
using StreamJsonRpc;
using Range = DispatchParser.LanguageServer.Protocol.Range;

namespace DispatchParser.LanguageServer.Tests.Infrastructure;

/// <summary>
/// An in-process LSP client: a StreamJsonRpc connection to a server running over a pair of connected
/// in-memory streams, collecting what the server sends (diagnostics, log messages).
/// </summary>
internal sealed class LspClient : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    private readonly Channel<PublishDiagnosticsParams> _diagnostics = Channel.CreateUnbounded<PublishDiagnosticsParams>();
    private readonly List<PublishDiagnosticsParams> _allDiagnostics = [];
    private readonly List<LogMessageParams> _logs = [];
    private readonly Lock _lock = new();

    private LspClient(LanguageServerSession session, JsonRpc rpc, Stream clientStream)
    {
        Session = session;
        Rpc = rpc;
        ClientStream = clientStream;
    }

    public LanguageServerSession Session { get; }
    public JsonRpc Rpc { get; }
    public Stream ClientStream { get; }

    /// <summary>Starts a server (diagnostics published without delay unless options say otherwise) and connects to it.</summary>
    public static LspClient Start(LanguageServerOptions? options = null)
    {
        (Stream clientStream, Stream serverStream) = FullDuplexStream.CreatePair();
        LanguageServerSession session = LanguageServerHost.Start(serverStream, serverStream,
            options ?? new LanguageServerOptions { DiagnosticsDelay = TimeSpan.Zero });
        var rpc = new JsonRpc(new HeaderDelimitedMessageHandler(clientStream, clientStream, LanguageServerHost.CreateFormatter()));
        var client = new LspClient(session, rpc, clientStream);
        rpc.AddLocalRpcTarget(new Callbacks(client), new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true });
        rpc.StartListening();
        return client;
    }

    /// <summary>Starts and initializes a server.</summary>
    public static async Task<LspClient> StartInitializedAsync(LanguageServerOptions? options = null)
    {
        LspClient client = Start(options);
        await client.InitializeAsync();
        return client;
    }

    public IReadOnlyList<LogMessageParams> Logs
    {
        get
        {
            lock (_lock) return [.. _logs];
        }
    }

    public IReadOnlyList<PublishDiagnosticsParams> AllDiagnostics
    {
        get
        {
            lock (_lock) return [.. _allDiagnostics];
        }
    }

    public async Task<InitializeResult> InitializeAsync(ClientCapabilities? capabilities = null)
    {
        var result = await RequestAsync<InitializeResult>(Methods.Initialize,
            new InitializeParams { ProcessId = Environment.ProcessId, Capabilities = capabilities ?? new ClientCapabilities() });
        await NotifyAsync(Methods.Initialized, new { });
        return result;
    }

    public async Task<T> RequestAsync<T>(string method, object parameters)
    {
        using var cancellation = new CancellationTokenSource(Timeout);
        return await Rpc.InvokeWithParameterObjectAsync<T>(method, parameters, cancellation.Token);
    }

    public Task NotifyAsync(string method, object parameters) => Rpc.NotifyWithParameterObjectAsync(method, parameters);

    public Task OpenAsync(string uri, string text, int version = 1) =>
        NotifyAsync(Methods.DidOpen, new DidOpenTextDocumentParams(new TextDocumentItem(uri, "dispatch", version, text)));

    public Task ChangeAsync(string uri, int version, params TextDocumentContentChangeEvent[] changes) =>
        NotifyAsync(Methods.DidChange, new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version), changes));

    public Task CloseAsync(string uri) => NotifyAsync(Methods.DidClose, new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));

    public static TextDocumentContentChangeEvent Edit(int startLine, int startCharacter, int endLine, int endCharacter, string text) =>
        new() { Range = new Range(new Position(startLine, startCharacter), new Position(endLine, endCharacter)), Text = text };

    public static TextDocumentContentChangeEvent Replace(string text) => new() { Text = text };

    /// <summary>The next publication for <paramref name="uri"/> that satisfies <paramref name="until"/>; earlier ones are consumed.</summary>
    public async Task<PublishDiagnosticsParams> WaitForDiagnosticsAsync(string uri, Func<PublishDiagnosticsParams, bool>? until = null)
    {
        using var cancellation = new CancellationTokenSource(Timeout);
        while (true)
        {
            PublishDiagnosticsParams published;
            try
            {
                published = await _diagnostics.Reader.ReadAsync(cancellation.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"No diagnostics for {uri} within {Timeout}; received: "
                    + JsonSerializer.Serialize(AllDiagnostics));
            }
            if (published.Uri == uri && (until is null || until(published))) return published;
        }
    }

    /// <summary>Waits until a log message satisfies the predicate.</summary>
    public async Task<LogMessageParams> WaitForLogAsync(Func<LogMessageParams, bool> predicate)
    {
        DateTime deadline = DateTime.UtcNow + Timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (Logs.FirstOrDefault(predicate) is { } found) return found;
            await Task.Delay(10);
        }
        throw new TimeoutException("No such log message; got: " + string.Join(" | ", Logs.Select(log => log.Message)));
    }

    /// <summary>A request the server answers only after every notification sent before it is handled (handlers run in order).</summary>
    public Task SyncAsync(string uri) => RequestAsync<JsonElement>(Methods.FoldingRange, new TextDocumentParams(new TextDocumentIdentifier(uri)));

    public async ValueTask DisposeAsync()
    {
        Rpc.Dispose();
        await ClientStream.DisposeAsync();
        Session.Dispose();
    }

    private sealed class Callbacks(LspClient client)
    {
        [JsonRpcMethod(Methods.PublishDiagnostics)]
        public void PublishDiagnostics(PublishDiagnosticsParams parameters)
        {
            lock (client._lock) client._allDiagnostics.Add(parameters);
            client._diagnostics.Writer.TryWrite(parameters);
        }

        [JsonRpcMethod(Methods.LogMessage)]
        public void LogMessage(LogMessageParams parameters)
        {
            lock (client._lock) client._logs.Add(parameters);
        }
    }
}
