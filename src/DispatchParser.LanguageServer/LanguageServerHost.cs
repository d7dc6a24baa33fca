using System.Diagnostics;
using DispatchParser.LanguageServer.Rpc;
using Microsoft.VisualStudio.Threading;
using StreamJsonRpc;

namespace DispatchParser.LanguageServer;

/// <summary>
/// Entry point: runs the dispatch language server (LSP 3.17, JSON-RPC with Content-Length headers) over a
/// pair of streams — stdin and stdout for <c>dispatch lsp</c> — until the client sends <c>exit</c>, the
/// input ends, or the token is cancelled.
/// </summary>
public static class LanguageServerHost
{
    /// <summary>Serves until exit; returns the exit code LSP prescribes (0 after shutdown then exit, else 1).</summary>
    public static Task<int> RunAsync(Stream input, Stream output, CancellationToken cancellationToken) =>
        RunAsync(input, output, LanguageServerOptions.Default, cancellationToken);

    public static async Task<int> RunAsync(Stream input, Stream output, LanguageServerOptions options, CancellationToken cancellationToken)
    {
        using LanguageServerSession session = Start(input, output, options);
        return await session.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Serves one WebSocket connection (the web editor): one JSON-RPC message per WebSocket message, no
    /// Content-Length headers. Returns when the client sends exit, the socket closes, or the token is cancelled.
    /// </summary>
    public static async Task<int> RunAsync(System.Net.WebSockets.WebSocket webSocket, LanguageServerOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(webSocket);
        ArgumentNullException.ThrowIfNull(options);
        var backpressure = new OutgoingBackpressure();
        var server = new DispatchLanguageServer(options, backpressure);
        var handler = new WebSocketMessageHandler(webSocket, CreateFormatter());
        using LanguageServerSession session = Start(handler, server, backpressure);
        return await session.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Starts serving and returns at once; tests reach the server's state through the session.</summary>
    internal static LanguageServerSession Start(Stream input, Stream output, LanguageServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        var backpressure = new OutgoingBackpressure();
        var server = new DispatchLanguageServer(options, backpressure);
        var handler = new LspMessageHandler(output, input, CreateFormatter(), (message, detail) => server.Log(Protocol.MessageType.Error, message, detail))
        {
            Backpressure = backpressure,
        };
        return Start(handler, server, backpressure);
    }

    private static LanguageServerSession Start(IJsonRpcMessageHandler handler, DispatchLanguageServer server, OutgoingBackpressure backpressure)
    {
        var rpc = new LspJsonRpc(handler)
        {
            Backpressure = backpressure,
            // One handler at a time, in arrival order: didChange versions must apply in sequence.
            SynchronizationContext = server.HandlerContext ?? new NonConcurrentSynchronizationContext(sticky: false),
            TraceSource = new TraceSource("dispatch-lsp", SourceLevels.Warning),
        };
        rpc.UnexpectedException = (method, exception) => server.LogInternal(Protocol.MessageType.Error, $"{method} failed", exception);
        rpc.TraceSource.Listeners.Clear();
        rpc.TraceSource.Listeners.Add(new LogMessageTraceListener(server.Log));
        if (handler is LspMessageHandler framed)
        {
            framed.BeforeEndOfInput = async () =>
            {
                await Task.WhenAny(server.Exited, Task.Delay(s_endOfInputGrace)).ConfigureAwait(false);
                Task answered = Task.WhenAll(rpc.DispatchCompletion, rpc.AllAnswered);
                await Task.WhenAny(answered, Task.Delay(s_endOfInputGrace)).ConfigureAwait(false);
            };
        }
        rpc.AddLocalRpcTarget(server, new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true });
        server.Attach(rpc);
        rpc.StartListening();
        return new LanguageServerSession(rpc, server, backpressure);
    }

    /// <summary>How long the end of the input waits for an exit already read, then for the answers to what was read.</summary>
    private static readonly TimeSpan s_endOfInputGrace = TimeSpan.FromSeconds(1);

    /// <summary>System.Text.Json with LSP's property names and lossless strings, checking each message is JSON-RPC 2.0.</summary>
    internal static SystemTextJsonFormatter CreateFormatter() => new LspMessageFormatter();
}

/// <summary>A running server: the connection and the handlers' state.</summary>
internal sealed class LanguageServerSession : IDisposable
{
    private static readonly TimeSpan s_drainTimeout = TimeSpan.FromSeconds(5);

    public LanguageServerSession(LspJsonRpc rpc, DispatchLanguageServer server, OutgoingBackpressure backpressure)
    {
        Rpc = rpc;
        Server = server;
        Backpressure = backpressure;
    }

    /// <summary>What the server owes the client; reading pauses at its limit.</summary>
    public OutgoingBackpressure Backpressure { get; }

    public LspJsonRpc Rpc { get; }
    public DispatchLanguageServer Server { get; }

    /// <summary>
    /// The exit code: from the exit notification, or 1 when the connection ends first, the client's process
    /// is gone or the token is cancelled.
    /// </summary>
    public async Task<int> WaitForExitAsync(CancellationToken cancellationToken)
    {
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using CancellationTokenRegistration registration = cancellationToken.Register(() => cancelled.TrySetResult());
        await Task.WhenAny(Server.Exited, Rpc.Completion, cancelled.Task, Server.ClientProcessGone).ConfigureAwait(false);
        if (Server.ClientProcessGone.IsCompleted && !Server.Exited.IsCompleted)
            Server.Log(Protocol.MessageType.Warning, $"The client process {await Server.ClientProcessGone.ConfigureAwait(false)} is gone: exiting.");
        // Exit wins even when the connection closed in the same instant (its continuation may run first).
        if (!Server.Exited.IsCompleted) return 1;

        // Exit may be handled before the responses and notifications that precede it are written
        // (a client that writes shutdown and exit at once): let them go out before the streams close.
        try
        {
            await Rpc.DispatchCompletion.WaitAsync(s_drainTimeout, CancellationToken.None).ConfigureAwait(false);
            await Rpc.AllAnswered.WaitAsync(s_drainTimeout, CancellationToken.None).ConfigureAwait(false);
            await Server.FlushAsync().WaitAsync(s_drainTimeout, CancellationToken.None).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // A client that stopped reading: leave anyway.
        }
        return await Server.Exited.ConfigureAwait(false);
    }

    public void Dispose()
    {
        Server.Dispose();
        Rpc.Dispose();
    }
}
