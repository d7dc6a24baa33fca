using DispatchParser.Syntax;
using DispatchParser.Syntax.InternalSyntax;
using DispatchParser.Text;

namespace DispatchParser.Tests.Incremental;

/// <summary>
/// One-character edits wherever they fall — headline, dateline, a middle paragraph, the tagged last paragraph, the
/// notice, a brief — must give a full parse's tree; where the line keeps its part, the edit takes the fast path (the
/// other lines' green nodes, the notice and headline included, are the old ones), and where it changes what the
/// line is (a tag typed or deleted, a notice marker completed, a headline turned into a dateline) the tree follows.
/// Wrapped documents are among them, short ones here (their window of the hard-wrap decision covers them).
/// </summary>
public sealed class OneLineEditTests
{
    private const string Turkish =
        "Başlık burada\n\nANKARA (AA) - Birinci paragraf.\nİkinci paragraf.\nÜçüncü paragraf.\nDördüncü paragraf.\nBeşinci paragraf. (İLKHA)\nYASAL UYARI: Haklar İlke Haber Ajansı'na aittir.\nKısa haber bir.\nKısa haber iki.";

    private const string Arabic =
        "افتتاح مركز جديد في ديار بكر\n\nافتتحت البلدية مركزا جديدا.\nوقال المدير إن المشروع مهم.\nوأوضح أن الخدمات مجانية.\nوأكد الرئيس أن المركز هو الأول.\nومن المنتظر أن يبدأ المركز قريبا. (İLKHA)\nتنبيه: جميع حقوق النشر محفوظة لوكالة إيلكا.\nأعلنت الأرصاد انخفاض الحرارة.\nافتتح معرض للكتاب.";

    /// <summary>Shapes around the fast paths' edges: no headline, CR LF breaks, blank lines, a credit, a sign-off, no notice.</summary>
    public static TheoryData<string> Documents() => new()
    {
        Turkish,
        Arabic,
        Turkish.Replace("\n", "\r\n", StringComparison.Ordinal),
        Turkish[(Turkish.IndexOf("ANKARA", StringComparison.Ordinal))..],
        "Başlık\n\nBir.\n\nİki.\nÜç.\nDört.\nBeş (Ayşe Demir / DHA).\n\nYASAL UYARI: Haklar saklıdır.\n\nKısa.",
        "Title\n\nOne line.\nTwo line.\nThree line.\nFour line.\nFive line.\nReuters\nKısa haber.",
        "Başlık\n\nBir.\nİki.\nÜç.\nDört.\nBeş. (AA)\nKısa haber.",
        "Başlık  \n\nBir.\nİki.\nÜç.\nDört.\nBeş. (aa).\nYASAL UYARI:\nKısa haber bir.",
        // The wrapped layout: extraction fragments, and hard-wrapped copy (WrappedEditTests has long ones, past the window).
        Properties.Generators.WellFormedGenerators.WrapIntoFragments(Turkish, seed: 3),
        WrappedEditTests.HardWrapped(2),
    };

