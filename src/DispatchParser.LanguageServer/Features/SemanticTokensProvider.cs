using DispatchParser.LanguageServer.Protocol;
using DispatchParser.Syntax;
using DispatchParser.Text;

namespace DispatchParser.LanguageServer.Features;

/// <summary>
/// Highlighting of the parts: headline, lead-ins, byline, dateline (a place dateline too), agency tag, sign-off or
/// credit (its reporter apart), a signed sign-off (its reporter and place apart), source line, end marker and its time stamp, legal notice, briefs. An agency named by
/// a dateline, byline or source line is highlighted as an agency tag, so every agency mark reads alike.
/// </summary>
internal static class SemanticTokensProvider
{
    public const int Headline = 0;
    public const int Dateline = 1;
    public const int AgencyTag = 2;
    public const int Notice = 3;
    public const int Marker = 4;
    public const int Brief = 5;
    public const int Byline = 6;
    public const int Source = 7;
    public const int LeadIn = 8;
    public const int Reporter = 9;

    /// <summary>Modifier bits.</summary>
    public const int SignOff = 1 << 0;
    public const int Continuation = 1 << 1;
    public const int UnknownAgency = 1 << 2;
    public const int Credit = 1 << 3;
    public const int Inline = 1 << 4;
    public const int Stamp = 1 << 5;
    public const int Residue = 1 << 6;
    public const int SourcePrefix = 1 << 7;
    public const int TakeLabel = 1 << 8;
    public const int Signed = 1 << 9;

    /// <summary>Indices above are positions in these lists; new entries go at the end, so a client's old indices keep their meaning.</summary>
    public static SemanticTokensLegend Legend { get; } = new(
        ["headline", "dateline", "agencyTag", "notice", "marker", "brief", "byline", "source", "leadIn", "reporter"],
        ["signOff", "continuation", "unknownAgency", "credit", "inline", "stamp", "residue", "sourcePrefix", "takeLabel", "signed"]);

    public static SemanticTokens Compute(DispatchSyntaxTree tree) =>
        new(SemanticTokenEncoder.Encode(tree.Text, Spans(tree.Root)));

    private static IEnumerable<SemanticSpan> Spans(DocumentSyntax root)
    {
        if (!root.Headline.IsMissing) yield return new(root.Headline.Span, Headline);

        foreach (LeadInSyntax leadIn in root.LeadIns)
            yield return new(leadIn.Span, LeadIn, leadIn.Kind switch
            {
                SyntaxKind.Residue => Residue,
                SyntaxKind.SourcePrefix => SourcePrefix,
                SyntaxKind.TakeLabel => TakeLabel,
                _ => 0,
            });

        if (root.Byline is { } byline)
        {
            if (Present(byline.NameToken) is { } name) yield return new(name, Byline);
            if (Present(byline.DashToken) is { } dash) yield return new(dash, Byline);
            if (Present(byline.PlaceToken) is { } place) yield return new(place, Dateline);
            if (Present(byline.AgencyNameToken) is { } agency) yield return new(agency, AgencyTag, Known(byline.Agency));
        }

        if (root.Dateline is { } dateline)
        {
            // The place and the dash are the dateline; the agency in it, parentheses included, is highlighted as a tag.
            // A place dateline (no agency) is its place and dash alone.
            if (Present(dateline.PlaceToken) is { } place) yield return new(place, Dateline);
            if (dateline.AgencySpan is { } agency)
                yield return new(agency, AgencyTag, Known(dateline.Agency));
            if (Present(dateline.DashToken) is { } dash) yield return new(dash, Dateline);
        }

        if (root.AgencyTag is { IsMissing: false } tag)
        {
            int modifiers = (tag.IsSignOff ? SignOff : 0) | Known(tag.Agency);
            if (tag.IsCredit && Present(tag.ReporterToken) is { } reporter)
            {
                // The reporter apart from the group around it: tokens may not overlap.
                modifiers |= Credit;
                if (reporter.Start > tag.Span.Start) yield return new(TextSpan.FromBounds(tag.Span.Start, reporter.Start), AgencyTag, modifiers);
                yield return new(reporter, Reporter, Credit);
                if (tag.Span.End > reporter.End) yield return new(TextSpan.FromBounds(reporter.End, tag.Span.End), AgencyTag, modifiers);
            }
            else if (Present(tag.SignatureToken) is { } signature)
            {
                // A signed sign-off: its reporter and place apart, then the group; the separators and comma are not marked.
                if (tag.SignatureReporterSpan is { } signedBy) yield return new(signedBy, Reporter, Signed);
                if (tag.SignaturePlaceSpan is { } place) yield return new(place, Dateline, Signed);
                int group = tag.OpenParenToken.IsNone ? signature.End : tag.OpenParenToken.Span.Start;
                yield return new(TextSpan.FromBounds(group, tag.Span.End), AgencyTag, modifiers | Signed);
            }
            else
            {
                yield return new(tag.Span, AgencyTag, modifiers);
            }
        }

        if (root.Source is { } source)
        {
            if (Present(source.MarkerToken) is { } marker) yield return new(marker, Source);
            if (Present(source.NameToken) is { } name)
                yield return source.Agency is null ? new(name, Source) : new(name, AgencyTag);
            if (Present(source.FullStopToken) is { } fullStop) yield return new(fullStop, Source);
        }

        if (root.EndMarker is { } endMarker && Present(endMarker.MarkerToken) is { } markerSpan)
        {
            int modifiers = (endMarker.IsContinuation ? Continuation : 0) | (endMarker.IsInline ? Inline : 0);
            TextSpan? stamp = endMarker.StampSpan;
            if (stamp is { } inside && markerSpan.Contains(inside))
            {
                // A time on the marker's own line is inside the marker token: the marker up to it, then the stamp.
                yield return new(TextSpan.FromBounds(markerSpan.Start, inside.Start), Marker, modifiers);
                yield return new(inside, Marker, modifiers | Stamp);
            }
            else
            {
                yield return new(markerSpan, Marker, modifiers);
                if (stamp is { } line) yield return new(line, Marker, modifiers | Stamp);
            }
        }

        if (!root.Notice.IsMissing) yield return new(root.Notice.Span, Notice);

        foreach (BriefSyntax brief in root.Briefs) yield return new(brief.Span, Brief);
    }

    private static int Known(Dialects.Agency? agency) => agency is null ? UnknownAgency : 0;

    /// <summary>The token's span when the token is there and not missing; null otherwise.</summary>
    private static TextSpan? Present(SyntaxToken token) => token.IsNone || token.IsMissing ? null : token.Span;
}
