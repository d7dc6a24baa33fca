using System.Buffers;
using System.Text;
using DispatchParser.Dialects;
using DispatchParser.Syntax;
using DispatchParser.Text;

namespace DispatchParser.Analysis;

/// <summary>An agency a legal notice names, the spelling found and where.</summary>
public sealed record NamedAgency(Agency Agency, string Spelling, TextSpan Span);

/// <summary>
/// Which registry agency a legal notice names: the first full name or alias in the notice text that stands
/// as a whole word (no letter or digit of any script touching it; an apostrophe is a boundary, so the
/// Turkish suffix in <c>İlke Haber Ajansı'na</c> still matches). Longer spellings win at one position;
/// matching is ordinal (Turkish I/ı/İ has no culture-free case folding, and <c>AP</c> must not match words).
/// </summary>
public static class NoticeAgency
{
    private static readonly (string Spelling, Agency Agency)[] s_spellings = AgencyRegistry.Default.Agencies
        .SelectMany(agency => agency.Names.Concat(agency.Aliases).Select(spelling => (spelling, agency)))
        .OrderByDescending(entry => entry.spelling.Length)
        .ToArray();

    private static readonly SearchValues<string> s_search =
        SearchValues.Create(s_spellings.Select(entry => entry.Spelling).Distinct().ToArray(), StringComparison.Ordinal);

    public static NamedAgency? Find(DocumentSyntax root)
    {
        ArgumentNullException.ThrowIfNull(root);
        SyntaxToken text = root.Notice.TextToken;
        if (root.Notice.IsMissing || text.IsNone || text.IsMissing) return null;
        return Find(text.TextSpanChars, text.Span.Start);
    }

    public static NamedAgency? Find(ReadOnlySpan<char> text, int offset = 0)
    {
        int cursor = 0;
        while (cursor < text.Length)
        {
            int found = text[cursor..].IndexOfAny(s_search);
            if (found < 0) return null;
            int start = cursor + found;
            cursor = start + 1;
            if (IsWordCharacterBefore(text, start)) continue;
            foreach ((string spelling, Agency agency) in s_spellings)
            {
                if (text[start..].StartsWith(spelling, StringComparison.Ordinal) && !IsWordCharacterAt(text, start + spelling.Length))
                    return new NamedAgency(agency, spelling, new TextSpan(offset + start, spelling.Length));
            }
        }
        return null;
    }

    private static bool IsWordCharacterBefore(ReadOnlySpan<char> text, int index) =>
        index > 0 && Rune.DecodeLastFromUtf16(text[..index], out Rune rune, out _) == OperationStatus.Done && Rune.IsLetterOrDigit(rune);

    private static bool IsWordCharacterAt(ReadOnlySpan<char> text, int index) =>
        index < text.Length && Rune.DecodeFromUtf16(text[index..], out Rune rune, out _) == OperationStatus.Done && Rune.IsLetterOrDigit(rune);
}
