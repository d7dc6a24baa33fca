using DispatchParser.Syntax;
using DispatchParser.Tests.Properties.Generators;
using DispatchParser.Text;

namespace DispatchParser.Tests.Incremental;

/// <summary>
/// Edits of long documents in the wrapped layout (grammar/README.md 1.1), where the fast path may reparse one
/// paragraph of several physical lines: every one-character insertion, deletion and replacement in the lines past the
/// hard-wrap window — the lines the fast path may take — and in the lines of the window, gives a full parse's tree,
/// including edits that change the layout (an indentation typed before a continuation line, a continuation line
/// made a sign-off or a notice, a line emptied); a letter typed inside a middle paragraph keeps every other node.
/// </summary>
public sealed class WrappedEditTests
{
    /// <summary>The characters typed: a letter, the whitespace that makes an indentation, and the characters that end a mark.</summary>
    private const string Typed = "a \t):";

    /// <summary>Hard-wrapped copy (1987 Reuters style): ~70-character lines, each paragraph's first line indented by four spaces.</summary>
    internal static string HardWrapped(int paragraphs)
    {
        var builder = new System.Text.StringBuilder("Yeni kütüphane açıldı\n\n");
        for (int i = 0; i < paragraphs; i++)
        {
            builder.Append("    Bu paragraf ").Append(i).Append(" yeni kütüphane hakkında uzun bir metindir ve satırlara\n");
            builder.Append("bölünmüştür, çünkü eski ajans kopyası yetmiş karakterde kırılır; bu da\n");
            // A continuation line that one character makes a sign-off, and one that one character makes a notice marker.
            builder.Append(i == paragraphs - 3 ? "(AA\n" : i == paragraphs - 4 ? "YASAL UYARI bir satırdır ve burada kısa bir cümleyle biter, yine de\n" : "");
            builder.Append("paragrafın son satırıdır.").Append(i == paragraphs - 1 ? " (AA)\n" : "\n");
        }
        return builder.Append("YASAL UYARI: Haklar saklıdır.\n    Kısa haber bir, o da yetmiş karakterde kırılmış bir satırla başlar ve\nikinci satırında biter.\n    Kısa haber iki.").ToString();
    }

    /// <summary>HTML-extraction residue: lines broken after a word, the rest on a line of its own indented as a fragment.</summary>
    internal static string Residue(int paragraphs) => WellFormedGenerators.WrapIntoFragments(IncrementalTests.LongDispatch(paragraphs), seed: 7);

