using DispatchParser.Syntax.InternalSyntax;

namespace DispatchParser.Syntax;

/// <summary>The body: an optional dateline, paragraphs (one per line), and the agency tag or sign-off.</summary>
public sealed class BodySyntax : SyntaxNode
{
    internal BodySyntax(GreenNode green, SyntaxNode? parent, int position) : base(green, parent, position) { }

    public DatelineSyntax? Dateline => GetNode<DatelineSyntax>(0);
    public SyntaxList<ParagraphSyntax> Paragraphs => GetList<ParagraphSyntax>(1);
    public AgencyTagSyntax? AgencyTag => GetNode<AgencyTagSyntax>(2);
}

/// <summary>One body paragraph: one line of text (without the agency tag or an inline dateline).</summary>
public sealed class ParagraphSyntax : SyntaxNode
{
    internal ParagraphSyntax(GreenNode green, SyntaxNode? parent, int position) : base(green, parent, position) { }

    public SyntaxToken TextToken => GetTokenSlot(0);
    public string Text => TextToken.Text;
}
