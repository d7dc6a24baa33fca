using DispatchParser.Diagnostics;
using DispatchParser.Syntax;

namespace DispatchParser.Analysis;

/// <summary>
/// The checks beyond syntax (DSP02xx): the parser reports only what the grammar rejects and departures
/// from the canonical shape; whether the tag and notice agree, whether the text hides bidi controls, and
/// the like are decided here, over a finished tree. Severities come from the tree's
/// <see cref="DispatchSyntaxTree.Options"/>; hidden codes are not even computed.
/// </summary>
public static class DispatchAnalyzer
{
    private static readonly IDispatchAnalyzer[] s_analyzers =
    [
        new AgencyMismatchAnalyzer(),
        new BidiControlAnalyzer(),
        new MixedLineEndingsAnalyzer(),
        new DuplicateParagraphAnalyzer(),
        new NoticeInsideBodyAnalyzer(),
        new UnknownAgencyAnalyzer(),
        new LoneSurrogateAnalyzer(),
    ];

    /// <summary>The analyzers' diagnostics, hidden ones left out, sorted by span start.</summary>
    public static IReadOnlyList<Diagnostic> Analyze(DispatchSyntaxTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var diagnostics = new List<Diagnostic>();
        var context = new AnalysisContext(tree, diagnostics);
        foreach (IDispatchAnalyzer analyzer in s_analyzers)
            if (tree.Options.SeverityOf(analyzer.Descriptor) != DiagnosticSeverity.Hidden)
                analyzer.Analyze(context);
        context.Complete();
        return SortByStart(diagnostics);
    }

    /// <summary>The parser's diagnostics and the analyzers', sorted by span start (the parser's first on a tie).</summary>
    public static IReadOnlyList<Diagnostic> GetAllDiagnostics(DispatchSyntaxTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        return SortByStart([.. tree.GetDiagnostics(), .. Analyze(tree)]);
    }

    /// <summary>A stable sort, so diagnostics at one position keep the order they were reported in.</summary>
    private static Diagnostic[] SortByStart(List<Diagnostic> diagnostics) =>
        diagnostics.Count == 0 ? [] : [.. diagnostics.OrderBy(diagnostic => diagnostic.Span.Start)];
}
