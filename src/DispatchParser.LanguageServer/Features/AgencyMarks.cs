using DispatchParser.Dialects;
using DispatchParser.Syntax;
using DispatchParser.Text;

namespace DispatchParser.LanguageServer.Features;

/// <summary>
/// A place in the text that names an agency: its span, the spelling, what kind of mark it is (for people), and the
/// registry's agency as the mark's node resolves it (null for an unknown acronym); the tag when it is a signed sign-off.
/// </summary>
internal readonly record struct AgencyMark(TextSpan Span, string Spelling, string Role, Agency? Agency, AgencyTagSyntax? SignedSignOff = null);

/// <summary>Every mark of a dispatch that names an agency: the tag, sign-off or credit, the dateline's, the byline's and the source line's.</summary>
internal static class AgencyMarks
{
    public static IEnumerable<AgencyMark> All(DocumentSyntax root)
    {
        if (root.AgencyTag is { IsMissing: false } tag)
            yield return new(tag.Span, tag.Name, Role(tag), tag.Agency, tag.SignatureToken.IsNone ? null : tag);
        if (root.Dateline is { AgencySpan: { } datelineAgency } dateline)
            yield return new(datelineAgency, dateline.AgencyName, "dateline agency", dateline.Agency);
        if (root.Byline is { AgencyNameToken: { IsNone: false, IsMissing: false } bylineAgency } byline)
            yield return new(bylineAgency.Span, bylineAgency.Text, "byline agency", byline.Agency);
        if (root.Source is { Agency: { } agency, NameToken: { IsNone: false, IsMissing: false } sourceAgency })
            yield return new(sourceAgency.Span, sourceAgency.Text, "source line agency", agency);
    }

    /// <summary>What the mark ending the body is, for people: a credit, a signed sign-off, a sign-off or a tag.</summary>
    public static string Role(AgencyTagSyntax tag) =>
        tag.IsCredit ? "credit" : !tag.SignatureToken.IsNone ? "signed sign-off" : tag.IsSignOff ? "sign-off" : "agency tag";
}
