using DispatchParser.LanguageServer.Documents;
using DispatchParser.LanguageServer.Protocol;
using DispatchParser.LanguageServer.Rpc;
using DispatchParser.LanguageServer.Transport;
using StreamJsonRpc;

namespace DispatchParser.LanguageServer;

/// <summary>
/// The LSP method handlers (this part: lifecycle and state; see the partial files for text synchronisation
/// and features). StreamJsonRpc calls them one at a time, in arrival order (the host sets a non-concurrent
/// synchronization context), so document versions apply in order. No handler lets an exception escape:
/// requests answer with an error, notifications log through window/logMessage.
/// </summary>
internal sealed partial class DispatchLanguageServer : IDisposable
{
    private readonly LanguageServerOptions _options;
    private readonly DocumentStore _documents = new();
    private readonly DiagnosticsPublisher _publisher;
    private readonly TaskCompletionSource<int> _exit = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly HashSet<Task> _notifications = [];
    private readonly ClientProcessMonitor _clientProcess = new();
    private JsonRpc? _rpc;
    private State _state = State.Created;

    private enum State
    {
        Created,
        Initialized,
        ShutDown,
    }

    private readonly OutgoingBackpressure? _backpressure;

    public DispatchLanguageServer(LanguageServerOptions options, OutgoingBackpressure? backpressure = null)
    {
        _options = options;
        _backpressure = backpressure;
        _publisher = new DiagnosticsPublisher(_documents, options.DiagnosticsDelay, NotifyAsync,
            exception => Log(MessageType.Error, $"Publishing diagnostics failed: {exception}"), options.BackgroundScheduler);
        if (options.ClientProcessId is { } clientProcessId) _clientProcess.Watch(clientProcessId);
    }

    /// <summary>Completes when the editor's process (from the command line or initialize) is gone.</summary>
    public Task<int> ClientProcessGone => _clientProcess.Gone;

    /// <summary>Completes with the process exit code when the client sends <c>exit</c>: 0 after <c>shutdown</c>, else 1.</summary>
    public Task<int> Exited => _exit.Task;

    internal DocumentStore Documents => _documents;
    internal DiagnosticsPublisher Publisher => _publisher;

    /// <summary>Where the handlers run when the host supplies it (<see cref="LanguageServerOptions.HandlerContext"/>).</summary>
    internal SynchronizationContext? HandlerContext => _options.HandlerContext;

    public void Attach(JsonRpc rpc) => _rpc = rpc;

    [JsonRpcMethod(Methods.Initialize, UseSingleObjectParameterDeserialization = true)]
    public InitializeResult Initialize(InitializeParams parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (_state != State.Created)
            throw new LocalRpcException("initialize may be sent only once") { ErrorCode = ErrorCodes.InvalidRequest };
        _state = State.Initialized;
        if (parameters.ProcessId is { } processId) _clientProcess.Watch(processId);

        // Only UTF-16 is spoken. Clients must support it (LSP 3.17), so it is the answer whatever they list.
        IReadOnlyList<string>? offered = parameters.Capabilities?.General?.PositionEncodings;
        if (offered is { Count: > 0 } && !offered.Contains(PositionEncodingKind.Utf16))
            Log(MessageType.Warning, $"The client offers position encodings {string.Join(", ", offered)}; this server uses utf-16.");

        return new InitializeResult(
            new ServerCapabilities
            {
                PositionEncoding = PositionEncodingKind.Utf16,
                TextDocumentSync = new TextDocumentSyncOptions(OpenClose: true, TextDocumentSyncKind.Incremental),
                DocumentSymbolProvider = true,
                FoldingRangeProvider = true,
                SemanticTokensProvider = new SemanticTokensOptions(Features.SemanticTokensProvider.Legend, Full: true),
                HoverProvider = true,
                CodeActionProvider = new CodeActionOptions([CodeActionKind.QuickFix]),
                DocumentFormattingProvider = true,
            },
            new ServerInfo("dispatch", typeof(DispatchLanguageServer).Assembly.GetName().Version?.ToString()));
    }

