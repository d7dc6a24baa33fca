using DispatchParser.Diagnostics;
using DispatchParser.Text;

namespace DispatchParser.Analysis;

/// <summary>
/// DSP0207: a UTF-16 surrogate that is not half of a pair — not a character. The tree keeps it (it is
/// lossless for any string), but nothing that writes UTF-8 can: the JSON and ninjs exports, <c>jsonl</c>'s
/// records and the language server's JSON write U+FFFD in its place. Files read by the CLI cannot hold one
/// (invalid UTF-8 is DSP0301); a string can — a <c>\ud800</c> escape in a JSON Lines record, an editor's
/// buffer. Reporting it keeps that replacement from being silent. The whole source text is scanned, in one
/// vectorized pass over clean text.
/// </summary>
internal sealed class LoneSurrogateAnalyzer : IDispatchAnalyzer
{
    public DiagnosticDescriptor Descriptor => DiagnosticCodes.LoneSurrogate;

    public void Analyze(AnalysisContext context)
    {
        ReadOnlySpan<char> text = context.Text.AsSpan();
        int offset = 0;
        while (true)
        {
            int found = text[offset..].IndexOfAnyInRange('\uD800', '\uDFFF');
            if (found < 0) return;
            int position = offset + found;
            if (char.IsHighSurrogate(text[position]) && position + 1 < text.Length && char.IsLowSurrogate(text[position + 1]))
            {
                offset = position + 2; // a pair: one character
                continue;
            }
            context.Report(Descriptor, new TextSpan(position, 1), (int)text[position]);
            offset = position + 1;
        }
    }
}
