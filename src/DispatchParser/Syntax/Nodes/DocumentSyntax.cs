using DispatchParser.Syntax.InternalSyntax;

namespace DispatchParser.Syntax;

/// <summary>The root: headline, separator, body, end marker, legal notice, briefs, end of file.</summary>
public sealed class DocumentSyntax : SyntaxNode
{
    internal DocumentSyntax(GreenNode green, SyntaxNode? parent, int position, DispatchSyntaxTree? tree = null)
        : base(green, parent, position, tree) { }

    public HeadlineSyntax Headline => GetNode<HeadlineSyntax>(DocumentSlots.Headline)!;
    public SeparatorSyntax Separator => GetNode<SeparatorSyntax>(DocumentSlots.Separator)!;
    public BodySyntax Body => GetNode<BodySyntax>(DocumentSlots.Body)!;
    public EndMarkerSyntax? EndMarker => GetNode<EndMarkerSyntax>(DocumentSlots.EndMarker);
    public LegalNoticeSyntax Notice => GetNode<LegalNoticeSyntax>(DocumentSlots.Notice)!;
    public BriefListSyntax BriefList => GetNode<BriefListSyntax>(DocumentSlots.BriefList)!;
    public SyntaxToken EndOfFileToken => GetTokenSlot(DocumentSlots.EndOfFile);

    public SyntaxList<LeadInSyntax> LeadIns => Body.LeadIns;
    public DatelineSyntax? Dateline => Body.Dateline;
    public BylineSyntax? Byline => Body.Byline;
    public SourceLineSyntax? Source => Body.Source;
    public SyntaxList<ParagraphSyntax> Paragraphs => Body.Paragraphs;

    /// <summary>The agency tag or sign-off ending the body (null when the body names its agency only in a dateline).</summary>
    public AgencyTagSyntax? AgencyTag => Body.AgencyTag;

    public SyntaxList<BriefSyntax> Briefs => BriefList.Briefs;
}
