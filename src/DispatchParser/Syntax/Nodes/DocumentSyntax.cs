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

    /// <summary>
    /// The document's layout (grammar/README.md, section 1.1): wrapped when a paragraph, the headline or a brief runs over
    /// several physical lines; the parser then reports DSP0108 at the first fold.
    /// </summary>
    public DocumentLayout Layout => Array.Exists(Green.GetOwnDiagnostics(), d => d.Descriptor == Diagnostics.DiagnosticCodes.WrappedLayout)
        ? DocumentLayout.Wrapped
        : DocumentLayout.Canonical;
}

/// <summary>How a dispatch lays its paragraphs out in lines.</summary>
public enum DocumentLayout
{
    /// <summary>One paragraph per line.</summary>
    Canonical,

    /// <summary>Paragraphs broken across physical lines: extraction fragments, hard wraps, mid-sentence breaks.</summary>
    Wrapped,
}
