using BenchmarkDotNet.Attributes;
using DispatchParser.Parsing;
using DispatchParser.Syntax;
using DispatchParser.Text;

namespace DispatchParser.Benchmarks;

/// <summary>
/// Around <see cref="IncrementalBenchmarks.IncrementalReparse"/>, against the same full parse (baseline), for
/// results/ANALYSIS.md: <c>ReparseOnly</c> — the incremental parser alone (<c>IncrementalParser.Reparse</c>) on the
/// same edit, its new text made beforehand; and <c>ReparseThenReadText</c> — the edit followed by a read of the new
/// text's characters, which <see cref="SourceText.WithChanges"/> assembles lazily: what a consumer that reads the
/// text after each edit (line/column mapping of diagnostics, for one) pays on top of the reparse.
/// </summary>
[MemoryDiagnoser]
public class IncrementalStepsBenchmarks
{
    private string _text = string.Empty;
    private DispatchSyntaxTree _tree = null!;
    private TextChange _edit;
    private SourceText _newText = null!;
    private TextChangeRange _range;

    [GlobalSetup]
    public void Setup()
    {
        DispatchSyntaxTree.VerifyIncrementalParses = false;
        _text = Inputs.Get(InputSize.Large);
        _tree = DispatchSyntaxTree.ParseText(_text);
        _edit = IncrementalBenchmarks.Edit(_text);
        _newText = _tree.Text.WithChanges(_edit);
        _range = new TextChangeRange(_edit.Span, _edit.NewText.Length);
    }

    [Benchmark(Baseline = true)]
    public DispatchSyntaxTree FullReparse() => DispatchSyntaxTree.ParseText(_text);

    [Benchmark]
    public object ReparseOnly() => IncrementalParser.Reparse(_tree.WithOptions(_tree.Options), _newText, _range, _edit);

    [Benchmark]
    public string ReparseThenReadText() => _tree.WithOptions(_tree.Options).WithChanges(_edit).Text.Text;
}
