using DispatchParser.Analysis;
using DispatchParser.Diagnostics;
using DispatchParser.Syntax;

namespace DispatchParser.Tests.Analysis;

/// <summary>The fixes the language server offers and <c>dispatch check --fix</c> applies, in one place.</summary>
public sealed class CodeFixesTests
{
    private const string Notice = "YASAL UYARI: Yayınlanan haberin tüm hakları İlke Haber Ajansı'na aittir.";

    [Fact]
    public void Every_fix_applied_together_leaves_no_fixable_diagnostic()
    {
        string text = "Başlık\nİlk paragraf\u202E burada.\n" + Notice + "\n";
        DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(text);
        IReadOnlyList<Diagnostic> diagnostics = DispatchAnalyzer.GetAllDiagnostics(tree);

        IReadOnlyList<CodeFix> fixes = CodeFixes.ForAll(tree, diagnostics);

        Assert.Equal(["DSP0002", "DSP0202", "DSP0003"], fixes.Select(fix => fix.Diagnostic.Code));
        string result = CodeFixes.Apply(tree, fixes);
        Assert.Equal("Başlık\n\nİlk paragraf burada. (İLKHA)\n" + Notice + "\n", result);
        DispatchSyntaxTree fixedTree = DispatchSyntaxTree.ParseText(result);
        Assert.DoesNotContain(DispatchAnalyzer.GetAllDiagnostics(fixedTree), diagnostic => CodeFixes.FixableCodes.Contains(diagnostic.Code));
        Assert.Empty(CodeFixes.ForAll(fixedTree, DispatchAnalyzer.GetAllDiagnostics(fixedTree)));
    }

    [Fact]
    public void The_separator_uses_the_documents_line_break_and_a_one_line_text_gets_two()
    {
        DispatchSyntaxTree crlf = DispatchSyntaxTree.ParseText("Başlık\r\nMetin (AA)\r\n" + Notice + "\r\n");
        CodeFix fix = Assert.Single(CodeFixes.ForAll(crlf, DispatchAnalyzer.GetAllDiagnostics(crlf)), found => found.Diagnostic.Code == "DSP0002");
        Assert.Equal("\r\n", fix.Change.NewText);
        Assert.Equal(8, fix.Change.Span.Start);
    }

    [Fact]
    public void A_tag_needs_a_notice_that_names_an_agency()
    {
        DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText("Başlık\n\nMetin burada.\nYASAL UYARI: Tüm hakları saklıdır.\n");
        Diagnostic missingTag = Assert.Single(DispatchAnalyzer.GetAllDiagnostics(tree), diagnostic => diagnostic.Code == "DSP0003");
        Assert.Null(CodeFixes.For(tree, missingTag));
    }

    [Fact]
    public void Overlapping_fixes_are_left_for_a_later_run()
    {
        // Two bidi controls side by side: both deletions apply (they touch but do not overlap);
        // the same diagnostic twice gives one fix.
        DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText("Başlık\n\nMetin\u202E\u202C (AA)\n" + Notice + "\n");
        List<Diagnostic> bidi = [.. DispatchAnalyzer.GetAllDiagnostics(tree).Where(diagnostic => diagnostic.Code == "DSP0202")];
        Assert.Equal(2, bidi.Count);
        Assert.Equal(2, CodeFixes.ForAll(tree, bidi).Count);
        Assert.Single(CodeFixes.ForAll(tree, [bidi[0], bidi[0]]));
    }

    [Theory]
    // A bare sign-off line (stray spaces and NBSPs before it are trivia and stay), with a full stop, in lower case.
    [InlineData("AA", "(AA)")]
    [InlineData("  \u00A0İHA", "  \u00A0(İHA)")]
    [InlineData("AA.", "(AA)")]
    [InlineData("dha", "(DHA)")]
    // A parenthesised sign-off in lower case or with a full stop.
    [InlineData("(dha)", "(DHA)")]
    [InlineData("(AA).", "(AA)")]
    public void A_non_canonical_sign_off_becomes_the_canonical_tag(string signOff, string expected)
    {
        string text = $"Başlık\n\nVatandaşlar ilgi gösterdi.\n{signOff}\n{Notice}\n";
        DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(text);
        string agency = tree.Root.AgencyTag!.Agency!.Id;
        Diagnostic departure = Assert.Single(DispatchAnalyzer.GetAllDiagnostics(tree), diagnostic => diagnostic.Code == "DSP0107");

        CodeFix? fix = CodeFixes.For(tree, departure);

        Assert.NotNull(fix);
        string result = CodeFixes.Apply(tree, [fix]);
        Assert.Equal($"Başlık\n\nVatandaşlar ilgi gösterdi.\n{expected}\n{Notice}\n", result);
        DispatchSyntaxTree fixedTree = DispatchSyntaxTree.ParseText(result);
        Assert.Equal(agency, fixedTree.Root.AgencyTag?.Agency?.Id);
        Assert.DoesNotContain(DispatchAnalyzer.GetAllDiagnostics(fixedTree), diagnostic => diagnostic.Code == "DSP0107");
    }

    [Theory]
    [InlineData("Vatandaşlar ilgi gösterdi (dha).", "Vatandaşlar ilgi gösterdi (DHA)")]
    [InlineData("Vatandaşlar ilgi gösterdi (AA).", "Vatandaşlar ilgi gösterdi (AA)")]
    public void A_tag_ending_the_paragraph_loses_its_full_stop_and_lower_case(string paragraph, string expected)
    {
        DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText($"Başlık\n\n{paragraph}\n{Notice}\n");
        Diagnostic departure = Assert.Single(DispatchAnalyzer.GetAllDiagnostics(tree), diagnostic => diagnostic.Code == "DSP0107");

        string result = CodeFixes.Apply(tree, CodeFixes.ForAll(tree, [departure]));

        Assert.Equal($"Başlık\n\n{expected}\n{Notice}\n", result);
    }

    [Theory]
    // A credit keeps its reporter and a signed sign-off its signature; a byline naming the agency alone and an inline
    // end marker have no one rewrite.
    [InlineData("Başlık\n\nVatandaşlar ilgi gösterdi.\n(Ayşe Demir / DHA)\n")]
    [InlineData("Başlık\n\nVatandaşlar ilgi gösterdi.\nAyşe DEMİR / İZMİR, (DHA)\n")]
    [InlineData("Başlık\n\nZEYNEP KARA DHA\nVatandaşlar ilgi gösterdi.\n")]
    [InlineData("عنوان الخبر\n\nنص الخبر هنا. (واس) // انتهى //\n")]
    public void Departures_without_one_right_rewrite_get_no_fix(string text)
    {
        DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(text + Notice + "\n");
        List<Diagnostic> departures = [.. DispatchAnalyzer.GetAllDiagnostics(tree).Where(diagnostic => diagnostic.Code == "DSP0107")];
        Assert.NotEmpty(departures);
        Assert.All(departures, departure => Assert.Null(CodeFixes.For(tree, departure)));
    }
}
