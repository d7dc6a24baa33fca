using DispatchParser.Syntax;
using DispatchParser.Syntax.InternalSyntax;
using static DispatchParser.Parsing.CharacterClasses;

namespace DispatchParser.Parsing;

/// <summary>Nodes built from within one line: paragraphs, tags, datelines.</summary>
internal sealed partial class Parser
{
    /// <summary>
    /// The paragraph on the rest of the current line (after a dateline, if any). With <paramref name="extractTag"/>
    /// the line's final parenthesised group becomes the agency tag.
    /// </summary>
    private GreenNode ParagraphRest(LineInfo line, bool extractTag, out GreenSyntaxNode? tag)
    {
        tag = null;
        int start = SkipWhitespace(_text.AsSpan(0, line.End), Math.Max(_cursor, line.TextStart));
        int end = TrimEnd(_text, start, line.End);
        if (extractTag && _classifier.FindTrailingTag(_text, start, end, out int openParen))
        {
            int textEnd = TrimEnd(_text, start, openParen);
            GreenToken text = Token(SyntaxKind.TextToken, line, start, textEnd);
            tag = ParseTag(SyntaxKind.AgencyTag, line, openParen);
            return GreenFactory.Line(SyntaxKind.Paragraph, text);
        }
        return LineNode(SyntaxKind.Paragraph, SyntaxKind.TextToken, line, start, end);
    }

    /// <summary>
    /// An agency tag from <paramref name="from"/> to the line's trimmed end: <c>(NAME)</c>, or a bare sign-off
    /// word such as <c>Reuter</c>. Slots: open parenthesis, name, close parenthesis.
    /// </summary>
    private GreenSyntaxNode ParseTag(SyntaxKind kind, LineInfo line, int from)
    {
        int start = SkipWhitespace(_text.AsSpan(0, line.End), from);
        int end = TrimEnd(_text, start, line.End);
        if (_text[start] == '(' && _text[end - 1] == ')')
        {
            GreenToken open = Token(SyntaxKind.OpenParenToken, line, start, start + 1);
            GreenToken name = Token(SyntaxKind.AgencyNameToken, line, start + 1, end - 1);
            GreenToken close = Token(SyntaxKind.CloseParenToken, line, end - 1, end);
            return GreenFactory.AgencyTag(kind, open, name, close);
        }
        return GreenFactory.AgencyTag(kind, null, Token(SyntaxKind.AgencyNameToken, line, start, end), null);
    }

    /// <summary>
    /// A dateline at the start of the line (its slots: <see cref="DatelineSlots"/>); absent parts are null.
    /// </summary>
    private GreenSyntaxNode ParseDateline(LineInfo line)
    {
        int start = SkipWhitespace(_text.AsSpan(0, line.End), line.TextStart);
        int end = TrimEnd(_text, start, line.End);
        DatelineShape shape = _classifier.MatchDateline(_text, start, end);
        GreenToken? place = shape.PlaceEnd > shape.PlaceStart ? Token(SyntaxKind.PlaceToken, line, shape.PlaceStart, shape.PlaceEnd) : null;
        GreenToken? dashBefore = null, open = null, close = null, dashAfter = null;
        GreenToken name;
        switch (shape.Form)
        {
            case DatelineForm.Parenthesized:
                open = Token(SyntaxKind.OpenParenToken, line, shape.AgencyStart - 1, shape.AgencyStart);
                name = Token(SyntaxKind.AgencyNameToken, line, shape.AgencyStart, shape.AgencyEnd);
                close = Token(SyntaxKind.CloseParenToken, line, shape.AgencyEnd, shape.AgencyEnd + 1);
                dashAfter = Token(SyntaxKind.DashToken, line, shape.Dash, shape.Dash + shape.DashLength);
                break;
            case DatelineForm.AgencyFirst:
                name = Token(SyntaxKind.AgencyNameToken, line, shape.AgencyStart, shape.AgencyEnd);
                dashAfter = Token(SyntaxKind.DashToken, line, shape.Dash, shape.Dash + shape.DashLength);
                break;
            case DatelineForm.PlaceDashAgency:
                dashBefore = Token(SyntaxKind.DashToken, line, shape.Dash, shape.Dash + shape.DashLength);
                name = Token(SyntaxKind.AgencyNameToken, line, shape.AgencyStart, shape.AgencyEnd);
                break;
            default:
                name = Token(SyntaxKind.AgencyNameToken, line, shape.AgencyStart, shape.AgencyEnd);
                break;
        }
        return GreenFactory.Dateline(place, dashBefore, open, name, close, dashAfter);
    }

    /// <summary>
    /// A place dateline, which names no agency (grammar/README.md 2.3): the place words and their dash, or a bracketed
    /// lead-in, of a place paragraph or place line. A dashless place line given its <paramref name="next"/> line takes
    /// the dash that opens it, when text follows the dash there or a paragraph line follows that line.
    /// </summary>
    private GreenSyntaxNode ParsePlaceDateline(LineInfo line, LineInfo? next)
    {
        int start = SkipWhitespace(_text.AsSpan(0, line.End), line.TextStart);
        int end = TrimEnd(_text, start, line.End);
        PlaceShape shape = LineClassifier.MatchPlace(_text, start, end);
        GreenToken place = Token(SyntaxKind.PlaceToken, line, shape.PlaceStart, shape.PlaceEnd);
        GreenToken? dash = shape.Dash >= 0 ? Token(SyntaxKind.DashToken, line, shape.Dash, shape.Dash + shape.DashLength) : null;
        if (dash is null && next is { } following && OpeningDash(following) is (int dashStart, int dashEnd, bool storyFollows)
            && (storyFollows || (PeekContentAfter(following, out LineInfo after) && after.Class.IsParagraphLine())))
        {
            SkipBlankLines();
            dash = Token(SyntaxKind.DashToken, following, dashStart, dashEnd);
        }
        return GreenFactory.PlaceDateline(place, dash);
    }

    /// <summary>
    /// The dash that opens a line when whitespace or the end of the line follows it (<c>- Text</c>, <c>-</c>):
    /// its bounds, and whether text follows it on the line.
    /// </summary>
    private (int Start, int End, bool StoryFollows)? OpeningDash(LineInfo line)
    {
        int start = SkipWhitespace(_text.AsSpan(0, line.End), line.TextStart);
        if (start >= line.End || !IsDash(_text[start])) return null;
        int end = start + (_text[start] == '-' && start + 1 < line.End && _text[start + 1] == '-' ? 2 : 1);
        int story = SkipWhitespace(_text.AsSpan(0, line.End), end);
        if (story == line.End) return (start, end, false);
        return story > end ? (start, end, true) : null;
    }
}
