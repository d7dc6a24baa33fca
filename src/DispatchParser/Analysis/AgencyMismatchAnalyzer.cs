using System.Buffers;
using DispatchParser.Diagnostics;
using DispatchParser.Dialects;
using DispatchParser.Syntax;

namespace DispatchParser.Analysis;

/// <summary>
/// DSP0201: the agency that signs the dispatch (tag, else sign-off, else dateline) is not the agency its
/// legal notice names — typically a reprint that kept another agency's notice, or a notice pasted onto
/// the wrong copy.
/// <para>
/// The notice names an agency when it holds one of the agency's full names or aliases as a whole word:
/// not preceded or followed by a letter or digit of any script. An apostrophe is a boundary, so the
/// Turkish case suffix in <c>İlke Haber Ajansı'na</c> still matches. Matching is ordinal: Turkish casing
/// (I/ı, İ/i) has no culture-free case folding, and short aliases such as <c>AP</c> must not match words.
/// When the notice names several agencies, naming the signing one anywhere is enough; otherwise the first
/// one named is reported. No notice, no agency named in it, or an unknown signing agency: no diagnostic.
/// </para>
/// </summary>
internal sealed class AgencyMismatchAnalyzer : IDispatchAnalyzer
{
    private static readonly (string Spelling, Agency Agency)[] s_spellings = AgencyRegistry.Default.Agencies
        .SelectMany(agency => agency.Names.Concat(agency.Aliases).Select(spelling => (spelling, agency)))
        .OrderByDescending(entry => entry.spelling.Length)
        .ToArray();

    /// <summary>All spellings at once: one vectorized pass finds the next candidate of any of them.</summary>
    private static readonly SearchValues<string> s_search =
        SearchValues.Create(s_spellings.Select(entry => entry.Spelling).ToArray(), StringComparison.Ordinal);

    public DiagnosticDescriptor Descriptor => DiagnosticCodes.AgencyMismatch;

    public void Analyze(AnalysisContext context)
    {
        DocumentSyntax root = context.Root;
        SyntaxToken name = AgencyNames.TagName(root);
        string where = root.AgencyTag is { IsSignOff: true } ? "sign-off" : "agency tag";
        if (name.IsNone)
        {
            name = AgencyNames.DatelineName(root);
            where = "dateline";
        }
        if (name.IsNone) return;
        if (AgencyNames.Resolve(AgencyRegistry.Default, name.TextSpanChars) is not { } signing) return;

        SyntaxToken notice = root.Notice.TextToken;
        if (notice.IsNone || notice.IsMissing) return;
        if (FirstOtherAgency(notice.TextSpanChars, signing) is { } named)
            context.Report(Descriptor, name.Span, where, $"{signing.Name} ({name.Text})", named.Name);
    }

    /// <summary>The first agency the text names when it never names <paramref name="signing"/>; otherwise null.</summary>
    private static Agency? FirstOtherAgency(ReadOnlySpan<char> text, Agency signing)
    {
        Agency? first = null;
        int offset = 0;
        while (offset < text.Length)
        {
            int found = text[offset..].IndexOfAny(s_search);
            if (found < 0) break;
            int start = offset + found;
            offset = start + 1;
            if (AgencyNames.IsWordCharacterBefore(text, start)) continue;
            foreach ((string spelling, Agency agency) in s_spellings)
            {
                if (!text[start..].StartsWith(spelling, StringComparison.Ordinal)
                    || AgencyNames.IsWordCharacterAt(text, start + spelling.Length)) continue;
                if (agency.Id == signing.Id) return null;
                first ??= agency;
            }
        }
        return first;
    }
}
