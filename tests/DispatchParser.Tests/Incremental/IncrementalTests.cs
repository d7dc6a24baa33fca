using DispatchParser.Syntax;
using DispatchParser.Text;

namespace DispatchParser.Tests.Incremental;

/// <summary>
/// Incremental = full: after each edit the reused tree must equal a fresh parse of the new text (kinds,
/// spans, text, trivia, diagnostics), including edits that change the structure far from where they happen.
/// </summary>
public sealed class IncrementalTests
{
    private const string Dispatch =
        "Başlık burada\n\nBirinci paragraf.\nİkinci paragraf.\nÜçüncü paragraf.\nDördüncü paragraf. (İLKHA)\nYASAL UYARI: Haklar İlke Haber Ajansı'na aittir.\nKısa haber bir.\nKısa haber iki.";

    private static DispatchSyntaxTree AssertEdit(string text, params TextChange[] changes) =>
        AssertEdit(ParseHelper.Parse(text), changes);

    private static DispatchSyntaxTree AssertEdit(DispatchSyntaxTree old, params TextChange[] changes)
    {
        DispatchSyntaxTree incremental = old.WithChanges(changes);
        string newText = old.Text.WithChanges(changes).ToString();
        DispatchSyntaxTree full = DispatchSyntaxTree.ParseText(newText, old.Options);
        Assert.Equal(newText, incremental.Root.ToFullString());
        Assert.Null(full.FindDifference(incremental));
        Assert.Equal(full.GetDiagnostics(), incremental.GetDiagnostics());
        ParseHelper.CheckInvariants(incremental, newText);
        return incremental;
    }

    private static int At(string text, string what) => text.IndexOf(what, StringComparison.Ordinal);

    [Fact]
    public void Typing_a_notice_marker_at_the_start_of_a_line() =>
        AssertEdit(Dispatch, TextChange.Insert(At(Dispatch, "Üçüncü"), "YASAL UYARI: "));

    [Fact]
    public void Deleting_the_separator_line() =>
        AssertEdit(Dispatch, TextChange.Delete(new TextSpan(At(Dispatch, "\n\n"), 1)));

    [Fact]
    public void Removing_the_agency_tag() =>
        AssertEdit(Dispatch, TextChange.Delete(new TextSpan(At(Dispatch, " (İLKHA)"), 8)));

    [Fact]
    public void Adding_the_agency_tag_back()
    {
        string untagged = Dispatch.Replace(" (İLKHA)", "", StringComparison.Ordinal);
        DispatchSyntaxTree tree = AssertEdit(untagged, TextChange.Insert(At(untagged, "\nYASAL"), " (AA)"));
        Assert.Equal("AA", tree.Root.AgencyTag!.Name);
    }

    [Fact]
    public void Joining_two_lines_by_deleting_a_line_break() =>
        AssertEdit(Dispatch, TextChange.Delete(new TextSpan(At(Dispatch, "\nÜçüncü"), 1)));

    [Fact]
    public void Splitting_a_CRLF_by_inserting_between_CR_and_LF()
    {
        string crlf = Dispatch.Replace("\n", "\r\n", StringComparison.Ordinal);
        AssertEdit(crlf, TextChange.Insert(At(crlf, "\r\nÜçüncü") + 1, "x"));
    }

    [Fact]
    public void Joining_CR_and_LF_into_one_break()
    {
        string mixed = Dispatch.Replace("İkinci paragraf.\n", "İkinci paragraf.\r", StringComparison.Ordinal);
        AssertEdit(mixed, TextChange.Insert(At(mixed, "\rÜçüncü") + 1, "\n"));
    }

    [Fact]
    public void Inserting_a_byte_order_mark() => AssertEdit(Dispatch, TextChange.Insert(0, "\uFEFF"));

    [Fact]
    public void Inserting_a_byte_order_mark_at_a_middle_line_start() =>
        AssertEdit(Dispatch, TextChange.Insert(At(Dispatch, "Üçüncü"), "\uFEFF"));

    [Fact]
    public void Editing_inside_the_first_line() => AssertEdit(Dispatch, TextChange.Insert(3, "X"));

