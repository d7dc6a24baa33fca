using DispatchParser.Diagnostics;
using DispatchParser.Syntax;
using DispatchParser.Text;

namespace DispatchParser.Tests.Parsing;

/// <summary>Each parser diagnostic by code and span (never by message), and its severity per profile.</summary>
public sealed class DiagnosticTests
{
    private static Diagnostic Single(DispatchSyntaxTree tree, string code) => Assert.Single(tree.GetDiagnostics(), d => d.Code == code);

    [Fact]
    public void DSP0001_missing_headline_when_the_text_opens_with_a_dateline()
    {
        DispatchSyntaxTree tree = ParseHelper.Parse("ANKA - ANKARA - Metin burada.\nYASAL UYARI: Haklar.");
        Diagnostic diagnostic = Single(tree, "DSP0001");
        Assert.Equal(new TextSpan(0, 0), diagnostic.Span);
        Assert.True(tree.Root.Headline.IsMissing);
        Assert.Equal("ANKA", tree.Root.Dateline!.AgencyName);
    }

    [Fact]
    public void DSP0002_missing_separator_is_zero_width_after_the_headline()
    {
        DispatchSyntaxTree tree = ParseHelper.Parse("Başlık\nBir. (AA)\nYASAL UYARI: Haklar.");
        Assert.Equal(new TextSpan(6, 0), Single(tree, "DSP0002").Span); // at the end of the headline
        Assert.True(tree.Root.Separator.IsMissing);
        Assert.Equal("Bir.", tree.Root.Paragraphs.Single().Text);
    }

    [Fact]
    public void DSP0003_missing_agency_tag_at_the_end_of_the_body()
    {
        const string text = "Başlık\n\nBir.\nİki.\nYASAL UYARI: Haklar.";
        DispatchSyntaxTree tree = ParseHelper.Parse(text);
        Assert.Equal(new TextSpan(text.IndexOf("\nYASAL", StringComparison.Ordinal), 0), Single(tree, "DSP0003").Span); // after "İki."
        Assert.True(tree.Root.AgencyTag!.IsMissing);
    }

    [Fact]
    public void DSP0004_missing_notice_at_the_end()
    {
        const string text = "Başlık\n\nBir. (AA)  \n\n";
        DispatchSyntaxTree tree = ParseHelper.Parse(text);
        Assert.Equal(new TextSpan(text.IndexOf(')', StringComparison.Ordinal) + 1, 0), Single(tree, "DSP0004").Span);
    }

    [Fact]
    public void DSP0005_missing_body_when_the_notice_follows_the_separator()
    {
        DispatchSyntaxTree tree = ParseHelper.Parse("Başlık\n\nYASAL UYARI: Haklar.");
        Single(tree, "DSP0005");
        Assert.Empty(tree.Root.Paragraphs);
    }

    [Fact]
    public void DSP0006_sign_off_mid_body_is_skipped_text()
    {
        const string text = "Short headline\n\nOne.\nReuter\nTwo. (AP)\nLEGAL NOTICE: Rights.";
        DispatchSyntaxTree tree = ParseHelper.Parse(text);
        Assert.Equal(new TextSpan(text.IndexOf("Reuter", StringComparison.Ordinal), 6), Single(tree, "DSP0006").Span);
        Assert.Contains(tree.Root.DescendantTrivia(), t => t.Kind == SyntaxKind.SkippedTextTrivia && t.Text == "Reuter");
        Assert.Equal(2, tree.Root.Paragraphs.Count);
    }

    [Theory]
    [InlineData("Short headline\n\nOne. (AP)\n// انتهى //\nStray text.\nLEGAL NOTICE: Rights.", "Stray text.")]
    [InlineData("Short headline\n\nOne. (AP)\nLEGAL NOTICE: Rights.\nLEGAL NOTICE: Again.", "LEGAL NOTICE: Again.")]
    [InlineData("Short headline\n\nOne. (AP)\nLEGAL NOTICE: Rights.\nBrief.\nMORE", "MORE")]
    public void DSP0006_lines_where_none_may_stand(string text, string skipped)
    {
        DispatchSyntaxTree tree = ParseHelper.Parse(text);
        Assert.Equal(new TextSpan(text.LastIndexOf(skipped, StringComparison.Ordinal), skipped.Length), Single(tree, "DSP0006").Span);
    }

