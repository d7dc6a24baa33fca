using BenchmarkDotNet.Attributes;
using DispatchParser.Syntax;
using DispatchParser.Text;

namespace DispatchParser.Benchmarks;

/// <summary>
/// A one-character edit inside a middle paragraph of the Large dispatch: an incremental reparse with
/// <see cref="DispatchSyntaxTree.WithChanges"/> against a full parse (the baseline). The edits alternate between
/// inserting a letter and deleting it again, each applied to the tree the previous one produced (as an editor
/// does), so the text never grows; the <see cref="TextChange"/>s are built once in the setup.
/// </summary>
[MemoryDiagnoser]
public class IncrementalBenchmarks
{
    private string _text = string.Empty;
    private DispatchSyntaxTree _tree = null!;
    private TextChange[] _insert = [];
    private TextChange[] _delete = [];
    private bool _inserted;

    /// <summary>Where the letter goes: 100 characters into the middle paragraph of the body.</summary>
    public static int EditPosition(string text)
    {
        DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(text);
        SyntaxList<ParagraphSyntax> paragraphs = tree.Root.Body.Paragraphs;
        return paragraphs[paragraphs.Count / 2].Span.Start + 100;
    }

    [GlobalSetup]
    public void Setup()
    {
        DispatchSyntaxTree.VerifyIncrementalParses = false;
        _text = Inputs.Get(InputSize.Large);
        _tree = DispatchSyntaxTree.ParseText(_text);
        int position = EditPosition(_text);
        _insert = [TextChange.Insert(position, "ن")];
        _delete = [TextChange.Delete(new TextSpan(position, 1))];
        _inserted = false;

        // The incremental result must be the full parse's (the property tests pin this; checked here once more).
        DispatchSyntaxTree edited = _tree.WithChanges(_insert);
        if (!edited.IsEquivalentTo(DispatchSyntaxTree.ParseText(edited.Text.Text)) || !edited.WithChanges(_delete).IsEquivalentTo(_tree))
            throw new InvalidOperationException("The incremental reparse differs from a full parse.");
    }

    [Benchmark(Baseline = true)]
    public DispatchSyntaxTree FullReparse() => DispatchSyntaxTree.ParseText(_text);

    [Benchmark]
    public DispatchSyntaxTree IncrementalReparse()
    {
        _tree = _tree.WithChanges(_inserted ? _delete : _insert);
        _inserted = !_inserted;
        return _tree;
    }
}
