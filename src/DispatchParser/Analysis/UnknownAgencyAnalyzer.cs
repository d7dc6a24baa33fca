using DispatchParser.Diagnostics;
using DispatchParser.Dialects;
using DispatchParser.Syntax;

namespace DispatchParser.Analysis;

/// <summary>
/// DSP0206: the agency tag, sign-off or dateline names an agency the registry does not know — an acronym
/// the grammar accepts as a tag, such as <c>(KNA)</c>. Often a new agency to add to
/// <c>Dialects/dialects.json</c>, sometimes an acronym that is not an agency at all. Tag and dateline are
/// checked separately, so <c>ANKARA (KNA) - … (XYZ)</c> gives two diagnostics.
/// </summary>
internal sealed class UnknownAgencyAnalyzer : IDispatchAnalyzer
{
    public DiagnosticDescriptor Descriptor => DiagnosticCodes.UnknownAgency;

    public void Analyze(AnalysisContext context)
    {
        Check(context, AgencyNames.DatelineName(context.Root));
        Check(context, AgencyNames.TagName(context.Root));
    }

    private void Check(AnalysisContext context, SyntaxToken name)
    {
        if (name.IsNone || name.Span.IsEmpty) return;
        if (AgencyRegistry.Default.FindByAlias(name.TextSpanChars) is null)
            context.Report(Descriptor, name.Span, name.Text);
    }
}
