using DispatchParser.Text;

namespace DispatchParser.LanguageServer.Features;

/// <summary>A highlighted span: an index into the legend's token types and a modifier bit set.</summary>
internal readonly record struct SemanticSpan(TextSpan Span, int Type, int Modifiers = 0);

/// <summary>
/// LSP's relative encoding: five integers per token — line delta, start delta (from the previous token's
/// start when on the same line, else from the line start), length, type, modifiers. Tokens may not span
/// lines (clients without multilineTokenSupport reject them), so a span over several physical lines (a brief,
/// a lead-in or a credit of the wrapped layout) becomes one token per line, on that line's text: the line
/// breaks, a wrapped line's trailing whitespace and the next line's indentation are in none
/// (<see cref="LogicalLine.Lines"/>). Spans must not overlap; they are sorted here.
/// </summary>
internal static class SemanticTokenEncoder
{
    public static int[] Encode(SourceText text, IEnumerable<SemanticSpan> spans)
    {
        var data = new List<int>();
        int previousLine = 0, previousStart = 0;
        foreach (SemanticSpan token in spans.OrderBy(token => token.Span.Start))
        {
            if (token.Span.IsEmpty) continue;
            ReadOnlySpan<char> chars = text.AsSpan().Slice(token.Span.Start, token.Span.Length);
            if (chars.IndexOfAny('\r', '\n') < 0)
            {
                Add(new TextSpan(token.Span.Start, token.Span.Length));
                continue;
            }
            foreach (TextSpan piece in LogicalLine.Lines(chars))
                Add(new TextSpan(token.Span.Start + piece.Start, piece.Length));

            void Add(TextSpan span)
            {
                if (span.IsEmpty) return;
                int lineNumber = text.GetLineNumber(span.Start);
                int character = span.Start - text.GetLine(lineNumber).Start;
                data.Add(lineNumber - previousLine);
                data.Add(lineNumber == previousLine ? character - previousStart : character);
                data.Add(span.Length);
                data.Add(token.Type);
                data.Add(token.Modifiers);
                previousLine = lineNumber;
                previousStart = character;
            }
        }
        return [.. data];
    }
}
