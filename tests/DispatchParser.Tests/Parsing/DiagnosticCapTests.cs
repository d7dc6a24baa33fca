using DispatchParser.Analysis;
using DispatchParser.Diagnostics;
using DispatchParser.Syntax;
using DispatchParser.Text;

namespace DispatchParser.Tests.Parsing;

/// <summary>
/// The codes that can fire on every line stop at 100 per document, and one more diagnostic of the code, at the
/// first one left out, says how many more there are (issue: a million stray lines gave a million diagnostics
/// and took minutes).
/// </summary>
public sealed class DiagnosticCapTests
{
    private const int Max = 100;

    private static string Repeat(string line, int count) => string.Concat(Enumerable.Repeat(line, count));

    private static Diagnostic[] All(string text, string code) =>
        [.. DispatchAnalyzer.GetAllDiagnostics(DispatchSyntaxTree.ParseText(text, ParseOptions.Strict)).Where(d => d.Code == code)];

    /// <summary>Checks the first 100 are the ordinary ones, in text order, and the 101st the summary at <paramref name="firstLeftOut"/>.</summary>
    private static void AssertCapped(Diagnostic[] diagnostics, DiagnosticDescriptor descriptor, int total, int firstLeftOut)
    {
        Assert.Equal(Max + 1, diagnostics.Length);
        Assert.All(diagnostics.Take(Max), d => Assert.DoesNotContain("more", d.Message, StringComparison.Ordinal));
        Assert.True(diagnostics.Take(Max).Select(d => d.Span.Start).SequenceEqual(diagnostics.Take(Max).Select(d => d.Span.Start).Order()));
        Diagnostic summary = diagnostics[^1];
        Assert.Equal(descriptor, summary.Descriptor);
        Assert.Equal(ParseOptions.Strict.SeverityOf(descriptor), summary.Severity);
        Assert.Equal(firstLeftOut, summary.Span.Start);
        Assert.Equal(DiagnosticCap.MoreMessage(descriptor, total - Max), summary.Message);
        Assert.Contains($"{total - Max:N0} more", summary.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_run_of_stray_sign_off_lines_reports_100_DSP0006_and_how_many_more()
    {
        // Headline, blank line, then 1,000 "(AA)" lines: all but the last are stray sign-offs, the last one ends the body.
        string text = "Başlık\n\n" + Repeat("(AA)\n", 1000) + "YASAL UYARI: x\n";
        int firstLeftOut = "Başlık\n\n".Length + 5 * Max;
        AssertCapped(All(text, "DSP0006"), DiagnosticCodes.UnexpectedLine, 999, firstLeftOut);
    }

    [Fact]
    public void Trailing_and_leading_whitespace_stop_at_100_each()
    {
        string text = "Başlık\n\n" + Repeat("  Bir paragraf.  \n", 250) + "Son. (AA)\nYASAL UYARI: x\n";
        int line = "  Bir paragraf.  \n".Length;
        AssertCapped(All(text, "DSP0104"), DiagnosticCodes.TrailingWhitespace, 250, "Başlık\n\n".Length + line * Max + "  Bir paragraf.".Length);
        AssertCapped(All(text, "DSP0105"), DiagnosticCodes.LeadingWhitespace, 250, "Başlık\n\n".Length + line * Max);
    }

    [Fact]
    public void Bidi_controls_and_duplicate_paragraphs_stop_at_100_each()
    {
        string text = "Başlık\n\n" + Repeat("Aynı\u202E paragraf.\n", 300) + "Son. (AA)\nYASAL UYARI: x\n";
        int line = "Aynı\u202E paragraf.\n".Length;
        AssertCapped(All(text, "DSP0202"), DiagnosticCodes.BidiControl, 300, "Başlık\n\n".Length + line * Max + "Aynı".Length);
        // The first paragraph is the original: duplicates are paragraphs 2..300.
        AssertCapped(All(text, "DSP0204"), DiagnosticCodes.DuplicateParagraph, 299, "Başlık\n\n".Length + line * (Max + 1));
    }

    [Fact]
    public void Up_to_the_cap_nothing_changes()
    {
        string text = "Başlık\n\n" + Repeat("Satır. \n\n", 100) + "Son. (AA)\nYASAL UYARI: x\n";
        Diagnostic[] trailing = All(text, "DSP0104");
        Assert.Equal(Max, trailing.Length);
        Assert.All(trailing, d => Assert.Equal(DiagnosticCodes.TrailingWhitespace.MessageFormat, d.Message));
        Diagnostic[] blank = All(text, "DSP0103");
        Assert.Equal(Max, blank.Length);
        Assert.All(blank, d => Assert.DoesNotContain("more", d.Message, StringComparison.Ordinal));
    }

    // Issue 18 audit: a blank line between every two paragraphs, or a notice marker on every line, were not capped
    // (8 M blank-line pairs: 8 M DSP0103 diagnostics, 5.9 GB resident and 492 MB of `check` output).
    [Fact]
    public void Blank_lines_inside_and_notices_inside_the_body_stop_at_100_each()
    {
        string blank = "Başlık\n\n" + Repeat("Satır.\n\n", 300) + "Son. (AA)\nYASAL UYARI: x\n";
        // Each "Satır.\n\n" holds one blank line inside the dispatch: the summary stands in the 101st.
        int unit = "Satır.\n\n".Length;
        Diagnostic[] blankLines = All(blank, "DSP0103");
        AssertCapped(blankLines, DiagnosticCodes.BlankLineInside, 300, blankLines[^1].Span.Start);
        Assert.InRange(blankLines[^1].Span.Start, "Başlık\n\n".Length + unit * Max, "Başlık\n\n".Length + unit * (Max + 1) - 1);

        string notices = "Başlık\n\n" + Repeat("Metin YASAL UYARI: y\n", 250) + "Son. (AA)\nYASAL UYARI: x\n";
        int line = "Metin YASAL UYARI: y\n".Length;
        Diagnostic[] inside = All(notices, "DSP0205");
        AssertCapped(inside, DiagnosticCodes.NoticeInsideBody, 250, inside[^1].Span.Start);
        Assert.InRange(inside[^1].Span.Start, "Başlık\n\n".Length + line * Max, "Başlık\n\n".Length + line * (Max + 1) - 1);
    }

    [Fact]
    public void An_incremental_reparse_reports_what_a_full_parse_of_its_text_reports()
    {
        string text = "Başlık\n\n" + Repeat("(AA)\n", 300) + "Orta paragraf.\n" + Repeat("(AA)\n", 300) + "YASAL UYARI: x\n";
        DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(text, ParseOptions.Strict);
        int middle = text.IndexOf("Orta", StringComparison.Ordinal);
        DispatchSyntaxTree edited = tree.WithChanges(new TextChange(new TextSpan(middle, 4), "(AA)\n(AA)"));
        DispatchSyntaxTree full = DispatchSyntaxTree.ParseText(edited.Text.ToString(), ParseOptions.Strict);
        Assert.Equal(full.GetDiagnostics(), edited.GetDiagnostics());
        Assert.Contains(edited.GetDiagnostics(), d => d.Code == "DSP0006" && d.Message.Contains("more", StringComparison.Ordinal));
    }

    [Fact]
    public void The_diagnostics_of_a_tree_are_computed_once()
    {
        DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText("Başlık\nBir.\n", ParseOptions.Strict);
        Assert.Same(tree.GetDiagnostics(), tree.GetDiagnostics());
        Assert.NotSame(tree.GetDiagnostics(), tree.WithOptions(ParseOptions.Lenient).GetDiagnostics());
    }
}