    [JsonRpcMethod(Methods.Initialized, UseSingleObjectParameterDeserialization = true)]
    public void Initialized(object? parameters)
    {
        // Nothing to register dynamically: every capability is static.
        _ = parameters;
        Log(MessageType.Log, "dispatch language server ready");
    }

    [JsonRpcMethod(Methods.Shutdown)]
    public object? Shutdown()
    {
        EnsureInitialized();
        _state = State.ShutDown;
        return null;
    }

    [JsonRpcMethod(Methods.Exit)]
    public void Exit() => _exit.TrySetResult(_state == State.ShutDown ? 0 : 1);

    /// <summary>Requests need an initialized server that has not been shut down (LSP: -32002 before, -32600 after).</summary>
    private void EnsureInitialized()
    {
        switch (_state)
        {
            case State.Created:
                throw new LocalRpcException("The server is not initialized yet") { ErrorCode = ErrorCodes.ServerNotInitialized };
            case State.ShutDown:
                throw new LocalRpcException("The server is shut down: only exit is accepted") { ErrorCode = ErrorCodes.InvalidRequest };
        }
    }

    /// <summary>Notifications before initialize or after shutdown are dropped (LSP), with a log line.</summary>
    private bool AcceptsNotification(string method)
    {
        if (_state == State.Initialized) return true;
        Log(MessageType.Warning, $"{method} ignored: the server is {(_state == State.Created ? "not initialized" : "shut down")}.");
        return false;
    }

    internal void Log(MessageType type, string message) => Log(type, message, message);

    /// <summary>Logs <paramref name="message"/> to the client and <paramref name="detail"/> (which may hold internals) to the log writer only.</summary>
    internal void Log(MessageType type, string message, string detail)
    {
        if (_options.LogWriter is { } writer)
        {
            lock (writer) writer.WriteLine($"dispatch lsp: {type.ToString().ToLowerInvariant()}: {detail}");
        }
        if (_state == State.Created && type != MessageType.Error) return;
        _ = NotifyAsync(Methods.LogMessage, new LogMessageParams(type, message));
    }

    /// <summary>
    /// Logs an unexpected exception: the client's log gets its type and message, the log writer (standard
    /// error) also its stack trace — internals stay out of the protocol.
    /// </summary>
    internal void LogInternal(MessageType type, string summary, Exception exception)
    {
        if (_options.LogWriter is { } writer)
        {
            lock (writer) writer.WriteLine($"dispatch lsp: {type.ToString().ToLowerInvariant()}: {summary}: {exception}");
        }
        if (_state == State.Created && type != MessageType.Error) return;
        _ = NotifyAsync(Methods.LogMessage, new LogMessageParams(type, $"{summary}: {exception.GetType().Name}: {exception.Message}"));
    }

    /// <summary>Shows the user a message (window/showMessage), also logged.</summary>
    internal void Show(MessageType type, string message)
    {
        Log(type, message);
        if (_state == State.Initialized) _ = NotifyAsync(Methods.ShowMessage, new ShowMessageParams(type, message));
    }

    /// <summary>Sends a notification; <see cref="FlushAsync"/> waits for those still being written.</summary>
    private Task NotifyAsync(string method, object parameters)
    {
        Task sending = SendAsync(method, parameters);
        if (sending.IsCompleted) return sending;
        _backpressure?.Owe();
        lock (_notifications) _notifications.Add(sending);
        return sending.ContinueWith(done =>
        {
            lock (_notifications) _notifications.Remove(done);
            _backpressure?.Paid();
        }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private async Task SendAsync(string method, object parameters)
    {
        if (_rpc is not { IsDisposed: false } rpc) return;
        try
        {
            await rpc.NotifyWithParameterObjectAsync(method, parameters).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is ObjectDisposedException or ConnectionLostException or OperationCanceledException or IOException)
        {
            // The client is gone; there is nobody to tell.
        }
    }

    /// <summary>Waits until the notifications already started (log messages, diagnostics) are written.</summary>
    public Task FlushAsync()
    {
        lock (_notifications) return Task.WhenAll([.. _notifications]);
    }

    public void Dispose()
    {
        _publisher.Dispose();
        _clientProcess.Dispose();
    }
}
