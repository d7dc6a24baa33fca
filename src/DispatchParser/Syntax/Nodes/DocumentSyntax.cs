using DispatchParser.Syntax.InternalSyntax;

namespace DispatchParser.Syntax;

/// <summary>The root: headline, separator, body, end marker, legal notice, briefs, end of file.</summary>
public sealed class DocumentSyntax : SyntaxNode
{
    internal DocumentSyntax(GreenNode green, SyntaxNode? parent, int position, DispatchSyntaxTree? tree = null)
        : base(green, parent, position, tree) { }

    public HeadlineSyntax Headline => GetNode<HeadlineSyntax>(0)!;
    public SeparatorSyntax Separator => GetNode<SeparatorSyntax>(1)!;
    public BodySyntax Body => GetNode<BodySyntax>(2)!;
    public EndMarkerSyntax? EndMarker => GetNode<EndMarkerSyntax>(3);
    public LegalNoticeSyntax Notice => GetNode<LegalNoticeSyntax>(4)!;
    public BriefListSyntax BriefList => GetNode<BriefListSyntax>(5)!;
    public SyntaxToken EndOfFileToken => GetTokenSlot(6);

    public DatelineSyntax? Dateline => Body.Dateline;
    public SyntaxList<ParagraphSyntax> Paragraphs => Body.Paragraphs;

    /// <summary>The agency tag or sign-off ending the body (null when the body names its agency only in a dateline).</summary>
    public AgencyTagSyntax? AgencyTag => Body.AgencyTag;

    public SyntaxList<BriefSyntax> Briefs => BriefList.Briefs;
}
