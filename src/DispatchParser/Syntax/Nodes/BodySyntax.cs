using DispatchParser.Syntax.InternalSyntax;

namespace DispatchParser.Syntax;

/// <summary>The body: an optional dateline, paragraphs (one per line), and the agency tag or sign-off.</summary>
public sealed class BodySyntax : SyntaxNode
{
    internal BodySyntax(GreenNode green, SyntaxNode? parent, int position) : base(green, parent, position) { }

    /// <summary>Lead-ins before the first paragraph: scraper residue, a source prefix, take labels (never paragraphs).</summary>
    public SyntaxList<LeadInSyntax> LeadIns => GetList<LeadInSyntax>(BodySlots.LeadIns);
    public DatelineSyntax? Dateline => GetNode<DatelineSyntax>(BodySlots.Dateline);
    public SyntaxList<ParagraphSyntax> Paragraphs => GetList<ParagraphSyntax>(BodySlots.Paragraphs);
    public AgencyTagSyntax? AgencyTag => GetNode<AgencyTagSyntax>(BodySlots.AgencyTag);
}

/// <summary>
/// A lead-in at the top of the body, which is never a paragraph (grammar/README.md 2.3): scraper residue
/// (<see cref="SyntaxKind.Residue"/>: <c>Next Previous</c>), a source prefix (<see cref="SyntaxKind.SourcePrefix"/>:
/// <c>سبق- وكالات:</c>) or a take label (<see cref="SyntaxKind.TakeLabel"/>: <c>إضافة أولى</c>), a line of its own or a
/// prefix of the first paragraph's line.
/// </summary>
public sealed class LeadInSyntax : SyntaxNode
{
    internal LeadInSyntax(GreenNode green, SyntaxNode? parent, int position) : base(green, parent, position) { }

    public SyntaxToken TextToken => GetTokenSlot(LineSlots.Token);
    public string Text => TextToken.Text;
}

/// <summary>One body paragraph: one line of text (without the agency tag or an inline dateline).</summary>
public sealed class ParagraphSyntax : SyntaxNode
{
    internal ParagraphSyntax(GreenNode green, SyntaxNode? parent, int position) : base(green, parent, position) { }

    public SyntaxToken TextToken => GetTokenSlot(LineSlots.Token);
    public string Text => TextToken.Text;
}
