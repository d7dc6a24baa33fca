using DispatchParser.Syntax.InternalSyntax;

namespace DispatchParser.Syntax;

/// <summary>The body: an optional dateline, paragraphs (one per line), and the agency tag or sign-off.</summary>
public sealed class BodySyntax : SyntaxNode
{
    internal BodySyntax(GreenNode green, SyntaxNode? parent, int position) : base(green, parent, position) { }

    public DatelineSyntax? Dateline => GetNode<DatelineSyntax>(BodySlots.Dateline);
    public SyntaxList<ParagraphSyntax> Paragraphs => GetList<ParagraphSyntax>(BodySlots.Paragraphs);
    public AgencyTagSyntax? AgencyTag => GetNode<AgencyTagSyntax>(BodySlots.AgencyTag);
}

/// <summary>One body paragraph: one line of text (without the agency tag or an inline dateline).</summary>
public sealed class ParagraphSyntax : SyntaxNode
{
    internal ParagraphSyntax(GreenNode green, SyntaxNode? parent, int position) : base(green, parent, position) { }

    public SyntaxToken TextToken => GetTokenSlot(LineSlots.Token);
    public string Text => TextToken.Text;
}
