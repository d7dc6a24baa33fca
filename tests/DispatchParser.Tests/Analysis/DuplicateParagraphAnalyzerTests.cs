using DispatchParser.Diagnostics;
using DispatchParser.Syntax;
using DispatchParser.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
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
    // Same-length texts that differ, texts that repeat, and whitespace around them: the analyzer hashes only
    // paragraphs whose length another shares and reads their spans from the green list, so it is compared with
    // the plain definition over the public tree (every paragraph's trimmed token text against the earlier ones).
    private static readonly string[] s_paragraphs = ["Rain fell.", "Rain fall.", "Snow fell.", "Rain fell!", "Hail.", "  Rain fell.\t", "Wind rose over the hills."];

    [Property(MaxTest = 300)]
    public Property Reports_exactly_the_repetitions_the_public_tree_shows() =>
        Prop.ForAll(Gen.Elements(s_paragraphs).ListOf().Where(list => list.Count >= 2).ToArbitrary(), paragraphs =>
        {
            string text = SampleDispatch.English.Build(paragraphs: [.. paragraphs]);
            var tree = DispatchSyntaxTree.ParseText(text, ParseOptions.Strict);
            var expected = new List<(TextSpan Span, string Message)>();
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            int index = 0;
            foreach (ParagraphSyntax paragraph in tree.Root.Paragraphs)
            {
                index++;
                TextSpan token = paragraph.TextToken.Span;
                string raw = text.Substring(token.Start, token.Length);
                string trimmed = raw.Trim(' ', '\t');
                if (trimmed.Length == 0) continue;
                TextSpan span = new(token.Start + raw.IndexOf(trimmed, StringComparison.Ordinal), trimmed.Length);
                if (seen.TryGetValue(trimmed, out int first)) expected.Add((span, "This paragraph repeats paragraph " + first.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                else seen[trimmed] = index;
            }
            var actual = DispatchParser.Analysis.DispatchAnalyzer.Analyze(tree).Where(diagnostic => diagnostic.Code == Code).ToList();
            return actual.Select(diagnostic => diagnostic.Span).SequenceEqual(expected.Select(found => found.Span))
                && actual.Select(diagnostic => diagnostic.Message).SequenceEqual(expected.Select(found => found.Message));
        });
}
