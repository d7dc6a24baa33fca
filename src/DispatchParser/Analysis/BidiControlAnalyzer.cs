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
    public DiagnosticDescriptor Descriptor => DiagnosticCodes.BidiControl;

    public void Analyze(AnalysisContext context)
    {
        ReadOnlySpan<char> text = context.Text.AsSpan();
        int offset = 0;
        while (true)
        {
            // Every control lies in U+202A–U+2069: one vectorized range search, which Latin and Arabic text never
            // stops (a SearchValues of the nine controls was a probabilistic map that Arabic letters kept testing:
            // 3.0 % of the instructions of `check` over 10,000 files, callgrind, against 1.3 %); the few characters of the range
            // that are no controls (U+202F–U+2065: narrow no-break space, per mille sign, word joiner, …) are passed over.
            int found = text[offset..].IndexOfAnyInRange('\u202A', '\u2069');
            if (found < 0) return;
            int position = offset + found;
            if (IsControl(text[position])) context.Report(Descriptor, new TextSpan(position, 1), (int)text[position]);
            offset = position + 1;
        }
    }

    /// <summary>An embedding or override (U+202A–U+202E) or an isolate (U+2066–U+2069).</summary>
    private static bool IsControl(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
