using DispatchParser.Syntax;
using DispatchParser.Text;

namespace DispatchParser.Export;

/// <summary>Where the agency naming a dispatch stands: its tag or sign-off, its dateline, its byline or its source line.</summary>
public enum AgencyPosition
{
    SignOff,
    Dateline,
    Byline,
    Source,
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

    /// <summary>
    /// The agency of the dispatch, by the order of grammar/README.md section 2.3 ("which mark wins"): the tag or
    /// sign-off ending the body, else the dateline's agency, else the byline's, else the source line's; null when none.
    /// </summary>
    public static (TextSpan Name, string? Id, AgencyPosition Position)? Agency(DocumentSyntax root)
    {
        if (root.AgencyTag is { IsMissing: false } tag && !tag.NameToken.IsMissing)
            return (tag.NameToken.Span, tag.Agency?.Id, AgencyPosition.SignOff);
        if (root.Dateline is { IsMissing: false } dateline && !dateline.AgencyNameToken.IsNone && !dateline.AgencyNameToken.IsMissing)
            return (dateline.AgencyNameToken.Span, dateline.Agency?.Id, AgencyPosition.Dateline);
        if (root.Byline is { Agency: { } bylineAgency } byline)
            return (byline.AgencyNameToken.Span, bylineAgency.Id, AgencyPosition.Byline);
        if (root.Source is { Agency: { } sourceAgency } source)
            return (source.NameToken.Span, sourceAgency.Id, AgencyPosition.Source);
        return null;
    }

    /// <summary>The end marker's kind, <c>end</c> or <c>continues</c>; null without a marker.</summary>
    public static string? EndMarkerKind(DocumentSyntax root) =>
        root.EndMarker is { IsMissing: false } marker && !marker.MarkerToken.IsNone ? (marker.IsContinuation ? "continues" : "end") : null;

    /// <summary>
    /// The end marker's time stamp: the stamp line after it (<c>10:12 ت م</c>), else the time after the marker on its line
    /// (<c>// انتهى // 20:26 ت م</c>); null when there is none.
    /// </summary>
    public static TextSpan? EndMarkerStamp(DocumentSyntax root) =>
        root.EndMarker is { IsMissing: false } marker ? marker.StampSpan : null;

    /// <summary>
    /// The place the dispatch comes from: the dateline's place, else the byline's, else a signed sign-off's
    /// (<c>İZMİR</c> of <c>Ayşe DEMİR / İZMİR, (DHA)</c>); null when none names one.
    /// </summary>
    public static TextSpan? Located(DocumentSyntax root)
    {
        if (root.Dateline is { PlaceToken: { IsNone: false, IsMissing: false } place }) return place.Span;
        if (root.Byline is { PlaceToken: { IsNone: false } bylinePlace }) return bylinePlace.Span;
        if (root.AgencyTag is { SignaturePlaceSpan: { } signedPlace }) return signedPlace;
        return null;
    }

    /// <summary>
    /// The JSON export's byline: the byline line with the agency it names, else the reporter a signed sign-off names
    /// (<c>Ayşe DEMİR</c> of <c>Ayşe DEMİR / İZMİR, (DHA)</c>) with the sign-off's agency; null when neither
    /// (grammar/README.md section 4, byline).
    /// </summary>
    public static (TextSpan Text, SyntaxToken AgencyName, Dialects.Agency? Agency)? Byline(DocumentSyntax root)
    {
        if (root.Byline is { } byline) return (byline.Span, byline.AgencyNameToken, byline.Agency);
        if (root.AgencyTag is { IsMissing: false, SignatureReporterSpan: { } reporter } signed) return (reporter, signed.NameToken, signed.Agency);
        return null;
    }

    /// <summary>Who wrote it (ninjs <c>by</c>): the byline as above, else a credit's reporter; null when neither.</summary>
    public static TextSpan? By(DocumentSyntax root)
    {
        if (Byline(root) is { } byline) return byline.Text;
        if (root.AgencyTag is { IsCredit: true } credit) return credit.ReporterToken.Span;
        return null;
    }

    /// <summary>The end-marker line, trimmed, without a stamp line after it; null when there is none.</summary>
    public static TextSpan? EndMarker(DocumentSyntax root) =>
        root.EndMarker is { IsMissing: false } marker && !marker.MarkerToken.IsNone ? marker.MarkerToken.Span : null;

    /// <summary>The notice line, trimmed, from its marker to its last character; null when the notice is missing.</summary>
    public static TextSpan? Notice(DocumentSyntax root) =>
        root.Notice is { IsMissing: false } notice ? notice.Span : null;

    public static string PositionName(AgencyPosition position) => position switch
    {
        AgencyPosition.Dateline => "dateline",
        AgencyPosition.Byline => "byline",
        AgencyPosition.Source => "source",
        _ => "signoff",
    };
}
