using DispatchParser.Diagnostics;
using DispatchParser.Text;

namespace DispatchParser.Analysis;

/// <summary>
/// DSP0203: a line break (LF, CRLF or CR) of another style than the text's first one, e.g. an LF line
/// pasted into a CRLF file. The first break sets the style, so a consistent file is never reported,
/// whichever style it uses.
/// <para>
/// A file converted badly can have a differing break on every other line, so output is bounded: only the
/// first <see cref="MaxReported"/> differing breaks are reported, and when there are more, the last one
/// reported says how many there are in all. The scan still runs to the end to count them.
/// </para>
/// </summary>
internal sealed class MixedLineEndingsAnalyzer : IDispatchAnalyzer
{
    public const int MaxReported = 100;

    public DiagnosticDescriptor Descriptor => DiagnosticCodes.MixedLineEndings;

    public void Analyze(AnalysisContext context)
    {
        ReadOnlySpan<char> text = context.Text.AsSpan();
        int first = NextBreak(text, 0, out int firstLength);
        if (first < 0) return;
        // The common case in one vectorized pass: after a first LF, only a CR can start a break of another style.
        // (Going from break to break costs a search per line: 3.0 % of the instructions of `check` over 10,000
        // files, callgrind; 0.7 % with this.)
        if (firstLength == 1 && text[first] == '\n' && !text[first..].Contains('\r')) return;
        string firstStyle = Style(text, first, firstLength);

        // Spans of the differing breaks are kept until the total is known; allocated only on the first one.
        List<TextSpan>? differing = null;
        int total = 0;
        int offset = first + firstLength;
        while (true)
        {
            int position = NextBreak(text, offset, out int length);
            if (position < 0) break;
            offset = position + length;
            if (length == firstLength && text[position] == text[first]) continue;
            total++;
            if (total <= MaxReported) (differing ??= []).Add(new TextSpan(position, length));
        }
        if (differing is null) return;

        for (int i = 0; i < differing.Count; i++)
        {
            TextSpan span = differing[i];
            string more = i == MaxReported - 1 && total > MaxReported
                ? $"; {total} line endings differ in all, only the first {MaxReported} are reported"
                : string.Empty;
            context.Report(Descriptor, span, Style(text, span.Start, span.Length), firstStyle, more);
        }
    }

    /// <summary>The next line break at or after <paramref name="offset"/> and its length (2 for CR LF), or -1.</summary>
    private static int NextBreak(ReadOnlySpan<char> text, int offset, out int length)
    {
        length = 0;
        int found = text[offset..].IndexOfAny('\r', '\n');
        if (found < 0) return -1;
        int position = offset + found;
        length = LineBreak.LengthAt(text, position);
        return position;
    }

    private static string Style(ReadOnlySpan<char> text, int position, int length) =>
        length == 2 ? "CRLF" : text[position] == '\r' ? "CR" : "LF";
}
