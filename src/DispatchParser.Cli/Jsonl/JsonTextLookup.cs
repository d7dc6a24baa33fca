using System.Text.Json;

namespace DispatchParser.Cli.Jsonl;

/// <summary>
/// What one JSON Lines line holds, read with <see cref="Utf8JsonReader"/> straight from its bytes: the
/// dispatch text of its text field (the first one, if a string), where that string starts, where the
/// object's fields are, and whether it already has the output field. <see cref="Error"/> is set when the
/// line is empty, not an object, or not JSON. Shared by <c>dispatch jsonl</c> and <c>--input jsonl</c>.
/// </summary>
internal readonly record struct JsonTextLookup(
    string? Text, int TextStart, int ObjectStart, int ObjectEnd, bool HasFields, bool Collision, string? Error)
{
    /// <param name="outputField">A field whose presence is a collision (empty: none is).</param>
    public static JsonTextLookup Find(ReadOnlySpan<byte> json, ReadOnlySpan<byte> textField, ReadOnlySpan<byte> outputField)
    {
        if (json.Trim(" \t\r"u8).IsEmpty) return Failed("empty line");

        int objectStart, objectEnd, textStart = -1;
        bool hasFields = false, collision = false, textNotString = false;
        string? text = null;
        var reader = new Utf8JsonReader(json);
        try
        {
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                JsonTokenType kind = reader.TokenType;
                reader.Skip();
                while (reader.Read()) { } // trailing content is invalid JSON too
                return Failed($"not a JSON object but {KindName(kind)}");
            }
            objectStart = (int)reader.TokenStartIndex;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                hasFields = true;
                bool isText = NameIs(ref reader, textField);
                collision |= !outputField.IsEmpty && NameIs(ref reader, outputField);
                reader.Read();
                if (isText && text is null && !textNotString)
                {
                    if (reader.TokenType == JsonTokenType.String)
                    {
                        textStart = (int)reader.TokenStartIndex + 1;
                        text = JsonStringDecoder.GetString(ref reader);
                    }
                    else
                    {
                        textNotString = true;
                    }
                }
                reader.Skip();
            }
            objectEnd = (int)reader.TokenStartIndex;
            while (reader.Read()) { }
        }
        catch (JsonException exception)
        {
            return Failed("invalid JSON: " + exception.Message);
        }
        return new JsonTextLookup(text, textStart, objectStart, objectEnd, hasFields, collision, null);
    }

    private static JsonTextLookup Failed(string error) => new(null, -1, 0, 0, false, false, error);

    /// <summary>Whether the property name the reader is on is <paramref name="name"/>; a name with a lone surrogate escape is no valid name.</summary>
    private static bool NameIs(ref Utf8JsonReader reader, ReadOnlySpan<byte> name)
    {
        if (!reader.ValueIsEscaped) return reader.ValueSpan.SequenceEqual(name);
        try
        {
            return reader.ValueTextEquals(name);
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static string KindName(JsonTokenType kind) => kind switch
    {
        JsonTokenType.StartArray => "array",
        JsonTokenType.String => "string",
        JsonTokenType.Number => "number",
        JsonTokenType.True or JsonTokenType.False => "boolean",
        _ => "null",
    };
}
