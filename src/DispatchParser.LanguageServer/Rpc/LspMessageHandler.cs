using System.Text.Json;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace DispatchParser.LanguageServer.Rpc;

/// <summary>
/// LSP framing (Content-Length headers) that survives a bad message body. StreamJsonRpc's own handler ends
/// the connection when a body does not deserialize (verified: the stream closes after one malformed
/// message). Here the body has been consumed by then — the header told its length, so framing is intact —
/// and the client gets what JSON-RPC 2.0 prescribes: an error response, ParseError (-32700) for invalid
/// JSON, InvalidRequest (-32600) for JSON that is not a JSON-RPC 2.0 message (with the message's id when
/// it has a valid one, else null); reading goes on.
/// Broken headers still end the connection: without a length there is no next message to find.
/// </summary>
internal sealed class LspMessageHandler : HeaderDelimitedMessageHandler
{
    private readonly Action<string, string> _log;

    /// <param name="log">Logs a refused body: the client's message (no exception types) and the log writer's detail.</param>
    public LspMessageHandler(Stream output, Stream input, IJsonRpcMessageFormatter formatter, Action<string, string> log)
        : base(output, input, formatter) => _log = log;

    /// <summary>
    /// Awaited when the input ends, before the connection is reported closed (after which nothing more can
    /// be sent): the messages already read — a client that writes shutdown and exit and closes its end at
    /// once — are still handled and answered.
    /// </summary>
    public Func<Task>? BeforeEndOfInput { get; set; }

    /// <summary>Reading pauses while the server owes the client too many messages (see <see cref="OutgoingBackpressure"/>).</summary>
    public OutgoingBackpressure? Backpressure { get; set; }

    protected override async ValueTask<JsonRpcMessage?> ReadCoreAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            JsonRpcMessage? message;
            try
            {
                if (Backpressure is { } backpressure) await backpressure.WaitForRoomAsync(cancellationToken).ConfigureAwait(false);
                message = await base.ReadCoreAsync(cancellationToken).ConfigureAwait(false);
                if (message is JsonRpcRequest { IsResponseExpected: true }) Backpressure?.Owe();
            }
            catch (Exception exception) when (IsBadBody(exception))
            {
                (int code, string text, RequestId id) = Describe(exception);
                _log(text, $"{text} ({exception.GetType().Name}: {exception.Message})");
                var error = new JsonRpcError
                {
                    RequestId = id,
                    Error = new JsonRpcError.ErrorDetail { Code = (JsonRpcErrorCode)code, Message = text },
                };
                await WriteAsync(error, cancellationToken).ConfigureAwait(false);
                continue;
            }
            if (message is null && BeforeEndOfInput is { } drain) await drain().ConfigureAwait(false);
            return message;
        }
    }

    private static bool IsBadBody(Exception exception) =>
        exception is not (OperationCanceledException or EndOfStreamException or BadRpcHeaderException or IOException or ObjectDisposedException);

    /// <summary>
    /// The answer to a body that was refused: what <see cref="LspMessageFormatter"/> decided (code and id), or
    /// for anything else the formatter threw, ParseError for invalid JSON and InvalidRequest otherwise.
    /// </summary>
    private static (int Code, string Message, RequestId Id) Describe(Exception exception)
    {
        for (Exception? inner = exception; inner is not null; inner = inner.InnerException)
            if (inner is InvalidMessageException refused) return (refused.Code, refused.Message, refused.Id);
        for (Exception? inner = exception; inner is not null; inner = inner.InnerException)
            if (inner is JsonException) return (Protocol.ErrorCodes.ParseError, "Parse error: the message is not valid JSON", RequestId.Null);
        return (Protocol.ErrorCodes.InvalidRequest, "Invalid request: the message is not a JSON-RPC 2.0 message", RequestId.Null);
    }
}
