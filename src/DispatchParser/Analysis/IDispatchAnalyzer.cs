using DispatchParser.Diagnostics;

namespace DispatchParser.Analysis;

/// <summary>
/// One check beyond syntax. Each analyzer reports exactly one stable code, so the entry point can skip
/// an analyzer whose code the options hide without running it at all.
/// </summary>
internal interface IDispatchAnalyzer
{
    DiagnosticDescriptor Descriptor { get; }

    void Analyze(AnalysisContext context);
}
