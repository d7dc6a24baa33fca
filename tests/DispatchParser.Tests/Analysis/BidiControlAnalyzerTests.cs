using DispatchParser.Syntax;
using DispatchParser.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static DispatchParser.Tests.Analysis.AnalysisTest;

namespace DispatchParser.Tests.Analysis;

/// <summary>DSP0202: every bidi embedding, override and isolate control, wherever it stands in the text.</summary>
public sealed class BidiControlAnalyzerTests
{
    private const string Code = "DSP0202";

    [Theory]
    [MemberData(nameof(Languages), MemberType = typeof(AnalysisTest))]
    public void Clean_dispatch_has_none(string language)
    {
        Assert.Empty(Spans(SampleDispatch.ByLanguage(language).Build(), Code));
    }

    [Theory]
    [MemberData(nameof(Languages), MemberType = typeof(AnalysisTest))]
    public void Trojan_source_override_in_a_paragraph_is_reported_on_the_character(string language)
    {
        SampleDispatch sample = SampleDispatch.ByLanguage(language);
        string paragraph = sample.Paragraphs[0];
        string hidden = string.Concat(paragraph.AsSpan(0, 10), "\u202E", paragraph.AsSpan(10));
        string text = sample.Build(paragraphs: [hidden, sample.Paragraphs[1]]);

        Assert.Equal([SpanOf(text, "\u202E")], Spans(text, Code));
    }

    [Fact]
    public void Controls_in_skipped_text_trivia_are_reported()
    {
        // The line after the end marker may not stand there: the parser skips it as trivia.
        string text = Lines(
            "أمطار غزيرة في الرياض",
            "",
            "هطلت أمطار غزيرة على مدينة الرياض مساء اليوم. (واس)",
            "// انتهى //",
            "\u202Bنص مخفي\u202C",
            "تنبيه: جميع الحقوق محفوظة لوكالة الأنباء السعودية.");

        var tree = Parse(text);
        int embedding = text.IndexOf('\u202B', StringComparison.Ordinal);
        SyntaxToken holder = tree.Root.FindToken(embedding);
        Assert.False(holder.Span.Contains(embedding), "the control should be in trivia, not in a token's text");
        Assert.Contains(holder.LeadingTrivia, trivia => trivia.Kind == SyntaxKind.SkippedTextTrivia && trivia.Span.Contains(embedding));

        Assert.Equal([SpanOf(text, "\u202B"), SpanOf(text, "\u202C")], Spans(text, Code));
    }

    [Fact]
    public void Override_in_a_second_notice_skipped_among_the_briefs_is_reported()
    {
        string text = Lines(
            "Batman'da kan bağışı kampanyası",
            "",
            "Kızılay'ın kan bağışı çağrısına vatandaşlar ilgi gösterdi. (İLKHA)",
            "YASAL UYARI: Haberlerin tüm hakları İlke Haber Ajansı'na aittir.",
            "Van'da yol bakım çalışmaları sürüyor.",
            "YASAL UYARI: \u202Egizli metin");

        var tree = Parse(text);
        int control = text.IndexOf('\u202E', StringComparison.Ordinal);
        Assert.Contains(tree.Root.DescendantTrivia(), trivia => trivia.Kind == SyntaxKind.SkippedTextTrivia && trivia.Span.Contains(control));

        Assert.Equal([new TextSpan(control, 1)], Spans(text, Code));
    }

    [Fact]
    public void Controls_in_the_headline_and_the_notice_are_reported()
    {
        string text = Lines(
            "Li Amedê \u2067pêşangeh\u2069 vebû",
            "",
            "Zêdetirî sed weşanxane beşdarî pêşangehê bûn. (ÎLKHA)",
            "HIŞYARÎ: Hemû maf \u202Aên\u202C Ajansa Nûçeyan a Îlke ne.");

        Assert.Equal(
            [SpanOf(text, "\u2067"), SpanOf(text, "\u2069"), SpanOf(text, "\u202A"), SpanOf(text, "\u202C")],
            Spans(text, Code));
    }

    [Fact]
    public void Each_of_the_nine_controls_is_reported_once()
    {
        const string controls = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069";
        string text = SampleDispatch.Turkish.Build(paragraphs: ["Birinci " + controls + " paragraf.", "İkinci paragraf."]);
        int first = text.IndexOf(controls, StringComparison.Ordinal);

        Assert.Equal(Enumerable.Range(first, controls.Length).Select(position => new TextSpan(position, 1)), Spans(text, Code));
    }

    [Fact]
    public void Directional_marks_are_not_controls()
    {
        // RLM, LRM and the Arabic letter mark are how Arabic text mixes directions legitimately.
        string text = SampleDispatch.Arabic.Build(paragraphs: ["افتتح \u200Fمعرض\u200E الكتاب \u061Cالسنوي.", "وشارك في المعرض أكثر من مئة دار نشر."]);

        Assert.Empty(Spans(text, Code));
    }

    [Fact]
    public void Characters_between_the_two_runs_of_controls_are_not_controls()
    {
        // The scan searches U+202A–U+2069 as one range: what lies between the embeddings and the isolates stays unreported.
        string text = SampleDispatch.Turkish.Build(paragraphs: ["Oran\u202F%5, binde\u2030 3, \u2060bitişik\u2065 yazı.", "İkinci paragraf."]);

        Assert.Empty(Spans(text, Code));
    }

    // Characters at and around both ends of both runs of controls, the marks, Arabic and Latin letters and line
    // breaks, in any order: the reported spans are every control's, by the plain definition.
    private static readonly char[] s_characters =
        ['a', ' ', '\n', 'ب', '\u061C', '\u200E', '\u200F', '\u2029', '\u202A', '\u202C', '\u202E', '\u202F', '\u2065', '\u2066', '\u2068', '\u2069', '\u206A', '\uFEFF'];

    [Property(MaxTest = 300)]
    public Property Reports_every_control_and_nothing_else() =>
        Prop.ForAll(Gen.Elements(s_characters).ArrayOf().Select(characters => new string(characters)).ToArbitrary(), paragraph =>
        {
            string text = SampleDispatch.Arabic.Build(paragraphs: ["أول " + paragraph, "وشارك في المعرض أكثر من مئة دار نشر."]);
            TextSpan[] expected = [.. Enumerable.Range(0, text.Length)
                .Where(i => text[i] is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'))
                .Select(i => new TextSpan(i, 1))];
            return Spans(text, Code).SequenceEqual(expected);
        });
}
