namespace DispatchParser.Parsing;

/// <summary>The character sets of the grammar (grammar/README.md, section 1).</summary>
internal static class CharacterClasses
{
    public const char ByteOrderMark = '\uFEFF';

    /// <summary>
    /// The grammar's whitespace W (not char.IsWhiteSpace, which accepts more). A line break counts as whitespace too:
    /// every span this is applied to ends at a line break, except a logical line of the wrapped layout, whose folds
    /// (the breaks before its continuation lines) are whitespace of that line (grammar/README.md, section 1.1).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsWhitespace(char c) =>
        c <= ' ' ? c is ' ' or '\t' or '\u000B' or '\u000C' or '\r' or '\n'
        : c >= '\u00A0' && (c == '\u00A0' || (c >= '\u1680' && (c == '\u1680' || c is >= '\u2000' and <= '\u200A' || c is '\u202F' or '\u205F' or '\u3000')));

    public static bool IsLineBreak(char c) => c is '\r' or '\n';

    public static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';

    public static bool IsDash(char c) => c is '-' or '–' or '—' or '_';

    /// <summary>
    /// The length of the DASH at <paramref name="index"/> of <c>text[..end)</c>: 2 for <c>--</c> (one dash, the longest
    /// match), 1 for one dash character, 0 when none stands there. The one home of the rule: the parser's classifier and
    /// the grammar's lowering both ask it.
    /// </summary>
    public static int DashLength(ReadOnlySpan<char> text, int index, int end)
    {
        if (index >= end || !IsDash(text[index])) return 0;
        return text[index] == '-' && index + 1 < end && text[index + 1] == '-' ? 2 : 1;
    }

    /// <summary>Uppercase letters an acronym may use: A–Z and the Turkish and Kurmanji capitals.</summary>
    public static bool IsAcronymLetter(char c) =>
        c is >= 'A' and <= 'Z' or 'Ç' or 'Ğ' or 'İ' or 'Ö' or 'Ş' or 'Ü' or 'Â' or 'Î' or 'Û';

    /// <summary>Letters a place word is made of (PLACE_LETTER): the acronym letters and Kurmanji Ê.</summary>
    public static bool IsPlaceLetter(char c) => IsAcronymLetter(c) || c == 'Ê';

    /// <summary>Closing quotes that may follow a sentence's full stop or colon (CLOSE_QUOTE).</summary>
    public static bool IsClosingQuote(char c) => c is '"' or '\'' or '’' or '”' or '»';

    /// <summary>Lower-case letters a title-case place word may use after its capital: a–z and the Turkish and Kurmanji ones.</summary>
    public static bool IsPlaceLowerLetter(char c) =>
        c is >= 'a' and <= 'z' or 'ç' or 'ğ' or 'ı' or 'ö' or 'ş' or 'ü' or 'â' or 'î' or 'û';

    public static int SkipWhitespace(ReadOnlySpan<char> text, int index)
    {
        // Spaces first (indentation is spaces, mostly), then the rest of W: one comparison per space where the JIT does
        // not inline IsWhitespace.
        while (index < text.Length && text[index] == ' ') index++;
        while (index < text.Length && IsWhitespace(text[index])) index++;
        return index;
    }

    /// <summary>The end of <paramref name="text"/>[..<paramref name="end"/>] once trailing whitespace is removed.</summary>
    public static int TrimEnd(ReadOnlySpan<char> text, int start, int end)
    {
        while (end > start && text[end - 1] == ' ') end--;
        while (end > start && IsWhitespace(text[end - 1])) end--;
        return end;
    }
}