    [Fact]
    public void Editing_inside_the_last_line() => AssertEdit(Dispatch, TextChange.Insert(Dispatch.Length - 2, "X"));

    [Fact]
    public void Deleting_everything() => AssertEdit(Dispatch, TextChange.Delete(new TextSpan(0, Dispatch.Length)));

    [Fact]
    public void Typing_into_an_empty_document() => AssertEdit("", TextChange.Insert(0, Dispatch));

    [Fact]
    public void Turning_a_middle_paragraph_into_a_sign_off() =>
        AssertEdit(Dispatch, new TextChange(new TextSpan(At(Dispatch, "Üçüncü paragraf."), "Üçüncü paragraf.".Length), "Reuter"));

    [Fact]
    public void Turning_a_middle_paragraph_into_an_end_marker() =>
        AssertEdit(Dispatch, new TextChange(new TextSpan(At(Dispatch, "Üçüncü paragraf."), "Üçüncü paragraf.".Length), "// انتهى //"));

    [Fact]
    public void Blanking_a_middle_paragraph() =>
        AssertEdit(Dispatch, new TextChange(new TextSpan(At(Dispatch, "Üçüncü paragraf."), "Üçüncü paragraf.".Length), "  "));

    [Fact]
    public void Adding_trailing_whitespace_to_a_middle_paragraph() =>
        AssertEdit(Dispatch, TextChange.Insert(At(Dispatch, "\nDördüncü"), "  "));

    [Fact]
    public void Typing_in_a_brief() => AssertEdit(Dispatch, TextChange.Insert(At(Dispatch, "haber bir"), "yeni "));

    [Fact]
    public void Several_changes_at_once() =>
        AssertEdit(Dispatch, TextChange.Insert(3, "X"), TextChange.Delete(new TextSpan(At(Dispatch, " (İLKHA)"), 8)));

    [Fact]
    public void One_character_edit_in_a_middle_paragraph_reuses_every_other_paragraph()
    {
        string text = LongDispatch(200);
        DispatchSyntaxTree old = ParseHelper.Parse(text);
        int position = At(text, "paragraf 100 ") + 3;
        DispatchSyntaxTree edited = AssertEdit(old, TextChange.Insert(position, "x"));

        var oldGreen = old.Root.Paragraphs.Select(p => p.Green).ToList();
        var newGreen = edited.Root.Paragraphs.Select(p => p.Green).ToList();
        Assert.Equal(oldGreen.Count, newGreen.Count);
        int reused = oldGreen.Zip(newGreen).Count(pair => ReferenceEquals(pair.First, pair.Second));
        Assert.Equal(oldGreen.Count - 1, reused);
        Assert.Same(old.Root.Headline.Green, edited.Root.Headline.Green);
        Assert.Same(old.Root.Notice.Green, edited.Root.Notice.Green);
    }

    [Fact]
    public void Structural_edit_still_reuses_untouched_middle_paragraphs()
    {
        string text = LongDispatch(100);
        DispatchSyntaxTree old = ParseHelper.Parse(text);
        // Removing the tag changes the body's end: the slow path reparses, taking over untouched lines.
        DispatchSyntaxTree edited = AssertEdit(old, TextChange.Delete(new TextSpan(At(text, " (AA)"), 5)));
        var oldGreen = old.Root.Paragraphs.Select(p => p.Green).ToHashSet();
        int reused = edited.Root.Paragraphs.Count(p => oldGreen.Contains(p.Green));
        Assert.True(reused >= edited.Root.Paragraphs.Count - 3, $"only {reused} of {edited.Root.Paragraphs.Count} paragraphs reused");
    }

    [Fact]
    public void Changed_spans_cover_the_edit()
    {
        DispatchSyntaxTree old = ParseHelper.Parse(Dispatch);
        DispatchSyntaxTree edited = old.WithChanges(TextChange.Insert(20, "abc"));
        Assert.Equal([new TextSpan(20, 3)], edited.GetChangedSpans(old));
        Assert.Empty(old.GetChangedSpans(old));
    }

