using System.Buffers;
using DispatchParser.Diagnostics;
using DispatchParser.Text;

namespace DispatchParser.Analysis;

/// <summary>
/// DSP0202: a bidirectional embedding, override or isolate control (U+202A–U+202E, U+2066–U+2069) — the
/// "Trojan Source" characters that make text display in an order other than the one it is read in.
/// Arabic dispatches legitimately mix directions without them (the marks U+200E, U+200F and U+061C are
/// not reported). The whole source text is scanned, not the tree: a control hidden in trivia, skipped
/// text, the headline or the notice counts as much as one in a paragraph. One diagnostic per character.
/// </summary>
internal sealed class BidiControlAnalyzer : IDispatchAnalyzer
{
    /// <summary>Vectorized set: on clean text the scan is one IndexOfAny pass and allocates nothing.</summary>
    private static readonly SearchValues<char> s_controls =
        SearchValues.Create("\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");

    public DiagnosticDescriptor Descriptor => DiagnosticCodes.BidiControl;

    public void Analyze(AnalysisContext context)
    {
        ReadOnlySpan<char> text = context.Text.AsSpan();
        int offset = 0;
        while (true)
        {
            int found = text[offset..].IndexOfAny(s_controls);
            if (found < 0) return;
            int position = offset + found;
            context.Report(Descriptor, new TextSpan(position, 1), (int)text[position]);
            offset = position + 1;
        }
    }
}