    [Fact]
    public void DSP0007_byte_order_mark_not_at_the_start()
    {
        const string text = "Başlık\n\n\uFEFFBir. (AA)\nYASAL UYARI: Haklar.";
        DispatchSyntaxTree tree = ParseHelper.Parse(text);
        Assert.Equal(new TextSpan(8, 1), Single(tree, "DSP0007").Span);
        Assert.Equal("Bir.", tree.Root.Paragraphs.Single().Text);
    }

    [Fact]
    public void Byte_order_mark_inside_a_line_is_text()
    {
        DispatchSyntaxTree tree = ParseHelper.Parse("Başlık\n\nBir\uFEFFiki. (AA)\nYASAL UYARI: Haklar.");
        Assert.Empty(tree.GetDiagnostics());
    }

    [Fact]
    public void Departures_are_warnings_under_strict_and_never_errors()
    {
        const string text = "\n\nBaşlık  \n \n\n  Bir.\n\nİki. (AA)\nYASAL UYARI: Haklar.\n\n";
        DispatchSyntaxTree tree = ParseHelper.Parse(text, ParseOptions.Strict);
        Assert.Empty(ParseHelper.ErrorCodes(tree));
        Assert.Equal(["DSP0101", "DSP0104", "DSP0102", "DSP0105", "DSP0103", "DSP0106"], ParseHelper.Codes(tree));
        Assert.All(tree.GetDiagnostics(), d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.Equal(new TextSpan(0, 2), Single(tree, "DSP0101").Span);
        Assert.Equal(new TextSpan(8, 2), Single(tree, "DSP0104").Span);
        Assert.Equal(new TextSpan(11, 3), Single(tree, "DSP0102").Span);
        Assert.Equal(new TextSpan(14, 2), Single(tree, "DSP0105").Span);
        Assert.Equal(new TextSpan(21, 1), Single(tree, "DSP0103").Span);
        Assert.Equal(new TextSpan(text.Length - 1, 1), Single(tree, "DSP0106").Span);
    }

    [Theory]
    [InlineData(ParseProfile.Strict, "DSP0002,DSP0003,DSP0004", "")]
    [InlineData(ParseProfile.Standard, "DSP0003", "DSP0002,DSP0004")]
    [InlineData(ParseProfile.Lenient, "", "DSP0002,DSP0003,DSP0004")]
    public void Profiles_decide_severities(ParseProfile profile, string errors, string warnings)
    {
        // No separator, no tag, no notice.
        DispatchSyntaxTree tree = ParseHelper.Parse("Başlık\nBir.\nİki.", new ParseOptions { Profile = profile });
        string Join(DiagnosticSeverity severity) => string.Join(",", tree.GetDiagnostics().Where(d => d.Severity == severity).Select(d => d.Code).Order());
        Assert.Equal(errors, Join(DiagnosticSeverity.Error));
        Assert.Equal(warnings, Join(DiagnosticSeverity.Warning));
    }

    [Theory]
    [InlineData(ParseProfile.Strict, DiagnosticSeverity.Error)]
    [InlineData(ParseProfile.Standard, DiagnosticSeverity.Error)]
    [InlineData(ParseProfile.Lenient, DiagnosticSeverity.Warning)]
    public void Missing_headline_severity_per_profile(ParseProfile profile, DiagnosticSeverity severity)
    {
        DispatchSyntaxTree tree = ParseHelper.Parse("(AA)\n\nBir. (AA)\nYASAL UYARI: Haklar.", new ParseOptions { Profile = profile });
        Assert.Equal(severity, Single(tree, "DSP0001").Severity);
    }

    [Fact]
    public void Per_code_override_changes_one_severity()
    {
        ParseOptions options = ParseOptions.Strict.WithSeverity("DSP0004", DiagnosticSeverity.Hidden);
        DispatchSyntaxTree tree = ParseHelper.Parse("Başlık\n\nBir. (AA)", options);
        Assert.Empty(tree.GetDiagnostics());
        Assert.Single(tree.WithOptions(ParseOptions.Strict).GetDiagnostics(), d => d.Code == "DSP0004");
    }

    [Fact]
    public void Every_code_is_unique_and_numbered()
    {
        Assert.Equal(DiagnosticCodes.All.Count, DiagnosticCodes.All.Select(d => d.Code).Distinct().Count());
        Assert.All(DiagnosticCodes.All, d => Assert.Matches("^DSP[0-9]{4}$", d.Code));
    }
}