    [Fact]
    public void WithChangedText_equals_a_full_parse()
    {
        DispatchSyntaxTree old = ParseHelper.Parse(Dispatch);
        string newText = Dispatch.Replace("İkinci", "Sonraki", StringComparison.Ordinal);
        DispatchSyntaxTree edited = old.WithChangedText(SourceText.From(newText));
        Assert.Null(DispatchSyntaxTree.ParseText(newText, old.Options).FindDifference(edited));
    }

    /// <summary>
    /// Fuzz finding (core target, undo of the edit): with a byline gone, the next line became the first paragraph;
    /// undoing the edit reused it as the paragraph after the byline, where its blank line must be reported (DSP0103
    /// inside the body) and lead-in prefixes are no longer read. A reused paragraph must stand where it stood before.
    /// </summary>
    [Fact]
    public void Undoing_an_edit_that_made_a_byline_a_paragraph_reports_the_blank_line_after_it()
    {
        string text = "00000000\n  NEWS DESK              Kulüp \n               \n" + new string('0', 390) + "\n" + new string('0', 87);
        DispatchSyntaxTree edited = AssertEdit(text, TextChange.Delete(new TextSpan(At(text, "Kulü"), 4)));
        DispatchSyntaxTree undone = edited.WithChangedText(SourceText.From(text));
        Assert.Null(DispatchSyntaxTree.ParseText(text).FindDifference(undone));
    }

    /// <summary>
    /// Fuzz finding (core target, 30-minute run, "Body is 44 wide instead of 66"): with no notice below, a tagged line
    /// that ends a sentence closes the story (the reprint rule) unless a sign-off follows it, and the lines after it are
    /// briefs. Deleting the first brief's text before its credit made that brief a sign-off line; the one-line path kept
    /// it a brief, while a fresh parse gives the body that sign-off and leaves the tagged line a plain paragraph.
    /// </summary>
    [Fact]
    public void Editing_the_first_brief_into_a_sign_off_when_no_notice_follows_gives_the_body_the_sign_off()
    {
        string text = "Flood warning\n\nForecasters warned re. (Jane Dog / Reuters)\nflooding. (Jane Dog / Reuters)\n";
        Assert.Single(ParseHelper.Parse(text).Root.Briefs);
        DispatchSyntaxTree edited = AssertEdit(text, TextChange.Delete(new TextSpan(At(text, "flooding."), "flooding.".Length)));
        Assert.Empty(edited.Root.Briefs);
        Assert.Equal(SyntaxKind.SignOff, edited.Root.AgencyTag?.Kind);
    }

    /// <summary>
    /// The other lines the body reads after it when no notice follows: a source line joins a body the reprint rule closed
    /// (after a tagged line or a parenthesised sign-off), and a stamp line joins the end marker before it. Typing the
    /// first brief into one of them is no longer a one-line edit.
    /// </summary>
    [Theory]
    [InlineData("Flood warning\n\nForecasters warned of floods. (Reuters)\nSourcex: Reuters\n", "x")]
    [InlineData("Gold edges up\n\nGold prices edged higher.\n(Reuters)\nSourcex: Reuters\n", "x")]
    [InlineData("Gold edges up\n\nGold prices edged higher.\nMORE\nx14:30 GMT\n", "x")]
    public void Editing_the_first_brief_into_a_line_the_body_takes_when_no_notice_follows(string text, string deleted)
    {
        Assert.Single(ParseHelper.Parse(text).Root.Briefs);
        DispatchSyntaxTree edited = AssertEdit(text, TextChange.Delete(new TextSpan(At(text, deleted), deleted.Length)));
        Assert.Empty(edited.Root.Briefs);
    }

    internal static string LongDispatch(int paragraphs)
    {
        var builder = new System.Text.StringBuilder("Başlık\n\n");
        for (int i = 0; i < paragraphs; i++) builder.Append("Bu paragraf ").Append(i).Append(" uzun bir metindir.").Append(i == paragraphs - 1 ? " (AA)\n" : "\n");
        return builder.Append("YASAL UYARI: Haklar saklıdır.\nKısa haber.").ToString();
    }
}
