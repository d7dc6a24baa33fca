using DispatchParser.LanguageServer.Protocol;
using DispatchParser.Syntax;
using DispatchParser.Text;

namespace DispatchParser.LanguageServer.Features;

/// <summary>Highlighting of the parts: headline, dateline, agency tag, legal notice, end markers, briefs.</summary>
internal static class SemanticTokensProvider
{
    public const int Headline = 0;
    public const int Dateline = 1;
    public const int AgencyTag = 2;
    public const int Notice = 3;
    public const int Marker = 4;
    public const int Brief = 5;

    /// <summary>Modifier bits.</summary>
    public const int SignOff = 1 << 0;
    public const int Continuation = 1 << 1;
    public const int UnknownAgency = 1 << 2;

    /// <summary>Indices above are positions in these lists.</summary>
    public static SemanticTokensLegend Legend { get; } = new(
        ["headline", "dateline", "agencyTag", "notice", "marker", "brief"],
        ["signOff", "continuation", "unknownAgency"]);

    public static SemanticTokens Compute(DispatchSyntaxTree tree) =>
        new(SemanticTokenEncoder.Encode(tree.Text, Spans(tree.Root)));

    private static IEnumerable<SemanticSpan> Spans(DocumentSyntax root)
    {
        if (!root.Headline.IsMissing) yield return new(root.Headline.Span, Headline);

        if (root.Dateline is { } dateline)
        {
            // The place and the dash are the dateline; the agency in it, parentheses included, is highlighted as a tag.
            if (dateline.PlaceToken is { IsNone: false, IsMissing: false } place) yield return new(place.Span, Dateline);
            if (dateline.AgencyNameToken is { IsNone: false, IsMissing: false } name)
            {
                int start = dateline.OpenParenToken.IsNone ? name.Span.Start : dateline.OpenParenToken.Span.Start;
                int end = dateline.CloseParenToken.IsNone ? name.Span.End : dateline.CloseParenToken.Span.End;
                yield return new(TextSpan.FromBounds(start, end), AgencyTag, AgencyLookup.Find(name.Text) is null ? UnknownAgency : 0);
            }
            if (dateline.DashToken is { IsNone: false, IsMissing: false } dash) yield return new(dash.Span, Dateline);
        }

        if (root.AgencyTag is { IsMissing: false } tag)
            yield return new(tag.Span, AgencyTag, (tag.IsSignOff ? SignOff : 0) | (AgencyLookup.Find(tag.Name) is null ? UnknownAgency : 0));

        if (root.EndMarker is { } marker)
        {
            int modifiers = marker.IsContinuation ? Continuation : 0;
            yield return new(marker.MarkerToken.Span, Marker, modifiers);
            if (!marker.StampToken.IsNone) yield return new(marker.StampToken.Span, Marker, modifiers);
        }

        if (!root.Notice.IsMissing) yield return new(root.Notice.Span, Notice);

        foreach (BriefSyntax brief in root.Briefs) yield return new(brief.Span, Brief);
    }
}
