using System.Diagnostics;
using System.Text.Json;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace DispatchParser.LanguageServer.Rpc;

/// <summary>
/// StreamJsonRpc's connection with LSP's error codes where they differ: params that do not deserialize
/// into the method's parameter type are InvalidParams (-32602), not a generic invocation error (-32000) —
/// with single-object parameters StreamJsonRpc only deserializes them while invoking.
/// </summary>
internal sealed class LspJsonRpc : JsonRpc
{
    private readonly HashSet<RequestId> _unanswered = [];
    private TaskCompletionSource _allAnswered = CompletedSource();

    public LspJsonRpc(IJsonRpcMessageHandler handler) : base(handler) { }

    /// <summary>
    /// Completes when every request dispatched so far has its response written. Handlers run in order, but
    /// responses are written after them: an exit handled right after a shutdown must wait for this before
    /// the streams close.
    /// </summary>
    public Task AllAnswered
    {
        get
        {
            lock (_unanswered) return _allAnswered.Task;
        }
    }

    protected override ValueTask<JsonRpcMessage> DispatchRequestAsync(JsonRpcRequest request, TargetMethod targetMethod, CancellationToken cancellationToken)
    {
        if (request.IsResponseExpected)
        {
            lock (_unanswered)
            {
                if (_unanswered.Count == 0) _allAnswered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                _unanswered.Add(request.RequestId);
            }
        }
        return base.DispatchRequestAsync(request, targetMethod, cancellationToken);
    }

    /// <summary>Told when a response is written, so that reading resumes once the client reads again.</summary>
    public OutgoingBackpressure? Backpressure { get; set; }

    protected override void OnResponseSent(JsonRpcMessage response)
    {
        base.OnResponseSent(response);
        Backpressure?.Paid();
        RequestId id = response switch
        {
            JsonRpcResult result => result.RequestId,
            JsonRpcError error => error.RequestId,
            _ => default,
        };
        lock (_unanswered)
        {
            if (_unanswered.Remove(id) && _unanswered.Count == 0) _allAnswered.TrySetResult();
        }
    }

    private static TaskCompletionSource CompletedSource()
    {
        var source = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        source.SetResult();
        return source;
    }

    /// <summary>
    /// The error a client sees: a code and a plain message, never the exception's type, stack trace or data
    /// (StreamJsonRpc's default sends all three). Params that do not deserialize are InvalidParams; the
    /// handlers' own LocalRpcExceptions keep their code and message; anything else is an InternalError
    /// whose details are logged, not sent.
    /// </summary>
    protected override JsonRpcError.ErrorDetail CreateErrorDetails(JsonRpcRequest request, Exception exception)
    {
        for (Exception? inner = exception; inner is not null; inner = inner.InnerException)
        {
            switch (inner)
            {
                case LocalRpcException local:
                    return new JsonRpcError.ErrorDetail { Code = (JsonRpcErrorCode)local.ErrorCode, Message = local.Message };
                case JsonException json:
                    return new JsonRpcError.ErrorDetail
                    {
                        Code = (JsonRpcErrorCode)Protocol.ErrorCodes.InvalidParams,
                        Message = $"Invalid params for {request.Method}: {(string.IsNullOrEmpty(json.Path) ? "they do not have the expected shape" : $"the value at {json.Path} does not have the expected type")}.",
                    };
            }
        }
        UnexpectedException?.Invoke(request.Method ?? "?", exception);
        return new JsonRpcError.ErrorDetail
        {
            Code = (JsonRpcErrorCode)Protocol.ErrorCodes.InternalError,
            Message = $"{request.Method} failed inside the server; the server log has the details.",
        };
    }

    /// <summary>Told about exceptions that become an InternalError response, so their details reach the log.</summary>
    public Action<string, Exception>? UnexpectedException { get; set; }
}

/// <summary>
/// Forwards StreamJsonRpc's own warnings and errors (a notification whose params did not deserialize, a
/// handler that threw where no response can carry it) to the client as window/logMessage, so nothing
/// fails silently — but without internals: the client gets the event's first line with each exception
/// named only as "details in the server log", while the log writer (standard error) gets the whole
/// event, stack traces included. StreamJsonRpc's "Exception thrown from request" event used to put the
/// full stack trace, with source file paths, into the client's log (issue 18, item 12).
/// </summary>
internal sealed class LogMessageTraceListener : TraceListener
{
    internal const string DetailsInTheServerLog = "details in the server log";

    [ThreadStatic] private static bool s_forwardingOnThisThread;
    private readonly Action<Protocol.MessageType, string, string> _log;

    /// <param name="log">Logs the client's message (first argument) and the log writer's (second).</param>
    public LogMessageTraceListener(Action<Protocol.MessageType, string, string> log) => _log = log;

    public override void TraceEvent(TraceEventCache? eventCache, string source, TraceEventType eventType, int id, string? message) =>
        Forward(eventType, id, message ?? string.Empty, message ?? string.Empty);

    public override void TraceEvent(TraceEventCache? eventCache, string source, TraceEventType eventType, int id, string? format, params object?[]? args)
    {
        if (args is not { Length: > 0 } || format is null)
        {
            Forward(eventType, id, format ?? string.Empty, format ?? string.Empty);
            return;
        }
        object?[] plain = [.. args.Select(arg => arg is Exception ? DetailsInTheServerLog : arg)];
        Forward(eventType, id,
            string.Format(System.Globalization.CultureInfo.InvariantCulture, format, plain),
            string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args));
    }

    public override void TraceData(TraceEventCache? eventCache, string source, TraceEventType eventType, int id, object? data) =>
        Forward(eventType, id, data is Exception ? DetailsInTheServerLog : data?.ToString() ?? string.Empty, data?.ToString() ?? string.Empty);

    public override void Write(string? message) { }

    public override void WriteLine(string? message) { }

    private void Forward(TraceEventType type, int id, string forClient, string forLog)
    {
        // A notification nobody handles ($/setTrace, workspace/didChangeConfiguration …) is to be ignored
        // silently (LSP); a request without a handler already gets MethodNotFound.
        if (id == (int)JsonRpc.TraceEvents.RequestWithoutMatchingTarget) return;
        if (s_forwardingOnThisThread || type > TraceEventType.Warning) return;
        s_forwardingOnThisThread = true;
        try
        {
            _log(type <= TraceEventType.Error ? Protocol.MessageType.Error : Protocol.MessageType.Warning, "JSON-RPC: " + FirstLine(forClient), "JSON-RPC: " + forLog);
        }
        finally
        {
            s_forwardingOnThisThread = false;
        }
    }

    /// <summary>A stack trace starts on the second line: whatever an event formatted itself stays out of the client's log.</summary>
    private static string FirstLine(string message)
    {
        int end = message.AsSpan().IndexOfAny('\r', '\n');
        return end < 0 ? message : message[..end] + " (" + DetailsInTheServerLog + ")";
    }
}
