using DispatchParser.Analysis;
using DispatchParser.Diagnostics;
using DispatchParser.Syntax;
using DispatchParser.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static DispatchParser.Diagnostics.DiagnosticSeverity;
using static DispatchParser.Tests.Analysis.AnalysisTest;

namespace DispatchParser.Tests.Analysis;

/// <summary>The entry point: severities from the options, hidden codes left out, order, and robustness.</summary>
public sealed class DispatchAnalyzerTests
{
    /// <summary>
    /// One dispatch that sets off every analyzer once: an unknown dateline agency (KNA), an RLO, a repeated
    /// paragraph, one LF among CRLFs, a notice marker before the tag, and an AA tag under an İLKHA notice.
    /// </summary>
    private static readonly string s_everything =
        "Batman'da kan bağışı kampanyası\r\n" +
        "\r\n" +
        "BATMAN (KNA) - Kızılay'ın çağrısına vatandaşlar ilgi gösterdi.\r\n" +
        "Kampanya \u202Ehafta sonuna kadar sürecek.\r\n" +
        "Kızılay'ın çağrısına vatandaşlar ilgi gösterdi.\n" +
        "Bağışçılara teşekkür edildi. YASAL UYARI: kopya. (AA)\r\n" +
        "YASAL UYARI: Haberlerin tüm hakları İlke Haber Ajansı'na aittir.";

