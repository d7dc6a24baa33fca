using System.Text.Json;
using DispatchParser.Analysis;
using DispatchParser.Diagnostics;
using DispatchParser.Export;
using DispatchParser.Syntax;
using DispatchParser.Text;
using static DispatchParser.Tests.Analysis.AnalysisTest;

namespace DispatchParser.Tests.Analysis;

/// <summary>DSP0207: a surrogate that is not half of a pair — kept by the tree, replaced by U+FFFD in every export.</summary>
public sealed class LoneSurrogateAnalyzerTests
{
    private const string Code = "DSP0207";

    [Theory]
    [MemberData(nameof(Languages), MemberType = typeof(AnalysisTest))]
    public void Sample_dispatches_have_none(string language)
    {
        Assert.Empty(Spans(SampleDispatch.ByLanguage(language).Build(), Code));
    }

    [Fact]
    public void A_pair_is_one_character_and_is_not_reported()
    {
        string text = Lines("Başlık 😀", "", "Haber metni 😀 burada. (AA)", "YASAL UYARI: Tüm hakları saklıdır.");

        Assert.Empty(Spans(text, Code));
    }

    [Theory]
    [InlineData(0xD800, "high surrogate alone")]
    [InlineData(0xDC00, "low surrogate alone")]
    public void A_lone_surrogate_in_a_paragraph_is_reported_where_it_is(int codeUnit, string why)
    {
        string surrogate = ((char)codeUnit).ToString(); // as a number: theory data would not carry a lone surrogate string intact
        string text = Lines("Başlık", "", $"Haber a {surrogate} b burada. (AA)", "YASAL UYARI: Tüm hakları saklıdır.");

        Assert.True(Spans(text, Code).SequenceEqual([SpanOf(text, surrogate)]), why);
    }

    [Fact]
    public void Reversed_pair_is_two_lone_surrogates()
    {
        string text = Lines("Başlık", "", "Haber \uDC00\uD800 burada. (AA)", "YASAL UYARI: Tüm hakları saklıdır.");

        Assert.Equal([SpanOf(text, "\uDC00"), SpanOf(text, "\uD800")], Spans(text, Code));
    }

    [Fact]
    public void Lone_surrogates_at_the_ends_of_the_text_and_in_the_headline_are_reported()
    {
        string text = "\uD83DBaşlık\n\nHaber metni burada. (AA)\nYASAL UYARI: Tüm hakları saklıdır.\uD83D";

        Assert.Equal([new TextSpan(0, 1), new TextSpan(text.Length - 1, 1)], Spans(text, Code));
    }

    [Fact]
    public void The_message_names_the_code_unit_and_the_replacement()
    {
        string text = Lines("Başlık", "", "Haber \uD800 burada. (AA)", "YASAL UYARI: Tüm hakları saklıdır.");

        Diagnostic diagnostic = Assert.Single(Analyze(text), d => d.Code == Code);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains("U+D800", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("U+FFFD", diagnostic.Message, StringComparison.Ordinal);
    }

    /// <summary>Regression (hostile-input issue, item 1): the JSON export replaced the surrogate with U+FFFD and said nothing.</summary>
    [Fact]
    public void Json_export_of_a_lone_surrogate_carries_the_replacement_and_the_diagnostic()
    {
        string text = Lines("Başlık", "", "Haber \uD800 burada. (AA)", "YASAL UYARI: Tüm hakları saklıdır.");
        var tree = DispatchSyntaxTree.ParseText(text);

        using var json = JsonDocument.Parse(DispatchJsonExporter.ExportJson(tree, DispatchAnalyzer.GetAllDiagnostics(tree)));

        Assert.Equal("Haber \uFFFD burada.", json.RootElement.GetProperty("paragraphs")[0].GetString());
        Assert.Contains(json.RootElement.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == Code);
    }

    [Fact]
    public void Past_one_hundred_the_rest_are_counted_in_one_more_diagnostic()
    {
        string text = Lines("Başlık", "", string.Concat(Enumerable.Repeat("a\uD800", 150)) + " (AA)", "YASAL UYARI: Tüm hakları saklıdır.");

        var reported = Analyze(text).Where(d => d.Code == Code).ToList();

        Assert.Equal(DiagnosticCap.MaxPerCode + 1, reported.Count);
        Assert.Contains("50 more", reported[^1].Message, StringComparison.Ordinal);
    }
}
