namespace DispatchParser.Syntax;

/// <summary>
/// Visits a tree depth-first in text order. Override the typed <c>Visit…</c> methods to see parts, and
/// <see cref="VisitToken"/> / <see cref="VisitTrivia"/> (with <see cref="VisitsTrivia"/>) for the rest.
/// </summary>
public abstract class SyntaxWalker
{
    protected SyntaxWalker(bool visitsTrivia = false) => VisitsTrivia = visitsTrivia;

    protected bool VisitsTrivia { get; }

    public virtual void Visit(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        switch (node)
        {
            case DocumentSyntax document: VisitDocument(document); break;
            case HeadlineSyntax headline: VisitHeadline(headline); break;
            case SeparatorSyntax separator: VisitSeparator(separator); break;
            case BodySyntax body: VisitBody(body); break;
            case DatelineSyntax dateline: VisitDateline(dateline); break;
            case ParagraphSyntax paragraph: VisitParagraph(paragraph); break;
            case AgencyTagSyntax tag: VisitAgencyTag(tag); break;
            case EndMarkerSyntax endMarker: VisitEndMarker(endMarker); break;
            case LegalNoticeSyntax notice: VisitLegalNotice(notice); break;
            case BriefListSyntax briefs: VisitBriefList(briefs); break;
            case BriefSyntax brief: VisitBrief(brief); break;
            default: DefaultVisit(node); break;
        }
    }

    public virtual void DefaultVisit(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        foreach (SyntaxNodeOrToken child in node.ChildNodesAndTokens())
        {
            if (child.AsNode is { } inner) Visit(inner);
            else VisitToken(child.AsToken);
        }
    }

    public virtual void VisitDocument(DocumentSyntax node) => DefaultVisit(node);
    public virtual void VisitHeadline(HeadlineSyntax node) => DefaultVisit(node);
    public virtual void VisitSeparator(SeparatorSyntax node) => DefaultVisit(node);
    public virtual void VisitBody(BodySyntax node) => DefaultVisit(node);
    public virtual void VisitDateline(DatelineSyntax node) => DefaultVisit(node);
    public virtual void VisitParagraph(ParagraphSyntax node) => DefaultVisit(node);
    public virtual void VisitAgencyTag(AgencyTagSyntax node) => DefaultVisit(node);
    public virtual void VisitEndMarker(EndMarkerSyntax node) => DefaultVisit(node);
    public virtual void VisitLegalNotice(LegalNoticeSyntax node) => DefaultVisit(node);
    public virtual void VisitBriefList(BriefListSyntax node) => DefaultVisit(node);
    public virtual void VisitBrief(BriefSyntax node) => DefaultVisit(node);

    public virtual void VisitToken(SyntaxToken token)
    {
        if (!VisitsTrivia) return;
        foreach (SyntaxTrivia trivia in token.LeadingTrivia) VisitTrivia(trivia);
        foreach (SyntaxTrivia trivia in token.TrailingTrivia) VisitTrivia(trivia);
    }

    public virtual void VisitTrivia(SyntaxTrivia trivia) { }
}
