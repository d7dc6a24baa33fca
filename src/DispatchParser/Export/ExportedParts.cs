using DispatchParser.Syntax;
using DispatchParser.Text;

namespace DispatchParser.Export;

/// <summary>Where the agency naming a dispatch stands: its tag or sign-off, or its dateline.</summary>
public enum AgencyPosition
{
    SignOff,
    Dateline,
}

/// <summary>
/// The spans of a dispatch's parts as the exporters write them (grammar/README.md, section 4): the
/// headline, dateline, end marker, notice and briefs trimmed; paragraphs without the dateline and tag.
/// Spans instead of strings, so exporters write straight from the source text without copying.
/// </summary>
internal static class ExportedParts
{
    /// <summary>The headline's span, or null when the headline is missing.</summary>
    public static TextSpan? Headline(DocumentSyntax root)
    {
        HeadlineSyntax headline = root.Headline;
        return headline.IsMissing || headline.TextToken.IsMissing ? null : headline.TextToken.Span;
    }

    /// <summary>The dateline from its first character through the dash (or its last character), or null.</summary>
    /// <summary>The export name of a lead-in's kind: <c>residue</c>, <c>source</c> or <c>takeLabel</c>.</summary>
    public static string LeadInKindName(SyntaxKind kind) => kind switch
    {
        SyntaxKind.Residue => "residue",
        SyntaxKind.SourcePrefix => "source",
        _ => "takeLabel",
    };

    public static TextSpan? Dateline(DocumentSyntax root) =>
        root.Dateline is { IsMissing: false } dateline ? dateline.Span : null;

    /// <summary>The agency tag or sign-off when the body ends with one, else the dateline's agency; null when neither.</summary>
    public static (TextSpan Name, string? Id, AgencyPosition Position)? Agency(DocumentSyntax root)
    {
        if (root.AgencyTag is { IsMissing: false } tag && !tag.NameToken.IsMissing)
            return (tag.NameToken.Span, tag.Agency?.Id, AgencyPosition.SignOff);
        if (root.Dateline is { IsMissing: false } dateline && !dateline.AgencyNameToken.IsNone && !dateline.AgencyNameToken.IsMissing)
            return (dateline.AgencyNameToken.Span, dateline.Agency?.Id, AgencyPosition.Dateline);
        return null;
    }

    /// <summary>The end-marker line, trimmed, without a stamp line after it; null when there is none.</summary>
    public static TextSpan? EndMarker(DocumentSyntax root) =>
        root.EndMarker is { IsMissing: false } marker && !marker.MarkerToken.IsNone ? marker.MarkerToken.Span : null;

    /// <summary>The notice line, trimmed, from its marker to its last character; null when the notice is missing.</summary>
    public static TextSpan? Notice(DocumentSyntax root) =>
        root.Notice is { IsMissing: false } notice ? notice.Span : null;

    public static string PositionName(AgencyPosition position) => position == AgencyPosition.Dateline ? "dateline" : "signoff";
}
