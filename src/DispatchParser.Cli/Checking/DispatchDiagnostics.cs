using DispatchParser.Analysis;
using DispatchParser.Diagnostics;
using DispatchParser.Syntax;

namespace DispatchParser.Cli.Checking;

/// <summary>The one place the CLI asks for a tree's diagnostics.</summary>
public static class DispatchDiagnostics
{
    /// <summary>Every diagnostic of <paramref name="tree"/>, parser's and analyzers', in text order, severities from its options.</summary>
    public static IReadOnlyList<Diagnostic> GetAll(DispatchSyntaxTree tree) => DispatchAnalyzer.GetAllDiagnostics(tree);

    /// <summary>
    /// The tree's diagnostics with the decoder's (invalid UTF-8) merged in text order; with
    /// <paramref name="warningsAsErrors"/>, warnings become errors.
    /// </summary>
    public static IReadOnlyList<Diagnostic> GetAll(DispatchSyntaxTree tree, IReadOnlyList<Diagnostic> decoding, bool warningsAsErrors)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(decoding);
        IReadOnlyList<Diagnostic> parsed = GetAll(tree);
        IReadOnlyList<Diagnostic> merged = decoding.Count == 0 ? parsed : Merge(decoding, parsed);
        if (!warningsAsErrors) return merged;
        var promoted = new List<Diagnostic>(merged.Count);
        foreach (Diagnostic diagnostic in merged)
            promoted.Add(diagnostic.Severity == DiagnosticSeverity.Warning ? diagnostic with { Severity = DiagnosticSeverity.Error } : diagnostic);
        return promoted;
    }

    /// <summary>Merges two lists sorted by position; on a tie the first list's diagnostic comes first.</summary>
    private static List<Diagnostic> Merge(IReadOnlyList<Diagnostic> first, IReadOnlyList<Diagnostic> second)
    {
        var merged = new List<Diagnostic>(first.Count + second.Count);
        int i = 0, j = 0;
        while (i < first.Count || j < second.Count)
        {
            if (j >= second.Count || (i < first.Count && first[i].Span.Start <= second[j].Span.Start)) merged.Add(first[i++]);
            else merged.Add(second[j++]);
        }
        return merged;
    }
}
