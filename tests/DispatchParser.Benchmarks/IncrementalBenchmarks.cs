using BenchmarkDotNet.Attributes;
using DispatchParser.Syntax;
using DispatchParser.Text;

namespace DispatchParser.Benchmarks;

/// <summary>Where the one-character edit of <see cref="IncrementalBenchmarks"/> falls.</summary>
public enum EditPlace
{
    Headline,

    /// <summary>In the place of the dateline that opens the body (the Large text with <see cref="Inputs.Dateline"/>).</summary>
    Dateline,
    FirstParagraph,
    MiddleParagraph,

    /// <summary>In the last paragraph, whose line ends with the agency tag.</summary>
    TaggedLastParagraph,
    Notice,
    Brief,

    /// <summary>In the middle of the middle paragraph of the wrapped layout (<see cref="InputSize.Wrapped"/>).</summary>
    WrappedParagraph,
}

/// <summary>
/// A one-character edit of the ~1 MB dispatch, wherever it falls (<see cref="Place"/>): an incremental reparse with
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

    [Params(EditPlace.Headline, EditPlace.Dateline, EditPlace.FirstParagraph, EditPlace.MiddleParagraph, EditPlace.TaggedLastParagraph,
        EditPlace.Notice, EditPlace.Brief, EditPlace.WrappedParagraph)]
    public EditPlace Place { get; set; } = EditPlace.MiddleParagraph;

    /// <summary>Where the letter goes: 100 characters into the middle paragraph of the body.</summary>
    public static int EditPosition(string text) => EditPosition(EditPlace.MiddleParagraph, DispatchSyntaxTree.ParseText(text));

    /// <summary>The edit: one Arabic letter inserted at <see cref="EditPosition(string)"/>.</summary>
    public static TextChange Edit(string text) => TextChange.Insert(EditPosition(text), "ن");

    /// <summary>The ~1 MB text an edit at <paramref name="place"/> is made in.</summary>
    public static string Text(EditPlace place) => place switch
    {
        EditPlace.Dateline => Inputs.WithDateline(Inputs.Get(InputSize.Large)),
        EditPlace.WrappedParagraph => Inputs.Get(InputSize.Wrapped),
        _ => Inputs.Get(InputSize.Large),
    };

    /// <summary>Where the letter goes at <paramref name="place"/>: inside the line's text, clear of its ends.</summary>
    public static int EditPosition(EditPlace place, DispatchSyntaxTree tree)
    {
        DocumentSyntax root = tree.Root;
        SyntaxList<ParagraphSyntax> paragraphs = root.Body.Paragraphs;
        return place switch
        {
            EditPlace.Headline => root.Headline.Span.Start + 20,
            EditPlace.Dateline => root.Body.Dateline!.Span.Start + 2,
            EditPlace.FirstParagraph => paragraphs[0].Span.Start + 100,
            EditPlace.MiddleParagraph => paragraphs[paragraphs.Count / 2].Span.Start + 100,
            EditPlace.TaggedLastParagraph => paragraphs[paragraphs.Count - 1].Span.Start + 100,
            EditPlace.Notice => root.Notice.Span.Start + 100,
            EditPlace.Brief => root.Briefs[1].Span.Start + 50,
            EditPlace.WrappedParagraph => paragraphs[paragraphs.Count / 2].Span.Start + paragraphs[paragraphs.Count / 2].Span.Length / 2,
            _ => throw new ArgumentOutOfRangeException(nameof(place)),
        };
    }

    [GlobalSetup]
    public void Setup()
    {
        DispatchSyntaxTree.VerifyIncrementalParses = false;
        _text = Text(Place);
        _tree = DispatchSyntaxTree.ParseText(_text);
        _insert = [TextChange.Insert(EditPosition(Place, _tree), "ن")];

        // The incremental result must be the full parse's (the property tests pin this; checked here once more), and the
        // edit must take the one-line path: a full reparse would make the headline (or, edited, the notice) anew. In the
        // wrapped layout too: the edited paragraph's physical lines are reparsed as its one logical line.
        DispatchSyntaxTree edited = _tree.WithChanges(_insert);
        if (!edited.IsEquivalentTo(DispatchSyntaxTree.ParseText(edited.Text.Text)))
            throw new InvalidOperationException($"The incremental reparse differs from a full parse ({Place}).");
        bool oneLine = Place == EditPlace.Headline
            ? ReferenceEquals(_tree.Root.Notice.Green, edited.Root.Notice.Green)
            : ReferenceEquals(_tree.Root.Headline.Green, edited.Root.Headline.Green);
        if (!oneLine)
            throw new InvalidOperationException($"The edit ({Place}) did not take the one-line path.");
    }

    [Benchmark(Baseline = true)]
    public DispatchSyntaxTree FullReparse() => DispatchSyntaxTree.ParseText(_text);

    [Benchmark]
    public DispatchSyntaxTree IncrementalReparse() => _tree.WithOptions(_tree.Options).WithChanges(_insert);
}
