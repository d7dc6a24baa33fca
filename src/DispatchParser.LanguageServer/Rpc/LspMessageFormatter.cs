using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace DispatchParser.LanguageServer.Rpc;

/// <summary>
/// StreamJsonRpc's System.Text.Json formatter, with LSP's property names (camelCase), absent rather than
/// null optional properties, strings kept exactly as UTF-16 (<see cref="LosslessStringConverter"/>), and
/// every incoming message checked against JSON-RPC 2.0 first. The formatter alone executes a message
/// with <c>"jsonrpc":"1.0"</c> or none, reports JSON that is no message (<c>[1,2]</c>, an object id) as
/// a parse error, and cannot answer scalar params with the request's id; here such a message is refused
/// with <see cref="InvalidMessageException"/>, which carries the code and the id to answer with.
/// </summary>
internal sealed class LspMessageFormatter : SystemTextJsonFormatter, IJsonRpcMessageFormatter, IJsonRpcMessageTextFormatter
{
    public LspMessageFormatter() => Configure(JsonSerializerOptions);

    /// <summary>Options configured as the formatter's, for params a handler deserializes itself.</summary>
    public static JsonSerializerOptions SerializerOptions { get; } = Configure(new JsonSerializerOptions());

    private static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.Converters.Add(new LosslessStringConverter());
        return options;
    }

    JsonRpcMessage IJsonRpcMessageFormatter.Deserialize(ReadOnlySequence<byte> contentBuffer)
    {
        Validate(contentBuffer);
        return Deserialize(contentBuffer);
    }

    JsonRpcMessage IJsonRpcMessageTextFormatter.Deserialize(ReadOnlySequence<byte> contentBuffer, Encoding encoding)
    {
        Validate(contentBuffer);
        return Deserialize(contentBuffer, encoding);
    }

    /// <summary>Throws <see cref="InvalidMessageException"/> unless the body is a JSON-RPC 2.0 request, notification or response.</summary>
    internal static void Validate(ReadOnlySequence<byte> body)
    {
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        RequestId id = RequestId.Null;
        bool hasValidId = false;
        string? version = null;
        bool hasMethod = false, hasResultOrError = false;
        JsonTokenType? paramsKind = null;
        try
        {
            if (!reader.Read()) throw Parse("the message is empty");
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                throw Invalid("a JSON-RPC message is an object", id);
            }
            string? problem = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                string name = reader.GetString()!;
                reader.Read();
                switch (name)
                {
                    case "jsonrpc":
                        version = reader.TokenType == JsonTokenType.String ? reader.GetString() : "";
                        break;
                    case "id":
                        switch (reader.TokenType)
                        {
                            case JsonTokenType.Number when reader.TryGetInt64(out long number):
                                id = new RequestId(number);
                                hasValidId = true;
                                break;
                            case JsonTokenType.String:
                                id = new RequestId(reader.GetString());
                                hasValidId = true;
                                break;
                            case JsonTokenType.Null:
                                break;
                            default:
                                problem ??= "the id must be a string, an integer or null";
                                break;
                        }
                        break;
                    case "method":
                        hasMethod = true;
                        if (reader.TokenType != JsonTokenType.String) problem ??= "the method must be a string";
                        break;
                    case "params":
                        paramsKind = reader.TokenType;
                        break;
                    case "result":
                    case "error":
                        hasResultOrError = true;
                        break;
                }
                reader.Skip();
            }
            // Read to the end: a body that is not JSON throws here and is a parse error, whatever came first.
            while (reader.Read()) { }

            RequestId answerTo = hasValidId ? id : RequestId.Null;
            if (problem is not null) throw Invalid(problem, problem.StartsWith("the id", StringComparison.Ordinal) ? RequestId.Null : answerTo);
            if (version != "2.0") throw Invalid("the message must say \"jsonrpc\": \"2.0\"", answerTo);
            if (!hasMethod && !hasResultOrError) throw Invalid("the message is neither a request, a notification nor a response", answerTo);
            if (hasMethod && paramsKind is { } kind and not (JsonTokenType.StartObject or JsonTokenType.StartArray or JsonTokenType.Null))
                throw Invalid("params must be an object or an array", answerTo);
        }
        catch (JsonException exception)
        {
            throw Parse("the message is not valid JSON", exception);
        }
    }

    private static InvalidMessageException Invalid(string reason, RequestId id) =>
        new(Protocol.ErrorCodes.InvalidRequest, "Invalid request: " + reason, id);

    private static InvalidMessageException Parse(string reason, Exception? inner = null) =>
        new(Protocol.ErrorCodes.ParseError, "Parse error: " + reason, RequestId.Null, inner);
}

/// <summary>A message refused before it is dispatched: the error code and message to answer with, and the id (or null).</summary>
internal sealed class InvalidMessageException : Exception
{
    public InvalidMessageException(int code, string message, RequestId id, Exception? inner = null) : base(message, inner)
    {
        Code = code;
        Id = id;
    }

    public int Code { get; }
    public RequestId Id { get; }
}
