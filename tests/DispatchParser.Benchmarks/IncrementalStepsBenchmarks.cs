using BenchmarkDotNet.Attributes;
using DispatchParser.Parsing;
using DispatchParser.Syntax;
using DispatchParser.Text;

namespace DispatchParser.Benchmarks;

/// <summary>
/// The two steps inside <see cref="IncrementalBenchmarks.IncrementalReparse"/>, each against the same full parse
/// (baseline), for results/ANALYSIS.md: <c>BuildText</c> — <see cref="SourceText.WithChanges"/>, which
/// <see cref="DispatchSyntaxTree.WithChanges"/> calls to make the new text — and <c>ReparseOnly</c> — the incremental
/// parser alone (<c>IncrementalParser.Reparse</c>) on the same edit, given the new text already built, over a tree
/// whose red nodes do not exist yet (as after each edit).
/// </summary>
[MemoryDiagnoser]
public class IncrementalStepsBenchmarks
{
    private string _text = string.Empty;
    private DispatchSyntaxTree _tree = null!;
    private TextChange[] _insert = [];
    private string _newText = string.Empty;
    private TextChangeRange _range;

    [GlobalSetup]
    public void Setup()
    {
        DispatchSyntaxTree.VerifyIncrementalParses = false;
        _text = Inputs.Get(InputSize.Large);
        _tree = DispatchSyntaxTree.ParseText(_text);
        int position = IncrementalBenchmarks.EditPosition(_text);
        _insert = [TextChange.Insert(position, "ن")];
        _newText = _tree.Text.WithChanges(_insert).Text;
        _range = new TextChangeRange(new TextSpan(position, 0), 1);
    }

    [Benchmark(Baseline = true)]
    public DispatchSyntaxTree FullReparse() => DispatchSyntaxTree.ParseText(_text);

    [Benchmark]
    public SourceText BuildText() => _tree.Text.WithChanges(_insert);

    [Benchmark]
    public object ReparseOnly() => IncrementalParser.Reparse(_tree.WithOptions(_tree.Options), _newText, _range);
}
