using DispatchParser.LanguageServer.Protocol;
using DispatchParser.Syntax;

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
            int agencyModifiers = dateline.Agency is null ? UnknownAgency : 0;
            foreach (SyntaxToken token in dateline.ChildTokens())
            {
                if (token.IsMissing) continue;
                bool isAgency = token.Kind is SyntaxKind.AgencyNameToken or SyntaxKind.OpenParenToken or SyntaxKind.CloseParenToken;
                yield return isAgency ? new(token.Span, AgencyTag, agencyModifiers) : new(token.Span, Dateline);
            }
        }

        if (root.AgencyTag is { IsMissing: false } tag)
            yield return new(tag.Span, AgencyTag, (tag.IsSignOff ? SignOff : 0) | (tag.Agency is null ? UnknownAgency : 0));

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