    /// <summary>The characters typed: letters, spaces and every character that starts or ends a mark of the format.</summary>
    private const string Typed = "aşن (:)-./\u00A0\t";

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_one_character_insertion_equals_a_full_parse(string text)
    {
        DispatchSyntaxTree old = ParseHelper.Parse(text);
        for (int position = 0; position <= text.Length; position++)
            foreach (char typed in Typed)
                AssertEqualsFullParse(old, TextChange.Insert(position, typed.ToString()));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_one_character_deletion_and_replacement_equals_a_full_parse(string text)
    {
        DispatchSyntaxTree old = ParseHelper.Parse(text);
        for (int position = 0; position < text.Length; position++)
        {
            AssertEqualsFullParse(old, TextChange.Delete(new TextSpan(position, 1)));
            AssertEqualsFullParse(old, new TextChange(new TextSpan(position, 1), "x"));
        }
    }

    [Theory]
    [InlineData("Başlık burada", 3)]
    [InlineData("ANKARA (AA) - Birinci", 3)]
    [InlineData("ANKARA (AA) - Birinci", 20)]
    [InlineData("Üçüncü paragraf", 2)]
    [InlineData("Beşinci paragraf", 4)]
    [InlineData("(İLKHA)", 3)]
    [InlineData("Haklar İlke", 2)]
    [InlineData("aittir.", 0)]
    [InlineData("Kısa haber bir", 5)]
    public void A_letter_typed_into_a_line_that_keeps_its_part_reparses_only_that_line(string where, int offset)
    {
        DispatchSyntaxTree old = ParseHelper.Parse(Turkish);
        int position = Turkish.IndexOf(where, StringComparison.Ordinal) + offset;
        DispatchSyntaxTree edited = AssertEqualsFullParse(old, TextChange.Insert(position, "K"));

        // Every line but the edited one is the old tree's green node.
        int lineStart = Turkish.LastIndexOf('\n', position - 1) + 1, lineEnd = Turkish.IndexOf('\n', position);
        List<(TextSpan Span, GreenNode Green)> before = LineNodes(old), after = LineNodes(edited);
        Assert.Equal(before.Count, after.Count);
        int changed = 0;
        for (int i = 0; i < before.Count; i++)
        {
            if (ReferenceEquals(before[i].Green, after[i].Green)) continue;
            changed++;
            Assert.True(before[i].Span.Start >= lineStart && before[i].Span.End <= lineEnd,
                $"line node {i} ({before[i].Green.Kind} at {before[i].Span}) was made anew, the edit at {position} is not on its line");
        }
        Assert.InRange(changed, 1, 2); // a dateline and its paragraph, or a paragraph and its tag, share the line
    }

    [Fact]
    public void Typing_the_closing_parenthesis_makes_the_last_paragraph_tagged()
    {
        string text = Turkish.Replace("(İLKHA)", "(İLKHA", StringComparison.Ordinal);
        DispatchSyntaxTree old = ParseHelper.Parse(text);
        Assert.Null(old.Root.AgencyTag); // the dateline names the agency
        DispatchSyntaxTree edited = AssertEqualsFullParse(old, TextChange.Insert(text.IndexOf("(İLKHA", StringComparison.Ordinal) + 6, ")"));
        Assert.Equal("İLKHA", edited.Root.AgencyTag!.Name);
    }

    [Fact]
    public void Deleting_the_closing_parenthesis_of_the_tag_leaves_the_paragraph_untagged()
    {
        DispatchSyntaxTree old = ParseHelper.Parse(Turkish);
        DispatchSyntaxTree edited = AssertEqualsFullParse(old, TextChange.Delete(new TextSpan(Turkish.IndexOf("KHA)", StringComparison.Ordinal) + 3, 1)));
        Assert.Null(edited.Root.AgencyTag); // the dateline still names the agency
    }

    [Fact]
    public void Typing_the_colon_of_a_notice_marker_makes_the_line_the_notice()
    {
        string text = Turkish.Replace("YASAL UYARI:", "Beşinci haber. (İLKHA)\nYASAL UYARI", StringComparison.Ordinal)
            .Replace("Beşinci paragraf. (İLKHA)\n", "", StringComparison.Ordinal);
        DispatchSyntaxTree old = ParseHelper.Parse(text);
        Assert.True(old.Root.Notice.IsMissing);
        DispatchSyntaxTree edited = AssertEqualsFullParse(old, TextChange.Insert(text.IndexOf("YASAL UYARI", StringComparison.Ordinal) + 11, ":"));
        Assert.False(edited.Root.Notice.IsMissing);
    }

    [Fact]
    public void Deleting_the_colon_of_the_notice_marker_loses_the_notice() =>
        Assert.True(AssertEqualsFullParse(ParseHelper.Parse(Turkish), TextChange.Delete(new TextSpan(Turkish.IndexOf("UYARI:", StringComparison.Ordinal) + 5, 1))).Root.Notice.IsMissing);

    [Fact]
    public void Typing_a_dash_turns_the_headline_into_a_dateline()
    {
        string text = "ANKARA (AA)  Yeni karar açıklandı\n\nBirinci paragraf.\nİkinci paragraf. (AA)\nYASAL UYARI: Haklar saklıdır.\n";
        DispatchSyntaxTree old = ParseHelper.Parse(text);
        Assert.False(old.Root.Headline.IsMissing);
        DispatchSyntaxTree edited = AssertEqualsFullParse(old, TextChange.Insert(text.IndexOf("  Yeni", StringComparison.Ordinal) + 1, "-"));
        Assert.True(edited.Root.Headline.IsMissing);
        Assert.NotNull(edited.Root.Body.Dateline);
    }

    [Fact]
    public void Deleting_the_dash_turns_the_dateline_back_into_a_paragraph()
    {
        DispatchSyntaxTree old = ParseHelper.Parse(Turkish);
        Assert.NotNull(old.Root.Body.Dateline);
        DispatchSyntaxTree edited = AssertEqualsFullParse(old, TextChange.Delete(new TextSpan(Turkish.IndexOf("(AA) -", StringComparison.Ordinal) + 5, 1)));
        Assert.Null(edited.Root.Body.Dateline);
    }

    /// <summary>
    /// Regression (core fuzz run of 2026-12-03, core-incremental-headline-diagnostics-after-deleting-the-opening-of-a-dashed-headline-*):
    /// with no headline, DSP0001 names the first line's class; an edit of a dateline paragraph there that changes that class
    /// (a place dateline 'DFA--' before '000DHA-0' becomes the agency dateline 'DHA-') kept the old reason.
    /// </summary>
    [Theory]
    [InlineData("DFA-- 000DHA-0\n0", 0, 9)]
    [InlineData("ANKARA - Birinci paragraf burada.\nİkinci paragraf. (AA)\nYASAL UYARI: Haklar.", 0, 9)]
    [InlineData("ANKARA - Birinci paragraf burada.\nİkinci paragraf. (AA)\nYASAL UYARI: Haklar.", 6, 2)]
    public void An_edit_of_the_first_line_of_a_dispatch_without_headline_renames_the_missing_headline_reason(string text, int start, int length)
    {
        DispatchSyntaxTree old = ParseHelper.Parse(text);
        Assert.True(old.Root.Headline.IsMissing);
        AssertEqualsFullParse(old, TextChange.Delete(new TextSpan(start, length)));
    }

    [Fact]
    public void Typing_a_full_stop_after_the_tag_keeps_it_the_tag_with_a_departure()
    {
        DispatchSyntaxTree old = ParseHelper.Parse(Turkish);
        DispatchSyntaxTree edited = AssertEqualsFullParse(old, TextChange.Insert(Turkish.IndexOf("(İLKHA)", StringComparison.Ordinal) + 7, "."));
        Assert.Equal("İLKHA", edited.Root.AgencyTag!.Name);
        Assert.Same(old.Root.Notice.Green, edited.Root.Notice.Green);
    }

    /// <summary>
    /// The fast path takes the old tag over when the edit of the tagged last paragraph lies before the tag (its text, read
    /// from its full start, is the same): typed into the text, just before the group, or the space before it deleted — a
    /// plain tag, one with a departure, a credit. An edit inside the group parses it again.
    /// </summary>
    [Theory]
    [InlineData("Beşinci paragraf. (İLKHA)", "Beşinci paragraf", 3, 0, "K")]
    [InlineData("Beşinci paragraf. (İLKHA)", "(İLKHA)", 0, 0, "K")]
    [InlineData("Beşinci paragraf. (İLKHA)", " (İLKHA)", 0, 1, "")]
    [InlineData("Beşinci paragraf. (aa).", "Beşinci paragraf", 3, 0, "K")]
    [InlineData("Beşinci paragraf. (aa).", " (aa)", 0, 1, "")]
    [InlineData("Beşinci paragraf (Ayşe Demir / DHA).", "paragraf", 2, 1, "x")]
    public void An_edit_before_the_tag_of_the_last_paragraph_takes_the_old_tag_over(string lastLine, string where, int offset, int length, string typed)
    {
        string text = Turkish.Replace("Beşinci paragraf. (İLKHA)", lastLine, StringComparison.Ordinal);
        DispatchSyntaxTree old = ParseHelper.Parse(text);
        Assert.NotNull(old.Root.Body.AgencyTag);
        int position = text.IndexOf(where, StringComparison.Ordinal) + offset;
        DispatchSyntaxTree edited = AssertEqualsFullParse(old, new TextChange(new TextSpan(position, length), typed));
        Assert.Same(old.Root.Body.AgencyTag!.Green, edited.Root.Body.AgencyTag!.Green);
        Assert.Same(old.Root.Notice.Green, edited.Root.Notice.Green); // the one-line path

        DispatchSyntaxTree inside = AssertEqualsFullParse(old, TextChange.Insert(text.IndexOf(lastLine, StringComparison.Ordinal) + lastLine.LastIndexOf(')') - 1, "K"));
        Assert.NotSame(old.Root.Body.AgencyTag!.Green, inside.Root.Body.AgencyTag?.Green);
    }

    private static DispatchSyntaxTree AssertEqualsFullParse(DispatchSyntaxTree old, TextChange change)
    {
        DispatchSyntaxTree incremental = old.WithChanges(change);
        string newText = old.Text.WithChanges(change).ToString();
        DispatchSyntaxTree full = DispatchSyntaxTree.ParseText(newText, old.Options);
        Assert.Equal(newText, incremental.Root.ToFullString());
        string? difference = full.FindDifference(incremental);
        Assert.True(difference is null, $"{change.Span} -> '{change.NewText}' in {Escaping.Literal(old.Text.ToString())}: {difference}");
        return incremental;
    }

    /// <summary>The nodes that hold a line or part of one, with their full starts: headline, dateline, paragraphs, tag, notice, briefs.</summary>
    private static List<(TextSpan Span, GreenNode Green)> LineNodes(DispatchSyntaxTree tree)
    {
        DocumentSyntax root = tree.Root;
        var nodes = new List<(TextSpan, GreenNode)> { (root.Headline.Span, root.Headline.Green) };
        if (root.Body.Dateline is { } dateline) nodes.Add((dateline.Span, dateline.Green));
        nodes.AddRange(root.Body.Paragraphs.Select(p => (p.Span, p.Green)));
        if (root.Body.AgencyTag is { } tag) nodes.Add((tag.Span, tag.Green));
        nodes.Add((root.Notice.Span, root.Notice.Green));
        nodes.AddRange(root.Briefs.Select(b => (b.Span, b.Green)));
        return nodes;
    }
}
