using DispatchParser.Diagnostics;
using static DispatchParser.Tests.Analysis.AnalysisTest;

namespace DispatchParser.Tests.Analysis;

/// <summary>DSP0206: a tag, sign-off or dateline naming an agency the registry does not know.</summary>
public sealed class UnknownAgencyAnalyzerTests
{
    private const string Code = "DSP0206";

    [Theory]
    [MemberData(nameof(Languages), MemberType = typeof(AnalysisTest))]
    public void Known_agency_tag_is_not_reported(string language)
    {
        Assert.Empty(Spans(SampleDispatch.ByLanguage(language).Build(), Code));
    }

    [Theory]
    [MemberData(nameof(Languages), MemberType = typeof(AnalysisTest))]
    public void Unknown_acronym_tag_is_reported_on_its_name(string language)
    {
        string text = SampleDispatch.ByLanguage(language).Build(tag: "KNA");

        Assert.Equal([TagNameSpan(text, "KNA")], Spans(text, Code));
    }

    [Fact]
    public void KNA_is_reported_and_AA_is_not()
    {
        string unknown = Lines("Başlık", "", "Haber metni burada. (KNA)", "YASAL UYARI: Tüm hakları saklıdır.");
        string known = Lines("Başlık", "", "Haber metni burada. (AA)", "YASAL UYARI: Tüm hakları saklıdır.");

        Assert.Equal([TagNameSpan(unknown, "KNA")], Spans(unknown, Code));
        Assert.Empty(Spans(known, Code));
    }

    [Fact]
    public void Unknown_sign_off_on_its_own_line_is_reported()
    {
        string text = Lines("Başlık", "", "Haber metni burada.", "(ZXA)", "YASAL UYARI: Tüm hakları saklıdır.");

        Assert.True(Parse(text).Root.AgencyTag!.IsSignOff);
        Assert.Equal([TagNameSpan(text, "ZXA")], Spans(text, Code));
    }

    [Fact]
    public void Unknown_dateline_agency_and_unknown_tag_are_reported_separately()
    {
        string text = Lines(
            "Floods cut roads in the north",
            "",
            "ANKARA (KNA) - Heavy rain cut several roads.",
            "Crews worked through the night. (XYZ)",
            "LEGAL NOTICE: All rights reserved.");

        Assert.Equal([SpanOf(text, "KNA"), TagNameSpan(text, "XYZ")], Spans(text, Code));
    }

    [Fact]
    public void Arabic_aliases_and_Reuters_sign_off_words_are_known()
    {
        string arabic = Lines("عنوان الخبر", "", "نص الخبر هنا. (أ ف ب)", "تنبيه: جميع الحقوق محفوظة.");
        string dateline = Lines("عنوان الخبر", "", "عين اليوم – واس", "نص الخبر هنا.", "تنبيه: جميع الحقوق محفوظة.");
        string reuter = Lines("OIL PRICES STEADY", "", "Oil prices held steady.", "reuter", "LEGAL NOTICE: All rights reserved.");

        Assert.NotNull(Parse(dateline).Root.Dateline);
        Assert.Empty(Spans(arabic, Code));
        Assert.Empty(Spans(dateline, Code));
        Assert.Empty(Spans(reuter, Code));
    }

    [Fact]
    public void Missing_tag_is_not_an_unknown_agency()
    {
        string text = Lines("Başlık", "", "Haber metni burada.", "YASAL UYARI: Tüm hakları saklıdır.");

        Assert.Contains(Parse(text, ParseOptions.Strict).GetDiagnostics(), diagnostic => diagnostic.Code == "DSP0003");
        Assert.Empty(Spans(text, Code));
    }
}