    public static TheoryData<string, DiagnosticSeverity[]> Profiles => new()
    {
        // Codes in order: DSP0201 … DSP0206. Hidden means not reported.
        { "strict", [Warning, Error, Warning, Warning, Warning, Info] },
        { "standard", [Warning, Error, Warning, Warning, Warning, Info] },
        { "lenient", [Warning, Warning, Info, Info, Info, Hidden] },
    };

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Severities_follow_the_profile_and_hidden_codes_are_left_out(string profile, DiagnosticSeverity[] expected)
    {
        var options = new ParseOptions { Profile = ParseOptions.ParseProfileName(profile) };
        var diagnostics = Analyze(s_everything, options);

        string[] codes = ["DSP0201", "DSP0202", "DSP0203", "DSP0204", "DSP0205", "DSP0206"];
        for (int i = 0; i < codes.Length; i++)
        {
            var reported = diagnostics.Where(diagnostic => diagnostic.Code == codes[i]).ToList();
            if (expected[i] == Hidden)
            {
                Assert.Empty(reported);
                continue;
            }
            Diagnostic single = Assert.Single(reported);
            Assert.Equal(expected[i], single.Severity);
        }
        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Severity == Hidden);
    }

    [Fact]
    public void Every_analyzer_reports_its_span_in_the_combined_dispatch()
    {
        string text = s_everything;
        var diagnostics = Analyze(text, ParseOptions.Strict);

        Assert.Equal([TagNameSpan(text, "AA")], Spans(diagnostics, "DSP0201"));
        Assert.Equal([SpanOf(text, "\u202E")], Spans(diagnostics, "DSP0202"));
        Assert.Equal([new TextSpan(text.IndexOf(".\n", StringComparison.Ordinal) + 1, 1)], Spans(diagnostics, "DSP0203"));
        Assert.Equal([SpanOf(text, "Kızılay'ın çağrısına vatandaşlar ilgi gösterdi.", 2)], Spans(diagnostics, "DSP0204"));
        Assert.Equal([SpanOf(text, "YASAL UYARI:")], Spans(diagnostics, "DSP0205"));
        Assert.Equal([SpanOf(text, "KNA")], Spans(diagnostics, "DSP0206"));
    }

    [Fact]
    public void Per_code_override_hides_one_code_and_leaves_the_others()
    {
        var options = ParseOptions.Strict.WithSeverity("DSP0202", Hidden);
        var diagnostics = Analyze(s_everything, options);

        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Code == "DSP0202");
        Assert.Equal(5, diagnostics.Count);
    }

    [Fact]
    public void Per_code_override_can_raise_a_code_the_profile_hides()
    {
        var options = ParseOptions.Lenient.WithSeverity("DSP0206", Error);
        var diagnostics = Analyze(s_everything, options);

        Diagnostic unknown = Assert.Single(diagnostics, diagnostic => diagnostic.Code == "DSP0206");
        Assert.Equal(Error, unknown.Severity);
    }

    [Fact]
    public void Same_tree_under_other_options_is_judged_again_without_reparsing()
    {
        DispatchSyntaxTree tree = Parse(s_everything, ParseOptions.Strict);

        Assert.Contains(DispatchAnalyzer.Analyze(tree), diagnostic => diagnostic.Code == "DSP0206");
        Assert.DoesNotContain(DispatchAnalyzer.Analyze(tree.WithOptions(ParseOptions.Lenient)), diagnostic => diagnostic.Code == "DSP0206");
    }

    [Fact]
    public void Diagnostics_are_sorted_by_span_start()
    {
        var diagnostics = Analyze(s_everything, ParseOptions.Strict);

        Assert.Equal(6, diagnostics.Count);
        Assert.Equal(diagnostics.OrderBy(diagnostic => diagnostic.Span.Start), diagnostics);
    }

    [Fact]
    public void All_diagnostics_are_the_parser_ones_and_the_analyzer_ones_sorted_by_position()
    {
        // A skipped line after the end marker (parser: DSP0006) holding a bidi control (analyzer: DSP0202).
        string text = Lines(
            "أمطار غزيرة في الرياض",
            "",
            "هطلت أمطار غزيرة على مدينة الرياض مساء اليوم. (KNA)",
            "// انتهى //",
            "نص \u202Eزائد",
            "تنبيه: جميع الحقوق محفوظة.");
        DispatchSyntaxTree tree = Parse(text, ParseOptions.Strict);

        var all = DispatchAnalyzer.GetAllDiagnostics(tree);

        Assert.Equal(
            tree.GetDiagnostics().Concat(DispatchAnalyzer.Analyze(tree)).Select(diagnostic => diagnostic.Code).Order(StringComparer.Ordinal),
            all.Select(diagnostic => diagnostic.Code).Order(StringComparer.Ordinal));
        Assert.Equal(["DSP0206", "DSP0006", "DSP0202"], all.Select(diagnostic => diagnostic.Code));
        Assert.Equal([TagNameSpan(text, "KNA"), SpanOf(text, "نص \u202Eزائد"), SpanOf(text, "\u202E")], all.Select(diagnostic => diagnostic.Span));
    }

    [Fact]
    public void Incrementally_edited_tree_is_analysed_like_a_fresh_parse()
    {
        // The editor case: a clean dispatch, then an edit that adds an RLO line and a repeat of the first paragraph.
        string clean = SampleDispatch.Turkish.Build();
        DispatchSyntaxTree before = Parse(clean, ParseOptions.Strict);
        string repeated = "\u202E" + SampleDispatch.Turkish.Paragraphs[0] + "\n" + SampleDispatch.Turkish.Paragraphs[0] + "\n";
        int insertAt = clean.IndexOf(SampleDispatch.Turkish.Paragraphs[1], StringComparison.Ordinal);

        DispatchSyntaxTree edited = before.WithChanges(TextChange.Insert(insertAt, repeated));
        DispatchSyntaxTree fresh = Parse(edited.Text.ToString(), ParseOptions.Strict);

        Assert.Empty(DispatchAnalyzer.Analyze(before));
        Assert.Equal(DispatchAnalyzer.Analyze(fresh), DispatchAnalyzer.Analyze(edited));
        Assert.Equal(["DSP0202", "DSP0204"], DispatchAnalyzer.Analyze(edited).Select(diagnostic => diagnostic.Code));
    }

    [Fact]
    public void Clean_dispatch_gives_an_empty_list()
    {
        Assert.Empty(DispatchAnalyzer.GetAllDiagnostics(Parse(SampleDispatch.Turkish.Build(), ParseOptions.Strict)));
    }

    [Fact]
    public void Null_tree_is_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => DispatchAnalyzer.Analyze(null!));
        Assert.Throws<ArgumentNullException>(() => DispatchAnalyzer.GetAllDiagnostics(null!));
    }

    // Pieces that make line classes, their boundaries and the characters the analyzers look for likely.
    private static readonly string[] s_pieces =
    [
        "\n", "\n", "\n", "\r\n", "\r", " ", "\t", "\u00A0", "\uFEFF", "\0", "\uD800", "\uDC00", "\u202E", "\u2066", "\u200F",
        "Başlık", "metin", "(AA)", "(İLKHA)", "(KNA)", "(", ")", "ANKARA ", " - ", "واس", "عين اليوم", "Reuter", "reuter",
        "// انتهى //", "YASAL UYARI:", "تنبيه:", "HIŞYARÎ :", "Legal notice:", "İlke Haber Ajansı", "'na", "وكالة إيلكا", "إيلكا",
        "Anadolu Agency", "AP", "Aynı paragraf.",
    ];

    private static Arbitrary<string> DispatchLikeText() =>
        Gen.Elements(s_pieces).ListOf().Select(pieces => string.Concat(pieces)).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Analysis_never_throws_and_reports_inside_the_text_in_order() =>
        Prop.ForAll(DispatchLikeText(), text =>
        {
            DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(text, ParseOptions.Strict);
            var diagnostics = DispatchAnalyzer.Analyze(tree);

            Assert.All(diagnostics, diagnostic => Assert.True(diagnostic.Span.End <= text.Length));
            Assert.Equal(diagnostics.OrderBy(diagnostic => diagnostic.Span.Start), diagnostics);
            Assert.Equal(text.Count(c => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069'),
                diagnostics.Count(diagnostic => diagnostic.Code == "DSP0202"));
            Assert.True(diagnostics.Count(diagnostic => diagnostic.Code == "DSP0203") <= 100);
            Assert.Equal(DispatchAnalyzer.GetAllDiagnostics(tree).Count, tree.GetDiagnostics().Count + diagnostics.Count);
        });
}
