using static DispatchParser.Tests.Analysis.AnalysisTest;

namespace DispatchParser.Tests.Analysis;

/// <summary>DSP0205: a legal-notice marker inside a body paragraph or the headline.</summary>
public sealed class NoticeInsideBodyAnalyzerTests
{
    private const string Code = "DSP0205";

    [Theory]
    [MemberData(nameof(Languages), MemberType = typeof(AnalysisTest))]
    public void Notice_on_its_own_line_is_not_reported(string language)
    {
        Assert.Empty(Spans(SampleDispatch.ByLanguage(language).Build(), Code));
    }

    [Theory]
    [MemberData(nameof(Languages), MemberType = typeof(AnalysisTest))]
    public void Marker_run_into_a_paragraph_is_reported_on_the_marker_through_its_colon(string language)
    {
        SampleDispatch sample = SampleDispatch.ByLanguage(language);
        string merged = $"{sample.Paragraphs[0]} {sample.Notice}";
        string text = sample.Build(paragraphs: [merged, sample.Paragraphs[1]]);

        Assert.Equal([SpanOf(text, sample.NoticeMarker)], Spans(text, Code));
    }

    [Fact]
    public void Yasal_uyari_mid_paragraph_is_reported()
    {
        string text = Lines(
            "Batman'da kan bağışı kampanyası",
            "",
            "Kızılay'ın çağrısına vatandaşlar ilgi gösterdi. YASAL UYARI: Tüm hakları saklıdır.",
            "Kampanya hafta sonuna kadar sürecek. (İLKHA)",
            "YASAL UYARI: Haberlerin tüm hakları İlke Haber Ajansı'na aittir.");

        Assert.Equal([SpanOf(text, "YASAL UYARI:")], Spans(text, Code));
    }

    [Fact]
    public void Whitespace_before_the_colon_is_part_of_the_marker()
    {
        string text = SampleDispatch.Turkish.Build(paragraphs: ["Vatandaşlar ilgi gösterdi. Yasal Uyarı : Haklar saklıdır.", "Kampanya sürecek."]);

        Assert.Equal([SpanOf(text, "Yasal Uyarı :")], Spans(text, Code));
    }

    [Fact]
    public void Marker_in_the_last_paragraph_before_the_tag_and_after_an_inline_dateline_is_reported()
    {
        string text = Lines(
            "Floods cut roads in the north",
            "",
            "ANKARA (AA) - Legal notice: this paragraph opens with a marker.",
            "Crews worked through the night. LEGAL NOTICE: reprint. (AA)",
            "LEGAL NOTICE: All rights belong to Anadolu Agency.");

        Assert.Equal([SpanOf(text, "Legal notice:"), SpanOf(text, "LEGAL NOTICE:")], Spans(text, Code));
    }

    [Fact]
    public void Marker_in_the_headline_is_reported()
    {
        string text = SampleDispatch.Kurmanji.Build().Replace("pirtûkan vebû", "pirtûkan vebû Hişyarî: nûçe", StringComparison.Ordinal);

        Assert.Equal([SpanOf(text, "Hişyarî:")], Spans(text, Code));
    }

    [Fact]
    public void Marker_in_an_Arabic_paragraph_is_reported_unless_it_is_inside_a_word()
    {
        string standalone = SampleDispatch.Arabic.Build(paragraphs: ["افتتح معرض الكتاب. تنبيه: الحقوق محفوظة.", "وشارك في المعرض أكثر من مئة دار نشر."]);
        string attached = SampleDispatch.Arabic.Build(paragraphs: ["افتتح معرض الكتاب. وتنبيه: الحقوق محفوظة.", "وشارك في المعرض أكثر من مئة دار نشر."]);

        Assert.Equal([SpanOf(standalone, "تنبيه:")], Spans(standalone, Code));
        Assert.Empty(Spans(attached, Code));
    }

    [Fact]
    public void Words_that_are_not_notice_markers_are_not_reported()
    {
        // "UYARI:" alone is a comment policy, "YASAL UYARI" needs its colon, and briefs are not the body.
        string text = Lines(
            "Batman'da kan bağışı kampanyası",
            "",
            "UYARI: Küfür içeren yorumlar yayınlanmaz. YASAL UYARI metni aşağıdadır.",
            "Kampanya hafta sonuna kadar sürecek. (İLKHA)",
            "YASAL UYARI: Haberlerin tüm hakları İlke Haber Ajansı'na aittir.",
            "Van'da yollar açıldı. YASAL UYARI: yok.");

        Assert.Empty(Spans(text, Code));
    }

    [Fact]
    public void Marker_in_a_dateline_place_or_in_a_notice_is_not_in_a_paragraph()
    {
        string text = Lines(
            "Floods cut roads in the north",
            "",
            "ANKARA LEGAL NOTICE: (AA) - Heavy rain cut several roads.",
            "Crews worked through the night. (AA)",
            "LEGAL NOTICE: All rights belong to Anadolu Agency. Legal notice: repeated.");

        Assert.NotNull(Parse(text).Root.Dateline);
        Assert.Empty(Spans(text, Code));
    }
}
