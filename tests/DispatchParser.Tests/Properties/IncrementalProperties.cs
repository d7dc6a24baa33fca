using DispatchParser.Diagnostics;
using DispatchParser.Syntax;
using DispatchParser.Tests.Properties.Generators;
using DispatchParser.Text;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace DispatchParser.Tests.Properties;

/// <summary>
/// Incremental equals full: after every edit of a random sequence, the incrementally reparsed tree equals a
/// full parse (kinds, spans, text, trivia, diagnostics), whether the edit arrives as a change, as a new text
/// or as two changes; and an edit inside a middle paragraph reuses every other paragraph's green node.
/// </summary>
public sealed class IncrementalProperties(ITestOutputHelper output)
{
    [Fact]
    public void Incremental_parse_equals_full_parse_after_every_edit() =>
        PropertyRunner.Check(output, EditGenerators.Scripts(), PropertyChecks.IncrementalEqualsFull);

    [Fact]
    public void Edit_inside_a_middle_paragraph_reuses_the_other_paragraphs() =>
        PropertyRunner.Check(output, ReuseCases(), reuse =>
        {
            (WellFormedDispatch dispatch, int pick, int offset, string word) = reuse;
            string text = dispatch.Text;
            DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(text, ParseOptions.Strict);
            SyntaxList<ParagraphSyntax> paragraphs = tree.Root.Paragraphs;
            // The fast path's lines: past the first three (which may become the body's head) and before the last.
            const int First = DispatchParser.Parsing.Parser.HeadLines;
            if (paragraphs.Count < First + 2) return;
            int index = First + pick % (paragraphs.Count - First - 1);
            TextSpan span = paragraphs[index].TextToken.Span;
            int position = span.Start + offset % (span.Length + 1);
            DispatchSyntaxTree next = tree.WithChanges(TextChange.Insert(position, word));
            Assert.Null(DispatchSyntaxTree.ParseText(next.Text.ToString(), ParseOptions.Strict).FindDifference(next));
            // A word can make a paragraph line as long as hard-wrapped copy's (grammar/README.md 1.1), and then the whole
            // text may read as hard-wrapped: its lines are regrouped into other logical lines, so nothing is reused, and
            // only incremental = full (above) holds.
            if (next.Root.Layout != tree.Root.Layout) return;
            SyntaxList<ParagraphSyntax> after = next.Root.Paragraphs;
            Assert.Equal(paragraphs.Count, after.Count);
            for (int i = 0; i < paragraphs.Count; i++)
                if (i != index)
                    Assert.True(ReferenceEquals(paragraphs[i].Green, after[i].Green), $"paragraph {i} was not reused (edit in paragraph {index})");
        });

    /// <summary>The dispatch with plain paragraphs added before its last one until it has five (noise lines past the end are dropped).</summary>
    private static WellFormedDispatch WithFiveParagraphs(WellFormedDispatch dispatch)
    {
        IReadOnlyList<string> paragraphs = dispatch.Spec.Paragraphs;
        if (paragraphs.Count >= DispatchParser.Parsing.Parser.HeadLines + 2) return dispatch;
        var padded = paragraphs.Take(paragraphs.Count - 1).ToList();
        while (padded.Count < DispatchParser.Parsing.Parser.HeadLines + 1) padded.Add("Li bajarê Amedê pirtûkxane hat vekirin.");
        padded.Add(paragraphs[^1]);
        return dispatch with { Spec = dispatch.Spec with { Paragraphs = padded } };
    }

    /// <summary>A well-formed dispatch with at least three paragraphs, and a plain word to insert into a middle one.</summary>
    private static FsCheck.Arbitrary<(WellFormedDispatch, int, int, string)> ReuseCases() =>
        (from dispatch in WellFormedGenerators.Any().Generator.Select(WithFiveParagraphs)
         from pick in Gen.Choose(0, 100)
         from offset in Gen.Choose(0, 1000)
         from word in Pick.From(Language.All.SelectMany(l => l.Words)).Select(w => w + " ")
         select (dispatch, pick, offset, word))
        .WithShrinker(value => WellFormedGenerators.Shrink(value.dispatch)
            .Where(d => d.Spec.Paragraphs.Count >= 3)
            .Select(d => (d, value.pick, value.offset, value.word)));
}
