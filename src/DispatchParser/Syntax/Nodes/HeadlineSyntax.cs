using DispatchParser.Syntax.InternalSyntax;
using DispatchParser.Text;

namespace DispatchParser.Syntax;

/// <summary>The first line. Missing (a zero-width missing token) when the text opens with something else.</summary>
public sealed class HeadlineSyntax : SyntaxNode
{
    internal HeadlineSyntax(GreenNode green, SyntaxNode? parent, int position) : base(green, parent, position) { }

    public SyntaxToken TextToken => GetTokenSlot(LineSlots.Token);
    /// <summary>The text; in the wrapped layout its physical lines joined with single spaces (<see cref="LogicalLine.Join"/>).</summary>
    public string Text => LogicalLine.Join(TextToken.TextSpanChars);
}

/// <summary>The blank line between headline and body; further blank lines are its trailing trivia.</summary>
public sealed class SeparatorSyntax : SyntaxNode
{
    internal SeparatorSyntax(GreenNode green, SyntaxNode? parent, int position) : base(green, parent, position) { }

    public SyntaxToken BlankLineToken => GetTokenSlot(LineSlots.Token);
}
