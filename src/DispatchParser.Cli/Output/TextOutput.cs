using System.Globalization;
using System.Text;

namespace DispatchParser.Cli.Output;

/// <summary>
/// Makes names safe to print in text output. A file name may hold any character but '/' and NUL: a line
/// break in one could forge a diagnostic line (<c>evil.txt(9,9): error DSP0001: …</c>), an escape
/// sequence could repaint the terminal, a bidirectional override could reorder what is shown. Such
/// characters are written as escapes (<c>\n</c>, <c>\x1B</c>, <c>\u202E</c>); everything else is kept.
/// JSON and SARIF output carry the raw name (their encoders escape it).
/// </summary>
public static class TextOutput
{
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int first = 0;
        while (first < text.Length && !NeedsEscape(text, first)) first++;
        if (first == text.Length) return text;

        var builder = new StringBuilder(text.Length + 8);
        builder.Append(text, 0, first);
        for (int i = first; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (!NeedsEscape(text, i)) builder.Append(c);
                    else if (c <= '\u00FF') builder.Append("\\x").Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
                    else builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
            }
        }
        return builder.ToString();
    }

    /// <summary>C0 and C1 controls, DEL, the line and paragraph separators, bidirectional controls, lone surrogates.</summary>
    private static bool NeedsEscape(string text, int index)
    {
        char c = text[index];
        if (char.IsHighSurrogate(c)) return index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1]);
        if (char.IsLowSurrogate(c)) return index == 0 || !char.IsHighSurrogate(text[index - 1]);
        return c < ' ' || c is >= '\u007F' and <= '\u009F' || c is '\u2028' or '\u2029' or '\u061C' or '\u200E' or '\u200F'
            || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069';
    }
}
