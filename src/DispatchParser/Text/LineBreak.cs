using System.Runtime.CompilerServices;

namespace DispatchParser.Text;

/// <summary>
/// The three line breaks every layer agrees on: CR LF, a lone CR and a lone LF. A CR followed by LF is one break of
/// two characters, never two breaks; the line table, the parser, the grammar's token source, the normalizer and the
/// analyzers all measure a break here, so that they cannot disagree on where a line ends.
/// </summary>
public static class LineBreak
{
    /// <summary>
    /// The length of the line break at <paramref name="index"/>: 2 for CR LF, 1 for a lone CR or LF, 0 when no break
    /// starts there (another character, or <paramref name="index"/> outside the text).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int LengthAt(ReadOnlySpan<char> text, int index)
    {
        if ((uint)index >= (uint)text.Length) return 0;
        return text[index] switch
        {
            '\n' => 1,
            '\r' => index + 1 < text.Length && text[index + 1] == '\n' ? 2 : 1,
            _ => 0,
        };
    }

    /// <summary>
    /// The length of the line break that ends just before <paramref name="end"/>: 2 for CR LF, 1 for a lone CR or LF, 0
    /// when <c>text[end - 1]</c> is no break (or <paramref name="end"/> is 0). The backward twin of <see cref="LengthAt"/>,
    /// for a line whose extent includes its break (a line table entry, a node's full text).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int LengthBefore(ReadOnlySpan<char> text, int end)
    {
        if (end <= 0 || end > text.Length) return 0;
        return text[end - 1] switch
        {
            '\n' => end > 1 && text[end - 2] == '\r' ? 2 : 1,
            '\r' => 1,
            _ => 0,
        };
    }

    /// <summary>
    /// The first line break of <paramref name="text"/> as a string (<c>"\r\n"</c>, <c>"\r"</c> or <c>"\n"</c>), or
    /// <c>"\n"</c> when it has none: the convention a line written into the text (a fix, a reformatting) should follow.
    /// </summary>
    public static string FirstIn(ReadOnlySpan<char> text)
    {
        int index = text.IndexOfAny('\r', '\n');
        return index < 0 ? "\n" : LengthAt(text, index) == 2 ? "\r\n" : text[index] == '\r' ? "\r" : "\n";
    }
}
