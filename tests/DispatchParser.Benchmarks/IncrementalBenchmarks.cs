using BenchmarkDotNet.Attributes;
using DispatchParser.Syntax;
using DispatchParser.Text;

namespace DispatchParser.Benchmarks;

/// <summary>
/// A one-character edit inside a middle paragraph of the Large dispatch: an incremental reparse with
/// <see cref="DispatchSyntaxTree.WithChanges"/> against a full parse of the same text (the baseline).
/// Every operation applies the same insertion to the same base tree, so the text never grows and no chain of
/// unbuilt texts piles up (<see cref="SourceText.WithChanges"/> is lazy); the <see cref="TextChange"/> is built
/// once in the setup. The base tree is viewed through a fresh <see cref="DispatchSyntaxTree"/> each time
/// (<see cref="DispatchSyntaxTree.WithOptions"/>: one small object, same green tree) so that the red nodes on
/// the edit's path are built anew, as they are after each real edit.
/// </summary>
[MemoryDiagnoser]
public class IncrementalBenchmarks
{
    private string _text = string.Empty;
    private DispatchSyntaxTree _tree = null!;
    private TextChange[] _insert = [];

    /// <summary>Where the letter goes: 100 characters into the middle paragraph of the body.</summary>
    public static int EditPosition(string text)
    {
        DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(text);
        SyntaxList<ParagraphSyntax> paragraphs = tree.Root.Body.Paragraphs;
        return paragraphs[paragraphs.Count / 2].Span.Start + 100;
    }

    /// <summary>The edit: one Arabic letter inserted at <see cref="EditPosition"/>.</summary>
    public static TextChange Edit(string text) => TextChange.Insert(EditPosition(text), "ن");

    [GlobalSetup]
    public void Setup()
    {
        DispatchSyntaxTree.VerifyIncrementalParses = false;
        _text = Inputs.Get(InputSize.Large);
        _tree = DispatchSyntaxTree.ParseText(_text);
        _insert = [Edit(_text)];

        // The incremental result must be the full parse's (the property tests pin this; checked here once more).
        DispatchSyntaxTree edited = _tree.WithChanges(_insert);
        if (!edited.IsEquivalentTo(DispatchSyntaxTree.ParseText(edited.Text.Text)))
            throw new InvalidOperationException("The incremental reparse differs from a full parse.");
    }

    [Benchmark(Baseline = true)]
    public DispatchSyntaxTree FullReparse() => DispatchSyntaxTree.ParseText(_text);

    [Benchmark]
    public DispatchSyntaxTree IncrementalReparse() => _tree.WithOptions(_tree.Options).WithChanges(_insert);
}
