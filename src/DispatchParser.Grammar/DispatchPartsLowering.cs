using Antlr4.Runtime;
using DispatchParser.Grammar.Generated;
using DispatchParser.Text;
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
        // The lines are analysed on the text the grammar read (the folded text in the wrapped layout, same offsets); the
        // parts' texts are read from the parsed text, each fold joined to one space (grammar/README.md 1.1).
        var text = result.Input;
        var original = result.Text;
        var lines = result.Tokens.Where(IsContentLine).ToList();
        var index = 0;

        TextPart? headline = null;
        if (index < lines.Count && lines[index].Type is DispatchLexer.TEXT_LINE or DispatchLexer.TAGGED_LINE or DispatchLexer.STAMP_LINE)
        {
            headline = TrimmedLine(text, original, lines[index++]);
        }

        var bodyStart = index;
        while (index < lines.Count && lines[index].Type is not (DispatchLexer.END_MARKER_LINE or DispatchLexer.NOTICE_LINE))
        {
            // A line that ends with an end marker is the body's last.
            if (lines[index++].Type is DispatchLexer.MARKED_LINE or DispatchLexer.TAGGED_MARKED_LINE or DispatchLexer.DATELINE_MARKED_LINE)
            {
                break;
            }
        }

        var body = new BodyLowering(text, original, lines.GetRange(bodyStart, index - bodyStart));

        TextPart? endMarker = body.EndMarker;
        TextPart? endMarkerStamp = body.EndMarkerStamp;
        if (endMarker is null && index < lines.Count && lines[index].Type == DispatchLexer.END_MARKER_LINE)
        {
            endMarker = TrimmedLine(text, original, lines[index++]);
        }

        if (endMarker is not null && endMarkerStamp is null && index < lines.Count && lines[index].Type == DispatchLexer.STAMP_LINE)
        {
            endMarkerStamp = TrimmedLine(text, original, lines[index++]);
        }

        // Well-formed input has the notice next; malformed input may have stray lines first.
        while (index < lines.Count && lines[index].Type != DispatchLexer.NOTICE_LINE)
        {
            index++;
        }

        TextPart? notice = null;
        if (index < lines.Count)
        {
            notice = TrimmedLine(text, original, lines[index++]);
        }

        var briefs = lines.Skip(index)
            .Where(line => line.Type is not (DispatchLexer.NOTICE_LINE or DispatchLexer.END_MARKER_LINE))
            .Select(line => TrimmedLine(text, original, line))
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

    /// <summary>The part at <paramref name="span"/>, its text read with <see cref="Read"/>.</summary>
    internal static TextPart Part(string original, PartSpan span) => new(span, Read(original, span));

    /// <summary>
    /// The text of <paramref name="span"/> as read: the slice of the parsed text <paramref name="original"/> with every line
    /// break in it — and the whitespace around it — joined to one space, as <c>ParagraphSyntax.Text</c> and the exports read
    /// it (grammar/README.md 1.1). In the wrapped layout those are the folds; in the canonical layout only a split place
    /// dateline spans a line break (<c>İSTANBUL</c> / <c>-</c> reads <c>İSTANBUL -</c>, as the exporters wrote it while
    /// the lowering kept the line break). The folded text the grammar parsed gives the same spans, so only the original is read.
    /// </summary>
    internal static string Read(string original, PartSpan span) => LogicalLine.Join(original.AsSpan(span.Start, span.Length));

    private static TextPart TrimmedLine(string text, string original, IToken line) =>
        Part(original, Trim(text, line.StartIndex, line.StopIndex + 1));
}
