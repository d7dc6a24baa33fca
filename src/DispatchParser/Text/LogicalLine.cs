using DispatchParser.Parsing;

namespace DispatchParser.Text;

/// <summary>
/// A logical line of the wrapped layout: physical lines joined by folds (grammar/README.md, section 1.1). A part's text
/// keeps its line breaks in the tree (the tree is lossless); its reading joins the lines with single spaces.
/// </summary>
public static class LogicalLine
{
    /// <summary>
    /// <paramref name="text"/> with every fold — a line break and the whitespace around it — replaced by one space; the
    /// text itself when it holds no line break.
    /// </summary>
    public static string Join(ReadOnlySpan<char> text)
    {
        int firstBreak = text.IndexOfAny('\r', '\n');
        if (firstBreak < 0) return text.ToString();
        var builder = new System.Text.StringBuilder(text.Length);
        int start = 0;
        while (start < text.Length)
        {
            int index = text[start..].IndexOfAny('\r', '\n');
            if (index < 0)
            {
                builder.Append(text[start..]);
                break;
            }
            int lineEnd = CharacterClasses.TrimEnd(text, start, start + index);
            builder.Append(text[start..lineEnd]).Append(' ');
            start = CharacterClasses.SkipWhitespace(text, start + index);
        }
        return builder.ToString();
    }

    /// <summary>The reading of a part's text for exports: <paramref name="text"/> itself, or joined when it holds a fold (no copy otherwise).</summary>
    internal static ReadOnlySpan<char> Reading(ReadOnlySpan<char> text) =>
        text.IndexOfAny('\r', '\n') < 0 ? text : Join(text).AsSpan();

    /// <summary>The spans (relative to <paramref name="text"/>) of its physical lines, each without its line break and indentation.</summary>
    public static IReadOnlyList<TextSpan> Lines(ReadOnlySpan<char> text)
    {
        var lines = new List<TextSpan>(1);
        int start = 0;
        while (true)
        {
            int index = text[start..].IndexOfAny('\r', '\n');
            int end = index < 0 ? text.Length : start + index;
            int lineEnd = CharacterClasses.TrimEnd(text, start, end);
            lines.Add(TextSpan.FromBounds(start, lineEnd));
            if (index < 0) return lines;
            start = CharacterClasses.SkipWhitespace(text, end);
        }
    }
}
