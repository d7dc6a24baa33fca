using System.Text;

namespace DispatchParser.Tests.Grammar;

/// <summary>Helpers to read test dispatches exactly as they are on disk.</summary>
internal static class GrammarTestText
{
    /// <summary>
    /// Reads a file as UTF-8 without dropping a byte-order mark (File.ReadAllText would strip it,
    /// and the BOM is part of what the grammar sees).
    /// </summary>
    public static string ReadExact(string path) => Encoding.UTF8.GetString(File.ReadAllBytes(path));

    /// <summary>Escapes control, format and non-ASCII whitespace characters for test messages.</summary>
    public static string Show(string? text)
    {
        if (text is null)
        {
            return "null";
        }

        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            if (c < ' ' || c is '\u00A0' or '\uFEFF' or '\u200B' or (>= '\u2000' and <= '\u200F') or '\u3000')
            {
                builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.Append('"').ToString();
    }
}
