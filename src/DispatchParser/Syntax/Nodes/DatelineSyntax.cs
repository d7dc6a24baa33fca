using DispatchParser.Dialects;
using DispatchParser.Syntax.InternalSyntax;
using DispatchParser.Text;

namespace DispatchParser.Syntax;

/// <summary>
/// A dateline opening the body: <c>ANKARA (AA) -</c>, <c>ANKA -</c>, <c>عين اليوم – واس</c>,
/// <c>الرياض 25 شوال 1436 هـ م واس</c>. Absent parts are <c>default</c> tokens.
/// </summary>
public sealed class DatelineSyntax : SyntaxNode
{
    internal DatelineSyntax(GreenNode green, SyntaxNode? parent, int position) : base(green, parent, position) { }

    public SyntaxToken PlaceToken => GetTokenSlot(DatelineSlots.Place);
    public SyntaxToken OpenParenToken => GetTokenSlot(DatelineSlots.OpenParen);
    public SyntaxToken AgencyNameToken => GetTokenSlot(DatelineSlots.AgencyName);
    public SyntaxToken CloseParenToken => GetTokenSlot(DatelineSlots.CloseParen);

    /// <summary>The dash, before the agency (<c>place – agency</c>) or after it (<c>place (agency) -</c>).</summary>
    public SyntaxToken DashToken => Green.GetSlot(DatelineSlots.DashBeforeAgency) is not null
        ? GetTokenSlot(DatelineSlots.DashBeforeAgency)
        : GetTokenSlot(DatelineSlots.DashAfterAgency);

    /// <summary>
    /// True when the dateline stands on its own line rather than opening the first paragraph: a line break follows its
    /// last token, or nothing does — a dateline <see cref="SyntaxFactory.Dateline"/> or <see cref="SyntaxFactory.PlaceDateline"/>
    /// built to stand alone (its line break comes with <see cref="SyntaxFactory.Document"/>; an inline one has the space
    /// before its paragraph after it).
    /// </summary>
    public bool IsOwnLine
    {
        get
        {
            if (GetLastToken().Green?.TrailingTrivia is { } trailing)
                return GreenTriviaList.Enumerate(trailing).Any(trivia => trivia.Kind == SyntaxKind.LineBreakTrivia);
            SyntaxNode root = this;
            while (root.Parent is { } parent) root = parent;
            return FullSpan.End == root.FullSpan.End;
        }
    }

    public string AgencyName => AgencyNameToken.Text;

    /// <summary>
    /// Where the dateline names its agency, parentheses included: <c>(AA)</c> of <c>ANKARA (AA) -</c>, <c>واس</c> of
    /// <c>عين اليوم – واس</c>; null for a place dateline. It is the span the grammar's lowering reports as the dateline's
    /// agency and the one an editor highlights as a tag, so the front ends take it from here.
    /// </summary>
    public TextSpan? AgencySpan
    {
        get
        {
            SyntaxToken name = AgencyNameToken;
            if (name.IsNone || name.IsMissing) return null;
            int start = OpenParenToken.IsNone ? name.Span.Start : OpenParenToken.Span.Start;
            int end = CloseParenToken.IsNone ? name.Span.End : CloseParenToken.Span.End;
            return TextSpan.FromBounds(start, end);
        }
    }

    public Agency? Agency => AgencyRegistry.Default.FindByAlias(AgencyNameToken.TextSpanChars);
}
