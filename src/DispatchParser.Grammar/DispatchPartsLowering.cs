using Antlr4.Runtime;
using DispatchParser.Grammar.Generated;
using static DispatchParser.Grammar.DispatchLexicon;

namespace DispatchParser.Grammar;

/// <summary>
/// Lowers a parse of the generated parser into <see cref="DispatchParts"/> with the spans of
/// grammar/README.md section 4. The parts follow from the token classes of the lines (section
/// 2.3), not from the body alternative the parser happened to choose. Exact for well-formed
/// input; never throws on malformed input and returns what it can recognise.
/// </summary>
public static class DispatchPartsLowering
{
    public static DispatchParts Lower(GrammarParseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        // The text the grammar read (the folded text in the wrapped layout): its parts' texts read folds as spaces.
        var text = result.Input;
        var lines = result.Tokens.Where(IsContentLine).ToList();
        var index = 0;

        TextPart? headline = null;
        if (index < lines.Count && lines[index].Type is DispatchLexer.TEXT_LINE or DispatchLexer.TAGGED_LINE or DispatchLexer.STAMP_LINE)
        {
            headline = TrimmedLine(text, lines[index++]);
        }

        var bodyStart = index;
        while (index < lines.Count && lines[index].Type is not (DispatchLexer.END_MARKER_LINE or DispatchLexer.NOTICE_LINE))
        {
            // A line that ends with an end marker is the body's last.
            if (lines[index++].Type is DispatchLexer.MARKED_LINE or DispatchLexer.TAGGED_MARKED_LINE)
            {
                break;
            }
        }

        var body = new BodyLowering(text, lines.GetRange(bodyStart, index - bodyStart));

        TextPart? endMarker = body.EndMarker;
        TextPart? endMarkerStamp = body.EndMarkerStamp;
        if (endMarker is null && index < lines.Count && lines[index].Type == DispatchLexer.END_MARKER_LINE)
        {
            endMarker = TrimmedLine(text, lines[index++]);
        }

        if (endMarker is not null && endMarkerStamp is null && index < lines.Count && lines[index].Type == DispatchLexer.STAMP_LINE)
        {
            endMarkerStamp = TrimmedLine(text, lines[index++]);
        }

        // Well-formed input has the notice next; malformed input may have stray lines first.
        while (index < lines.Count && lines[index].Type != DispatchLexer.NOTICE_LINE)
        {
            index++;
        }

        TextPart? notice = null;
        if (index < lines.Count)
        {
            notice = TrimmedLine(text, lines[index++]);
        }

        var briefs = lines.Skip(index)
            .Where(line => line.Type is not (DispatchLexer.NOTICE_LINE or DispatchLexer.END_MARKER_LINE))
            .Select(line => TrimmedLine(text, line))
            .ToList();

        return new DispatchParts(headline, body.LeadIns, body.Dateline, body.Paragraphs, body.AgencyTag, endMarker, endMarkerStamp, notice, briefs)
        {
            Byline = body.Byline,
            Lead = body.Lead,
            Source = body.Source,
        };
    }

    private static bool IsContentLine(IToken token) =>
        token.Type is not (DispatchLexer.BOM or DispatchLexer.NL or DispatchLexer.WS_LINE or TokenConstants.EOF)
        && token.StartIndex >= 0 && token.StopIndex >= token.StartIndex;

    internal static TextPart Part(string text, PartSpan span) => new(span, span.GetText(text));

    private static TextPart TrimmedLine(string text, IToken line) =>
        Part(text, Trim(text, line.StartIndex, line.StopIndex + 1));
}
