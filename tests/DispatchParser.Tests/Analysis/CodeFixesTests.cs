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
}
