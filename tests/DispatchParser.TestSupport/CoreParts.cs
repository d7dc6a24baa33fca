using DispatchParser.Text;
using DispatchParser.Grammar;
using DispatchParser.Syntax;

namespace DispatchParser.TestSupport;

/// <summary>The hand-written parser's tree lowered into the generated parser's parts record, for comparison.</summary>
public static class CoreParts
{
    public static DispatchParts From(DocumentSyntax root, string text)
    {
        TextPart? headline = root.Headline.IsMissing ? null : Part(root.Headline.TextToken.Span, text);
        DatelinePart? dateline = null;
        if (root.Dateline is { AgencySpan: { } agencySpan } named)
            dateline = new DatelinePart(Span(named.Span), Slice(named.Span, text), named.AgencyName, Span(agencySpan));
        else if (root.Dateline is { } d)
            dateline = new DatelinePart(Span(d.Span), Slice(d.Span, text), null, null);

        // Without a byline line, a signed sign-off's reporter is the byline (grammar/README.md section 4).
        MarkPart? byline = root.Byline is { } b ? Mark(b.Span, b.AgencyNameToken, text)
            : root.AgencyTag is { IsMissing: false, SignatureReporterSpan: { } reporter } signed ? Mark(reporter, signed.NameToken, text)
            : null;
        MarkPart? source = root.Source is { } s
            ? Mark(s.Span, s.NameToken.Kind == SyntaxKind.AgencyNameToken ? s.NameToken : default, text)
            : null;

        AgencyTagPart? agency = null;
        if (root.AgencyTag is { IsMissing: false } tag)
        {
            // The tag's span is its group (or word), without a full stop after it.
            TextSpan group = tag.FullStopToken.IsNone ? tag.Span : TextSpan.FromBounds(tag.Span.Start, tag.CloseParenToken.IsNone ? tag.NameToken.Span.End : tag.CloseParenToken.Span.End);
            agency = new AgencyTagPart(Span(group), Slice(group, text), tag.Name, AgencyTagPosition.Signoff);
        }
        else if (dateline is { AgencyName: { } name, AgencySpan: { } span })
            agency = new AgencyTagPart(span, span.GetText(text), name, AgencyTagPosition.Dateline);
        else if (byline is { AgencyName: { } bylineAgency, AgencySpan: { } bylineSpan })
            agency = new AgencyTagPart(bylineSpan, bylineAgency, bylineAgency, AgencyTagPosition.Byline);
        else if (source is { AgencyName: { } sourceAgency, AgencySpan: { } sourceSpan })
            agency = new AgencyTagPart(sourceSpan, sourceAgency, sourceAgency, AgencyTagPosition.Source);

        return new DispatchParts(
            headline,
            root.LeadIns.Select(l => new LeadInPart(
                l.Kind switch { SyntaxKind.Residue => LeadInKind.Residue, SyntaxKind.SourcePrefix => LeadInKind.Source, _ => LeadInKind.TakeLabel },
                Span(l.TextToken.Span), l.Text)).ToList(),
            dateline,
            root.Paragraphs.Select(p => Part(p.TextToken.Span, text)).ToList(),
            agency,
            root.EndMarker is { } end ? Part(end.MarkerToken.Span, text) : null,
            root.EndMarker is { StampToken.IsNone: false } stamped ? Part(stamped.StampToken.Span, text) : null,
            root.Notice.IsMissing ? null : Part(root.Notice.Span, text),
            root.Briefs.Select(b => Part(b.TextToken.Span, text)).ToList())
        {
            Byline = byline,
            Source = source,
            Lead = root.Body.LeadParagraphs.Select(p => Part(p.TextToken.Span, text)).ToList(),
        };
    }

    private static MarkPart Mark(TextSpan span, SyntaxToken agency, string text) =>
        agency.IsNone
            ? new MarkPart(Span(span), Slice(span, text), null, null)
            : new MarkPart(Span(span), Slice(span, text), agency.Text, Span(agency.Span));

    private static PartSpan Span(TextSpan span) => new(span.Start, span.Length);

    private static string Slice(TextSpan span, string text) => text.Substring(span.Start, span.Length);

    private static TextPart Part(TextSpan span, string text) => new(Span(span), Slice(span, text));

    /// <summary>A readable, comparable rendering of parts (records holding lists compare by reference).</summary>
    public static string Describe(DispatchParts parts)
    {
        var lines = new List<string>
        {
            $"headline {Show(parts.Headline)}",
            $"lead-ins {string.Join(" | ", parts.LeadIns.Select(l => $"{l.Kind} {l.Span} {l.Text}"))}",
            $"dateline {(parts.Dateline is null ? "-" : $"{parts.Dateline.Span} {parts.Dateline.AgencyName ?? "-"} {parts.Dateline.AgencySpan?.ToString() ?? "-"}")}",
        };
        lines.AddRange(parts.Lead.Select(p => $"lead {Show(p)}"));
        lines.Add($"byline {Show(parts.Byline)}");
        lines.AddRange(parts.Paragraphs.Select(p => $"paragraph {Show(p)}"));
        lines.Add($"agency {(parts.AgencyTag is null ? "-" : $"{parts.AgencyTag.Span} {parts.AgencyTag.Name} {parts.AgencyTag.Position}")}");
        lines.Add($"end {Show(parts.EndMarker)} stamp {Show(parts.EndMarkerStamp)}");
        lines.Add($"source {Show(parts.Source)}");
        lines.Add($"notice {Show(parts.Notice)}");
        lines.AddRange(parts.Briefs.Select(b => $"brief {Show(b)}"));
        return string.Join("\n", lines);
    }

    private static string Show(TextPart? part) => part is null ? "-" : $"{part.Span}";

    private static string Show(MarkPart? part) => part is null ? "-" : $"{part.Span} {part.AgencyName ?? "-"} {part.AgencySpan}";
}
