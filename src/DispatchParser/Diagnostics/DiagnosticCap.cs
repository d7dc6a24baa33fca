using System.Globalization;
using DispatchParser.Text;

namespace DispatchParser.Diagnostics;

/// <summary>
/// Bounds the codes that can fire once per line (or per character) to <see cref="MaxPerCode"/> diagnostics per
/// document, so a pathological text — a million stray sign-off lines — yields a readable report, not a million
/// lines. Past the cap, occurrences are only counted, and one final diagnostic of the same code, at the first
/// one left out, says how many more there are. Applied where diagnostics are reported (the tree keeps every
/// one: an incremental reparse must give what a full parse gives, whatever the count).
/// </summary>
internal sealed class DiagnosticCap
{
    public const int MaxPerCode = 100;

    /// <summary>
    /// The capped codes: every code that can fire once per line or character. DSP0203 and DSP0301 have caps of their
    /// own (they end their last message with the count). DSP0103 (every other line blank) and DSP0205 (a notice marker
    /// on every line) were left out at first: 8 M blank-line pairs gave 8 M diagnostics, 5.9 GB and 492 MB of output.
    /// </summary>
    private static readonly DiagnosticDescriptor[] s_capped =
    [
        DiagnosticCodes.UnexpectedLine, DiagnosticCodes.BlankLineInside, DiagnosticCodes.TrailingWhitespace, DiagnosticCodes.LeadingWhitespace,
        DiagnosticCodes.BidiControl, DiagnosticCodes.DuplicateParagraph, DiagnosticCodes.NoticeInsideBody,
        DiagnosticCodes.LoneSurrogate,
    ];

    private readonly int[] _counts = new int[s_capped.Length];
    private readonly TextSpan[] _firstLeftOut = new TextSpan[s_capped.Length];

    public static IReadOnlyList<DiagnosticDescriptor> CappedCodes => s_capped;

    /// <summary>True when this occurrence is to be reported; false (and counted) past the cap.</summary>
    public bool Admit(DiagnosticDescriptor descriptor, TextSpan span)
    {
        int index = IndexOf(descriptor);
        if (index < 0) return true;
        int count = ++_counts[index];
        if (count == MaxPerCode + 1) _firstLeftOut[index] = span;
        return count <= MaxPerCode;
    }

    /// <summary>Adds the "N more" diagnostic of every code that went past the cap.</summary>
    public void AddSummaries(ICollection<Diagnostic> into, ParseOptions options)
    {
        for (int i = 0; i < s_capped.Length; i++)
        {
            int leftOut = _counts[i] - MaxPerCode;
            if (leftOut <= 0) continue;
            DiagnosticDescriptor descriptor = s_capped[i];
            into.Add(new Diagnostic(descriptor, options.SeverityOf(descriptor), _firstLeftOut[i], MoreMessage(descriptor, leftOut)));
        }
    }

    public static string MoreMessage(DiagnosticDescriptor descriptor, int leftOut) => string.Format(CultureInfo.InvariantCulture,
        "{0:N0} more '{1}' ({2}) from here on are not reported: only the first {3} of a dispatch are", leftOut, descriptor.Title, descriptor.Code, MaxPerCode);

    private static int IndexOf(DiagnosticDescriptor descriptor)
    {
        for (int i = 0; i < s_capped.Length; i++)
            if (ReferenceEquals(s_capped[i], descriptor)) return i;
        return -1;
    }
}