    public static TheoryData<string> Documents() => new() { HardWrapped(28), Residue(30), Residue(30).Replace("\n", "\r\n", StringComparison.Ordinal) };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_one_character_edit_equals_a_full_parse(string text)
    {
        DispatchSyntaxTree old = ParseHelper.Parse(text);
        Assert.Equal(DocumentLayout.Wrapped, old.Root.Layout);
        // Every position from the last paragraph of the window on (the paragraphs past it, the tagged last one, the notice,
        // the briefs) and of the first lines (the window, where the fast path does not go), every thirteenth between.
        int from = old.Root.Paragraphs[DispatchParser.Parsing.LayoutRule.HardWrapWindow - 1].FullSpan.Start, head = text.Length / 10;
        for (int position = 0; position <= text.Length; position++)
        {
            if (position > head && position < from && position % 13 != 0) continue;
            foreach (char typed in Typed) AssertEqualsFullParse(old, TextChange.Insert(position, typed.ToString()));
            if (position == text.Length) continue;
            AssertEqualsFullParse(old, TextChange.Delete(new TextSpan(position, 1)));
            AssertEqualsFullParse(old, new TextChange(new TextSpan(position, 1), "x"));
        }
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void A_letter_typed_inside_a_middle_paragraph_reparses_only_that_paragraph(string text)
    {
        DispatchSyntaxTree old = ParseHelper.Parse(text);
        SyntaxList<ParagraphSyntax> paragraphs = old.Root.Paragraphs;
        // A paragraph of several physical lines, near the end (past the window).
        int index = paragraphs.Count - 2;
        while (!paragraphs[index].ToString().Contains('\n', StringComparison.Ordinal)) index--;
        Assert.True(index > DispatchParser.Parsing.LayoutRule.HardWrapWindow);
        ParagraphSyntax paragraph = paragraphs[index];
        int position = paragraph.Span.Start + paragraph.Span.Length / 2;
        while (char.IsWhiteSpace(text[position]) || char.IsWhiteSpace(text[position - 1])) position++;
        DispatchSyntaxTree edited = AssertEqualsFullParse(old, TextChange.Insert(position, "k"));

        SyntaxList<ParagraphSyntax> after = edited.Root.Paragraphs;
        Assert.Equal(paragraphs.Count, after.Count);
        for (int i = 0; i < paragraphs.Count; i++)
            Assert.True(ReferenceEquals(paragraphs[i].Green, after[i].Green) == (i != index), $"paragraph {i} (edit in {index})");
        Assert.Same(old.Root.Headline.Green, edited.Root.Headline.Green);
        Assert.Same(old.Root.Notice.Green, edited.Root.Notice.Green);
    }

    [Fact]
    public void An_indentation_typed_before_a_continuation_line_starts_a_paragraph()
    {
        string text = HardWrapped(30);
        DispatchSyntaxTree old = ParseHelper.Parse(text);
        int position = text.LastIndexOf("\nbölünmüştür", StringComparison.Ordinal) + 1;
        DispatchSyntaxTree edited = AssertEqualsFullParse(old, TextChange.Insert(position, " "));
        Assert.Equal(old.Root.Paragraphs.Count + 1, edited.Root.Paragraphs.Count);
    }

    [Fact]
    public void A_continuation_line_made_a_sign_off_leaves_its_paragraph()
    {
        string text = HardWrapped(30);
        DispatchSyntaxTree old = ParseHelper.Parse(text);
        DispatchSyntaxTree edited = AssertEqualsFullParse(old, TextChange.Insert(text.IndexOf("\n(AA\n", StringComparison.Ordinal) + 4, ")"));
        Assert.NotEqual(old.Root.Paragraphs.Count, edited.Root.Paragraphs.Count);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(6)]
    public void Random_edit_sequence_of_a_wrapped_document_matches_full_parse(int seed)
    {
        var random = new Random(seed);
        string text = seed % 2 == 0 ? Residue(30) : HardWrapped(28);
        DispatchSyntaxTree tree = ParseHelper.Parse(text);
        for (int step = 0; step < 1_000; step++)
        {
            // Mostly one character inside the last half (the fast path's lines), sometimes a line break or a longer cut.
            int start = text.Length / 2 + random.Next(text.Length / 2 + 1);
            int kind = random.Next(10);
            int length = kind < 5 ? 0 : Math.Min(text.Length - start, kind == 9 ? random.Next(30) : 1);
            string insert = kind is 5 or 6 ? "" : kind == 8 ? "\n" : "aن \t(:).-"[random.Next(9)].ToString();
            tree = AssertEqualsFullParse(tree, new TextChange(new TextSpan(start, length), insert));
            text = tree.Text.ToString();
        }
    }

    private static DispatchSyntaxTree AssertEqualsFullParse(DispatchSyntaxTree old, TextChange change)
    {
        DispatchSyntaxTree incremental = old.WithChanges(change);
        string newText = old.Text.WithChanges(change).ToString();
        Assert.Equal(newText, incremental.Root.ToFullString());
        string? difference = DispatchSyntaxTree.ParseText(newText, old.Options).FindDifference(incremental);
        Assert.True(difference is null, $"{change.Span} -> '{Escaping.Literal(change.NewText)}' in {Escaping.Literal(old.Text.ToString())}: {difference}");
        return incremental;
    }
}
