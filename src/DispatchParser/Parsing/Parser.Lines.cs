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
}
