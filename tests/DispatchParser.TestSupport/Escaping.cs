using System.Globalization;
using System.Text;

namespace DispatchParser.TestSupport;

/// <summary>Renders any string as a C# string literal that can be pasted into a regression test.</summary>
public static class Escaping
{
    public static string Literal(string? text, int maxLength = int.MaxValue)
    {
        if (text is null) return "null";
        var builder = new StringBuilder(text.Length + 2).Append('"');
        int count = Math.Min(text.Length, maxLength);
        for (int i = 0; i < count; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                default:
                    if (NeedsEscape(c)) builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
                    else builder.Append(c);
                    break;
            }
        }
        builder.Append('"');
        if (count < text.Length) builder.Append(CultureInfo.InvariantCulture, $" … ({text.Length - count} more chars)");
        return builder.ToString();
    }

    private static bool NeedsEscape(char c)
    {
        if (c == ' ') return false;
        if (char.IsSurrogate(c) || char.IsControl(c)) return true;
        return CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.SpaceSeparator
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.OtherNotAssigned
            or UnicodeCategory.PrivateUse;
    }
}
