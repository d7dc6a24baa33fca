using DispatchParser.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static DispatchParser.Tests.Analysis.AnalysisTest;

namespace DispatchParser.Tests.Analysis;

/// <summary>DSP0203: line breaks of another style than the first one.</summary>
public sealed class MixedLineEndingsAnalyzerTests
{
    private const string Code = "DSP0203";

    [Theory]
    [MemberData(nameof(Languages), MemberType = typeof(AnalysisTest))]
    public void Consistent_line_endings_of_any_style_are_not_reported(string language)
    {
        SampleDispatch sample = SampleDispatch.ByLanguage(language);

        Assert.Empty(Spans(sample.Build(lineBreak: "\n"), Code));
        Assert.Empty(Spans(sample.Build(lineBreak: "\r\n"), Code));
        Assert.Empty(Spans(sample.Build(lineBreak: "\r"), Code));
    }

    [Theory]
    [MemberData(nameof(Languages), MemberType = typeof(AnalysisTest))]
    public void One_LF_in_a_CRLF_file_is_reported_at_the_LF(string language)
    {
        SampleDispatch sample = SampleDispatch.ByLanguage(language);
        string crlf = sample.Build(lineBreak: "\r\n");
        int afterFirstParagraph = crlf.IndexOf(sample.Paragraphs[0], StringComparison.Ordinal) + sample.Paragraphs[0].Length;
        string text = crlf.Remove(afterFirstParagraph, 1); // "\r\n" → "\n"

        Assert.Equal('\n', text[afterFirstParagraph]);
        Assert.Equal([new TextSpan(afterFirstParagraph, 1)], Spans(text, Code));
    }

    [Fact]
    public void One_CRLF_in_an_LF_file_is_reported_on_both_characters()
    {
        string text = Lines(
            "Floods cut roads in the north",
            "",
            "Heavy rain cut several roads in the north on Monday.\r",
            "Crews worked through the night to reopen them. (AA)",
            "LEGAL NOTICE: All rights belong to Anadolu Agency.");

        Assert.Equal([SpanOf(text, "\r\n")], Spans(text, Code));
    }

    [Fact]
    public void Lone_CRs_in_an_LF_file_are_reported_each()
    {
        string text = "Başlık\n\nBirinci paragraf.\rİkinci paragraf.\rÜçüncü paragraf. (AA)\nYASAL UYARI: Tüm hakları Anadolu Ajansı'na aittir.";

        Assert.Equal([SpanOf(text, "\r"), SpanOf(text, "\r", 2)], Spans(text, Code));
    }

    [Fact]
    public void Text_without_line_breaks_is_not_reported()
    {
        Assert.Empty(Spans("Yalnızca bir satır", Code));
        Assert.Empty(Spans(string.Empty, Code));
    }

    [Fact]
    public void Output_is_bounded_and_the_last_reported_diagnostic_gives_the_total()
    {
        const int differing = 250;
        var lines = new List<string> { "Başlık\r\n\r\n" };
        for (int i = 0; i < differing; i++) lines.Add($"Paragraf {i}.\n");
        lines.Add("Son paragraf. (AA)\r\nYASAL UYARI: Tüm hakları Anadolu Ajansı'na aittir.");
        string text = string.Concat(lines);

        var diagnostics = Analyze(text).Where(diagnostic => diagnostic.Code == Code).ToList();
        TextSpan[] expected = [.. Enumerable.Range(1, 100).Select(n => SpanOf(text, "\n", 2 + n))];

        Assert.Equal(expected, diagnostics.Select(diagnostic => diagnostic.Span));
        Assert.Contains("250", diagnostics[^1].Message, StringComparison.Ordinal);
        Assert.DoesNotContain("250", diagnostics[^2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_CR_far_after_the_first_LF_is_still_found()
    {
        // An LF file is settled by one search for a CR: it must look at the whole text after the first break.
        string text = "Başlık\n\n" + string.Concat(Enumerable.Repeat("Bir paragraf daha.\n", 400)) + "Son paragraf.\r\nYASAL UYARI: Tüm hakları saklıdır.";

        Assert.Equal([SpanOf(text, "\r\n")], Spans(text, Code));
    }

    // Any mix of LF, CR and CR LF between words: the reported spans are the breaks whose style differs from the
    // first break's, by the plain definition (at most MaxReported of them).
    [Property(MaxTest = 300)]
    public Property Reports_the_breaks_of_another_style_than_the_first() =>
        Prop.ForAll(Gen.Elements("a", "b ", "\n", "\r", "\r\n").ArrayOf().Select(string.Concat).ToArbitrary(), middle =>
        {
            string text = "Başlık\n\nBirinci paragraf." + middle + "Son paragraf. (AA)\nYASAL UYARI: Tüm hakları saklıdır.";
            var breaks = new List<TextSpan>();
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] is not ('\r' or '\n')) continue;
                int length = text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                breaks.Add(new TextSpan(i, length));
                i += length - 1;
            }
            string Of(TextSpan span) => text.Substring(span.Start, span.Length);
            TextSpan[] expected = [.. breaks.Where(span => Of(span) != Of(breaks[0])).Take(DispatchParser.Analysis.MixedLineEndingsAnalyzer.MaxReported)];
            return Spans(text, Code).SequenceEqual(expected);
        });
}
