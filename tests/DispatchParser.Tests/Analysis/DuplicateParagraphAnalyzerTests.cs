using static DispatchParser.Tests.Analysis.AnalysisTest;

namespace DispatchParser.Tests.Analysis;

/// <summary>DSP0204: a body paragraph repeating an earlier one.</summary>
public sealed class DuplicateParagraphAnalyzerTests
{
    private const string Code = "DSP0204";

    [Theory]
    [MemberData(nameof(Languages), MemberType = typeof(AnalysisTest))]
    public void Distinct_paragraphs_are_not_reported(string language)
    {
        Assert.Empty(Spans(SampleDispatch.ByLanguage(language).Build(), Code));
    }

    [Theory]
    [MemberData(nameof(Languages), MemberType = typeof(AnalysisTest))]
    public void Repeated_paragraph_is_reported_on_the_repetition(string language)
    {
        SampleDispatch sample = SampleDispatch.ByLanguage(language);
        string first = sample.Paragraphs[0];
        string text = sample.Build(paragraphs: [first, sample.Paragraphs[1], first, "Son."]);

        var diagnostics = Analyze(text);
        Assert.Equal([SpanOf(text, first, 2)], Spans(diagnostics, Code));
        Assert.Contains("1", diagnostics.Single(diagnostic => diagnostic.Code == Code).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Last_paragraph_is_compared_without_its_tag()
    {
        const string paragraph = "Etkinliğe katılan öğrenciler fidanların bakımını üstlenecek.";
        string text = SampleDispatch.Turkish.Build(paragraphs: [paragraph, "Fidanlar ilçenin dört mahallesine dikildi.", paragraph]);

        Assert.Equal([SpanOf(text, paragraph, 2)], Spans(text, Code));
    }

    [Fact]
    public void First_paragraph_is_compared_without_its_dateline_and_whitespace_does_not_count()
    {
        string text = Lines(
            "Floods cut roads in the north",
            "",
            "ANKARA (AA) - Heavy rain cut several roads.",
            "Crews worked through the night.",
            "  Heavy rain cut several roads.\t",
            "LEGAL NOTICE: All rights belong to Anadolu Agency.");

        Assert.Equal([SpanOf(text, "Heavy rain cut several roads.", 2)], Spans(text, Code));
    }

    [Fact]
    public void Every_later_repetition_is_reported()
    {
        string text = SampleDispatch.Kurmanji.Build(paragraphs: ["Baran barî.", "Baran barî.", "Ba barî.", "Baran barî."]);

        Assert.Equal([SpanOf(text, "Baran barî.", 2), SpanOf(text, "Baran barî.", 3)], Spans(text, Code));
    }

    [Fact]
    public void Paragraphs_differing_only_in_case_or_a_character_are_distinct()
    {
        string text = SampleDispatch.English.Build(paragraphs: ["Rain fell.", "RAIN FELL.", "Rain fell!"]);

        Assert.Empty(Spans(text, Code));
    }

    [Fact]
    public void Briefs_and_the_headline_are_not_compared()
    {
        SampleDispatch sample = SampleDispatch.Arabic;
        string text = Lines(
            sample.Paragraphs[0],
            "",
            sample.Paragraphs[0].TrimEnd('.') + " اليوم.",
            sample.Paragraphs[1] + " (İLKHA)",
            sample.Notice,
            sample.Paragraphs[1],
            sample.Paragraphs[1]);

        Assert.Empty(Spans(text, Code));
    }
}
