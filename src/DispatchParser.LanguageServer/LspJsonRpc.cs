using System.Diagnostics;
using System.Text.Json;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace DispatchParser.LanguageServer;

/// <summary>
/// StreamJsonRpc's connection with LSP's error codes where they differ: params that do not deserialize
/// into the method's parameter type are InvalidParams (-32602), not a generic invocation error (-32000) —
/// with single-object parameters StreamJsonRpc only deserializes them while invoking.
/// </summary>
internal sealed class LspJsonRpc : JsonRpc
{
    public LspJsonRpc(IJsonRpcMessageHandler handler) : base(handler) { }

    protected override JsonRpcError.ErrorDetail CreateErrorDetails(JsonRpcRequest request, Exception exception)
    {
        JsonRpcError.ErrorDetail detail = base.CreateErrorDetails(request, exception);
        for (Exception? inner = exception; inner is not null; inner = inner.InnerException)
        {
            if (inner is JsonException)
            {
                detail.Code = (JsonRpcErrorCode)Protocol.ErrorCodes.InvalidParams;
                break;
            }
        }
        return detail;
    }
}

/// <summary>
/// Forwards StreamJsonRpc's own warnings and errors (a notification whose params did not deserialize, a
/// handler that threw where no response can carry it) to the client as window/logMessage, so nothing
/// fails silently.
/// </summary>
internal sealed class LogMessageTraceListener : TraceListener
{
    [ThreadStatic] private static bool t_forwarding;
    private readonly Action<Protocol.MessageType, string> _log;

    public LogMessageTraceListener(Action<Protocol.MessageType, string> log) => _log = log;

    public override void TraceEvent(TraceEventCache? eventCache, string source, TraceEventType eventType, int id, string? message) =>
        Forward(eventType, message ?? string.Empty);

    public override void TraceEvent(TraceEventCache? eventCache, string source, TraceEventType eventType, int id, string? format, params object?[]? args) =>
        Forward(eventType, args is { Length: > 0 } && format is not null
            ? string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args)
            : format ?? string.Empty);

    public override void TraceData(TraceEventCache? eventCache, string source, TraceEventType eventType, int id, object? data) =>
        Forward(eventType, data?.ToString() ?? string.Empty);

    public override void Write(string? message) { }

    public override void WriteLine(string? message) { }

    private void Forward(TraceEventType type, string message)
    {
        if (t_forwarding || type > TraceEventType.Warning) return;
        t_forwarding = true;
        try
        {
            _log(type <= TraceEventType.Error ? Protocol.MessageType.Error : Protocol.MessageType.Warning, "JSON-RPC: " + message);
        }
        finally
        {
            t_forwarding = false;
        }
    }
}
