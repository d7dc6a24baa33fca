using DispatchParser.Syntax;
using DispatchParser.Text;

namespace DispatchParser.LanguageServer.Features;

/// <summary>A place in the text that names an agency: its span, the spelling, and what kind of mark it is (for people).</summary>
internal readonly record struct AgencyMark(TextSpan Span, string Spelling, string Role);

/// <summary>Every mark of a dispatch that names an agency: the tag, sign-off or credit, the dateline's, the byline's and the source line's.</summary>
internal static class AgencyMarks
{
    public static IEnumerable<AgencyMark> All(DocumentSyntax root)
    {
        if (root.AgencyTag is { IsMissing: false } tag)
            yield return new(tag.Span, tag.Name, tag.IsCredit ? "credit" : tag.IsSignOff ? "sign-off" : "agency tag");
        if (root.Dateline is { } dateline && DatelineAgency(dateline) is { } datelineAgency)
            yield return new(datelineAgency, dateline.AgencyName, "dateline agency");
        if (root.Byline is { AgencyNameToken: { IsNone: false, IsMissing: false } bylineAgency })
            yield return new(bylineAgency.Span, bylineAgency.Text, "byline agency");
        if (root.Source is { Agency: not null, NameToken: { IsNone: false, IsMissing: false } sourceAgency })
            yield return new(sourceAgency.Span, sourceAgency.Text, "source line agency");
    }

    /// <summary>The dateline's agency with its parentheses (<c>(AA)</c> of <c>ANKARA (AA) -</c>); null for a place dateline.</summary>
    public static TextSpan? DatelineAgency(DatelineSyntax dateline)
    {
        if (dateline.AgencyNameToken is not { IsNone: false, IsMissing: false } name) return null;
        int start = dateline.OpenParenToken.IsNone ? name.Span.Start : dateline.OpenParenToken.Span.Start;
        int end = dateline.CloseParenToken.IsNone ? name.Span.End : dateline.CloseParenToken.Span.End;
        return TextSpan.FromBounds(start, end);
    }
}
