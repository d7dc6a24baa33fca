using DispatchParser.Text;

namespace DispatchParser.LanguageServer.Features;

/// <summary>A highlighted span: an index into the legend's token types and a modifier bit set.</summary>
internal readonly record struct SemanticSpan(TextSpan Span, int Type, int Modifiers = 0);

/// <summary>
/// LSP's relative encoding: five integers per token — line delta, start delta (from the previous token's
/// start when on the same line, else from the line start), length, type, modifiers. Tokens may not span
/// lines (clients without multilineTokenSupport reject them), so a span is cut at each line break and the
/// break itself is never part of a token. Spans must not overlap; they are sorted here.
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
            int firstLine = text.GetLineNumber(token.Span.Start);
            int lastLine = text.GetLineNumber(token.Span.End);
            for (int lineNumber = firstLine; lineNumber <= lastLine; lineNumber++)
            {
                TextLine line = text.GetLine(lineNumber);
                int start = Math.Max(token.Span.Start, line.Start);
                int end = Math.Min(token.Span.End, line.End);
                if (end <= start) continue;
                int character = start - line.Start;
                data.Add(lineNumber - previousLine);
                data.Add(lineNumber == previousLine ? character - previousStart : character);
                data.Add(end - start);
                data.Add(token.Type);
                data.Add(token.Modifiers);
                previousLine = lineNumber;
                previousStart = character;
            }
        }
        return [.. data];
    }
}
