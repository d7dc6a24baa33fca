using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
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

    /// <summary>Starts serving and returns at once; tests reach the server's state through the session.</summary>
    internal static LanguageServerSession Start(Stream input, Stream output, LanguageServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        var server = new DispatchLanguageServer(options);
        var handler = new LspMessageHandler(output, input, CreateFormatter(), message => server.Log(Protocol.MessageType.Error, message));
        var rpc = new LspJsonRpc(handler)
        {
            // One handler at a time, in arrival order: didChange versions must apply in sequence.
            SynchronizationContext = new NonConcurrentSynchronizationContext(sticky: false),
            TraceSource = new TraceSource("dispatch-lsp", SourceLevels.Warning),
        };
        rpc.TraceSource.Listeners.Clear();
        rpc.TraceSource.Listeners.Add(new LogMessageTraceListener(server.Log));
        handler.BeforeEndOfInput = () => rpc.DispatchCompletion;
        rpc.AddLocalRpcTarget(server, new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true });
        server.Attach(rpc);
        rpc.StartListening();
        return new LanguageServerSession(rpc, server);
    }

    /// <summary>System.Text.Json with LSP's property names (camelCase) and absent rather than null optional properties.</summary>
    internal static SystemTextJsonFormatter CreateFormatter()
    {
        var formatter = new SystemTextJsonFormatter();
        formatter.JsonSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        formatter.JsonSerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        return formatter;
    }
}

/// <summary>A running server: the connection and the handlers' state.</summary>
internal sealed class LanguageServerSession : IDisposable
{
    public LanguageServerSession(JsonRpc rpc, DispatchLanguageServer server)
    {
        Rpc = rpc;
        Server = server;
    }

    public JsonRpc Rpc { get; }
    public DispatchLanguageServer Server { get; }

    /// <summary>The exit code: from the exit notification, or 1 when the connection ends first or the token is cancelled.</summary>
    public async Task<int> WaitForExitAsync(CancellationToken cancellationToken)
    {
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using CancellationTokenRegistration registration = cancellationToken.Register(() => cancelled.TrySetResult());
        Task finished = await Task.WhenAny(Server.Exited, Rpc.Completion, cancelled.Task).ConfigureAwait(false);
        return finished == Server.Exited ? await Server.Exited.ConfigureAwait(false) : 1;
    }

    public void Dispose()
    {
        Server.Dispose();
        Rpc.Dispose();
    }
}
