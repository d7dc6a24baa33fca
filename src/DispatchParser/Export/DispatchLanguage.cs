using DispatchParser.Dialects;
using DispatchParser.Syntax;

namespace DispatchParser.Export;

/// <summary>
/// The language of a dispatch as a BCP 47 tag (<c>ar</c>, <c>tr</c>, <c>ku</c>, <c>en</c>): the language of its
/// notice marker or source marker (registry), else what its headline and paragraphs are written in — Arabic
/// script, or Latin with the letters only Turkish (<c>ı ğ İ</c>) or only Kurmanji (<c>ê û</c>) uses.
/// </summary>
internal static class DispatchLanguage
{
    public static string? Of(DocumentSyntax root)
    {
        AgencyRegistry registry = AgencyRegistry.Default;
        if (root.Notice is { IsMissing: false } notice)
        {
            ReadOnlySpan<char> marker = notice.MarkerToken.TextSpanChars;
            foreach (NoticeMarker known in registry.NoticeMarkers)
                if (marker.StartsWith(known.Marker, StringComparison.Ordinal)) return Tag(known.Language);
        }
        if (root.Source is { } source)
        {
            ReadOnlySpan<char> marker = source.MarkerToken.TextSpanChars;
            foreach (SourceMarker known in registry.SourceMarkers)
                if (marker.StartsWith(known.Marker, StringComparison.Ordinal)) return Tag(known.Language);
        }
        return FromScript(root);
    }

    /// <summary>The registry's language codes are ISO 639 ones; Kurmanji's BCP 47 tag is the macrolanguage's, <c>ku</c>.</summary>
    private static string Tag(string language) => language == "kmr" ? "ku" : language;

    private static string? FromScript(DocumentSyntax root)
    {
        int arabic = 0, latin = 0;
        bool turkish = false, kurmanji = false;
        void Count(ReadOnlySpan<char> text)
        {
            foreach (char c in text)
            {
                if (c is >= '\u0600' and <= '\u06FF') arabic++;
                else if (char.IsLetter(c) && c < '\u0250') latin++;
                if (c is 'ı' or 'ğ' or 'Ğ' or 'İ') turkish = true;
                else if (c is 'ê' or 'Ê' or 'û' or 'Û') kurmanji = true;
            }
        }
        if (!root.Headline.IsMissing) Count(root.Headline.TextToken.TextSpanChars);
        foreach (ParagraphSyntax paragraph in root.Paragraphs) Count(paragraph.TextToken.TextSpanChars);
        if (arabic == 0 && latin == 0) return null;
        if (arabic >= latin) return "ar";
        if (turkish && !kurmanji) return "tr";
        if (kurmanji) return "ku";
        return "en";
    }
}
