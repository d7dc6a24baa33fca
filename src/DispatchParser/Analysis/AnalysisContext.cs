using DispatchParser.Diagnostics;
using DispatchParser.Syntax;
using DispatchParser.Text;

namespace DispatchParser.Analysis;

/// <summary>What an analyzer sees (the tree, its text and options) and where it reports.</summary>
internal sealed class AnalysisContext
{
    private readonly List<Diagnostic> _diagnostics;
    private readonly DiagnosticCap _cap = new();

    public AnalysisContext(DispatchSyntaxTree tree, List<Diagnostic> diagnostics)
    {
        Tree = tree;
        _diagnostics = diagnostics;
    }

    public DispatchSyntaxTree Tree { get; }
    public SourceText Text => Tree.Text;
    public DocumentSyntax Root => Tree.Root;
    public ParseOptions Options => Tree.Options;

    /// <summary>
    /// Adds a diagnostic with the severity the options give its code. Hidden ones, and those past their code's
    /// per-document cap (<see cref="DiagnosticCap"/>), are dropped here, before their message is formatted.
    /// </summary>
    public void Report(DiagnosticDescriptor descriptor, TextSpan span, params object[] arguments)
    {
        if (Options.SeverityOf(descriptor) == DiagnosticSeverity.Hidden) return;
        if (!_cap.Admit(descriptor, span)) return;
        _diagnostics.Add(Diagnostic.Create(descriptor, Options, span, arguments));
    }

    /// <summary>Called once every analyzer has run: the "N more" diagnostic of each code that went past its cap.</summary>
    public void Complete() => _cap.AddSummaries(_diagnostics, Options);
}
