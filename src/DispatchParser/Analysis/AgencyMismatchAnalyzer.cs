using DispatchParser.Diagnostics;
using DispatchParser.Dialects;
using DispatchParser.Syntax;

namespace DispatchParser.Analysis;

/// <summary>
/// DSP0201: the agency that signs the dispatch (tag, else sign-off, else dateline) is not the agency its
/// legal notice names — typically a reprint that kept another agency's notice, or a notice pasted onto
/// the wrong copy.
/// <para>
/// The notice names an agency when it holds one of the agency's full names or aliases as a whole word, in any
/// letter case (see <see cref="NoticeAgency"/>: <c>aa</c>, <c>İha</c>, <c>anadolu ajansı</c>).
/// When the notice names several agencies, naming the signing one anywhere is enough; otherwise the first
/// one named is reported. No notice, no agency named in it, or an unknown signing agency: no diagnostic.
/// </para>
/// </summary>
internal sealed class AgencyMismatchAnalyzer : IDispatchAnalyzer
{
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
        if (AgencyRegistry.Default.FindByAlias(name.TextSpanChars) is not { } signing) return;

        if (root.Notice.FindNamedAgency() is { } named && !root.Notice.Names(signing))
            context.Report(Descriptor, name.Span, where, $"{signing.Name} ({name.Text})", named.Agency.Name);
    }
}
