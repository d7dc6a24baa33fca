using DispatchParser.Syntax;
using CoreDiagnostic = DispatchParser.Diagnostics.Diagnostic;

namespace DispatchParser.LanguageServer.Documents;

/// <summary>Where a document's diagnostics come from: the one call site to switch when the source changes.</summary>
internal static class DiagnosticSource
{
    /// <summary>The parser's diagnostics (the analyzers' DSP02xx join them once DispatchAnalyzer is on main).</summary>
    public static IReadOnlyList<CoreDiagnostic> GetDiagnostics(DispatchSyntaxTree tree) => tree.GetDiagnostics();
}
