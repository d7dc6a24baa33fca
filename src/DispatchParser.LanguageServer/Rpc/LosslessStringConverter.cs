using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DispatchParser.LanguageServer.Rpc;

/// <summary>
/// Strings exactly as JSON carries UTF-16: an escaped lone surrogate (<c>"\ud83d"</c>, which an editor
/// sends while a pair is typed half at a time, and which real copy holds) becomes that one code unit,
/// and goes back out as the same escape. System.Text.Json refuses both ways ("Cannot read invalid
/// UTF-16 JSON text"), which dropped the whole change and left the server's copy of the text wrong.
/// </summary>
internal sealed class LosslessStringConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null) return null;
        if (reader.TokenType != JsonTokenType.String)
            throw new JsonException($"Expected a string, found {reader.TokenType}.");
        if (!reader.ValueIsEscaped) return reader.GetString();
        byte[]? rented = null;
        ReadOnlySpan<byte> raw;
        if (reader.HasValueSequence)
        {
            rented = ArrayPool<byte>.Shared.Rent(checked((int)reader.ValueSequence.Length));
            reader.ValueSequence.CopyTo(rented);
            raw = rented.AsSpan(0, (int)reader.ValueSequence.Length);
        }
        else
        {
            raw = reader.ValueSpan;
        }
        try
        {
            return Unescape(raw);
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>The escaped UTF-8 of a JSON string (without quotes) as UTF-16, keeping <c>\uXXXX</c> surrogates as they are.</summary>
    internal static string Unescape(ReadOnlySpan<byte> raw)
    {
        var builder = new StringBuilder(raw.Length);
        int runStart = 0;
        int i = 0;
        while (i < raw.Length)
        {
            if (raw[i] != (byte)'\\')
            {
                i++;
                continue;
            }
            AppendUtf8(builder, raw[runStart..i]);
            if (i + 1 >= raw.Length) throw new JsonException("A JSON string ends inside an escape.");
            byte escape = raw[i + 1];
            i += 2;
            switch (escape)
            {
                case (byte)'"': builder.Append('"'); break;
                case (byte)'\\': builder.Append('\\'); break;
                case (byte)'/': builder.Append('/'); break;
                case (byte)'b': builder.Append('\b'); break;
                case (byte)'f': builder.Append('\f'); break;
                case (byte)'n': builder.Append('\n'); break;
                case (byte)'r': builder.Append('\r'); break;
                case (byte)'t': builder.Append('\t'); break;
                case (byte)'u':
                    if (i + 4 > raw.Length
                        || !int.TryParse(Encoding.ASCII.GetString(raw.Slice(i, 4)), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int unit))
                        throw new JsonException("A \\u escape needs four hexadecimal digits.");
                    builder.Append((char)unit);
                    i += 4;
                    break;
                default:
                    throw new JsonException($"'\\{(char)escape}' is not a JSON escape.");
            }
            runStart = i;
        }
        AppendUtf8(builder, raw[runStart..]);
        return builder.ToString();
    }

    private static void AppendUtf8(StringBuilder builder, ReadOnlySpan<byte> utf8)
    {
        if (utf8.IsEmpty) return;
        // The reader has validated the UTF-8 of the message already.
        builder.Append(Encoding.UTF8.GetString(utf8));
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        if (!HasLoneSurrogate(value))
        {
            writer.WriteStringValue(value);
            return;
        }
        writer.WriteRawValue(Escape(value), skipInputValidation: true);
    }

    // Dictionary keys (document URIs in a WorkspaceEdit) go through System.Text.Json's own handling.
    public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetString() ?? string.Empty;

    public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WritePropertyName(value);

    private static bool HasLoneSurrogate(string value)
    {
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) i++;
            else if (char.IsSurrogate(c)) return true;
        }
        return false;
    }

    /// <summary>A JSON string literal of any UTF-16 text: lone surrogates, controls, quotes and backslashes escaped.</summary>
    internal static string Escape(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[++i]);
                continue;
            }
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < ' ' || char.IsSurrogate(c) || c is '\u2028' or '\u2029')
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else
                        builder.Append(c);
                    break;
            }
        }
        return builder.Append('"').ToString();
    }
}
