using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace DispatchParser.Cli.Jsonl;

/// <summary>
/// Decodes a JSON string as System.Text.Json does, except that a lone surrogate escape (<c>\ud800</c>)
/// is kept as that UTF-16 code unit instead of failing ("Cannot read incomplete UTF-16 JSON text"): a
/// dispatch's tree is lossless for invalid UTF-16, so such a line is parsed rather than lost. The
/// unescaping itself stays System.Text.Json's: only the lone escapes are cut out here.
/// </summary>
internal static class JsonStringDecoder
{
    /// <summary>The value of the string token the reader is on.</summary>
    public static string GetString(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped) return Encoding.UTF8.GetString(reader.ValueSpan);
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            return DecodeEscaped(reader.ValueSpan);
        }
    }

    /// <summary>The value of <paramref name="escaped"/>, a JSON string's content between its quotes (valid JSON).</summary>
    public static string DecodeEscaped(ReadOnlySpan<byte> escaped)
    {
        var text = new StringBuilder(escaped.Length);
        int segment = 0;
        int i = 0;
        while (i < escaped.Length)
        {
            if (escaped[i] != (byte)'\\')
            {
                i++;
                continue;
            }
            if (escaped[i + 1] != (byte)'u')
            {
                i += 2;
                continue;
            }
            char unit = Hex(escaped.Slice(i + 2, 4));
            if (char.IsHighSurrogate(unit) && i + 12 <= escaped.Length && escaped[i + 6] == (byte)'\\' && escaped[i + 7] == (byte)'u'
                && char.IsLowSurrogate(Hex(escaped.Slice(i + 8, 4))))
            {
                i += 12; // a pair: System.Text.Json decodes it
                continue;
            }
            if (char.IsSurrogate(unit))
            {
                text.Append(Unescape(escaped[segment..i])).Append(unit);
                i += 6;
                segment = i;
                continue;
            }
            i += 6;
        }
        return text.Append(Unescape(escaped[segment..])).ToString();
    }

    private static char Hex(ReadOnlySpan<byte> digits) =>
        Utf8Parser.TryParse(digits, out ushort value, out int consumed, 'X') && consumed == 4 ? (char)value : '\0';

    /// <summary>A stretch without lone surrogate escapes, unescaped by System.Text.Json.</summary>
    private static string Unescape(ReadOnlySpan<byte> escaped)
    {
        if (escaped.IsEmpty) return "";
        byte[] quoted = new byte[escaped.Length + 2];
        quoted[0] = quoted[^1] = (byte)'"';
        escaped.CopyTo(quoted.AsSpan(1));
        var reader = new Utf8JsonReader(quoted);
        reader.Read();
        return reader.GetString()!;
    }
}
