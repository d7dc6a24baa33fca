using DispatchParser.Analysis;
using DispatchParser.Syntax;
using CoreDiagnostic = DispatchParser.Diagnostics.Diagnostic;

namespace DispatchParser.LanguageServer.Documents;

/// <summary>Where a document's diagnostics come from: the one call site to switch when the source changes.</summary>
internal static class DiagnosticSource
{
    /// <summary>The parser's diagnostics and the analyzers' (DSP02xx), sorted by position.</summary>
    public static IReadOnlyList<CoreDiagnostic> GetDiagnostics(DispatchSyntaxTree tree) => DispatchAnalyzer.GetAllDiagnostics(tree);
}
