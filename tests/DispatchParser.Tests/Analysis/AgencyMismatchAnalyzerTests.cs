using DispatchParser.Diagnostics;
using static DispatchParser.Tests.Analysis.AnalysisTest;

namespace DispatchParser.Tests.Analysis;

/// <summary>DSP0201: the signing agency (tag, sign-off, else dateline) against the agency the notice names.</summary>
public sealed class AgencyMismatchAnalyzerTests
{
    private const string Code = "DSP0201";

    [Theory]
    [MemberData(nameof(Languages), MemberType = typeof(AnalysisTest))]
    public void Tag_of_the_agency_the_notice_names_is_not_reported(string language)
    {
        string text = SampleDispatch.ByLanguage(language).Build();

        var tree = Parse(text);
        Assert.NotNull(tree.Root.AgencyTag?.Agency);
        Assert.Empty(Spans(text, Code));
    }

    [Theory]
    [MemberData(nameof(Languages), MemberType = typeof(AnalysisTest))]
    public void Tag_of_another_agency_than_the_notice_names_is_reported_on_the_tag_name(string language)
    {
        SampleDispatch sample = SampleDispatch.ByLanguage(language);
        string text = sample.Build(tag: sample.OtherAgencyTag);

        Assert.Equal([TagNameSpan(text, sample.OtherAgencyTag)], Spans(text, Code));
    }

    [Fact]
    public void Ilkha_tag_with_a_Turkish_notice_naming_the_agency_with_a_case_suffix_is_not_reported()
    {
        string text = Lines(
            "Batman'da kan bağışı kampanyası",
            "",
            "Kızılay'ın kan bağışı çağrısına vatandaşlar ilgi gösterdi. (İLKHA)",
            "YASAL UYARI: Yayınlanan yazılı haber, fotoğraf ve videoların tüm hakları İlke Haber Ajansı'na aittir.");

        Assert.Empty(Spans(text, Code));
    }

    [Fact]
    public void Typographic_apostrophe_before_the_case_suffix_is_a_word_boundary_too()
    {
        string text = Lines(
            "Batman'da kan bağışı kampanyası",
            "",
            "Kızılay'ın kan bağışı çağrısına vatandaşlar ilgi gösterdi. (İLKHA)",
            "YASAL UYARI: Haberlerin tüm hakları İlke Haber Ajansı’na aittir.");

        Assert.Empty(Spans(text, Code));
    }

    [Fact]
    public void AA_tag_with_an_Ilkha_notice_is_reported_on_AA()
    {
        string text = Lines(
            "Batman'da kan bağışı kampanyası",
            "",
            "Kızılay'ın kan bağışı çağrısına vatandaşlar ilgi gösterdi. (AA)",
            "YASAL UYARI: Yayınlanan yazılı haber, fotoğraf ve videoların tüm hakları İlke Haber Ajansı'na aittir.");

        Assert.Equal([TagNameSpan(text, "AA")], Spans(text, Code));
    }

    [Fact]
    public void Arabic_tag_with_an_Arabic_notice_naming_another_agency_is_reported()
    {
        string text = Lines(
            "أمطار غزيرة في الرياض",
            "",
            "هطلت أمطار غزيرة على مدينة الرياض مساء اليوم. (رويترز)",
            "تنبيه: جميع الحقوق محفوظة لوكالة الأناضول.");

        Assert.Equal([TagNameSpan(text, "رويترز")], Spans(text, Code));
    }

    [Fact]
    public void Arabic_agency_name_followed_by_an_Arabic_letter_is_not_a_whole_word()
    {
        // "إيلكاوي" is another word: the alias "إيلكا" is followed by a letter.
        string text = Lines(
            "أمطار غزيرة في الرياض",
            "",
            "هطلت أمطار غزيرة على مدينة الرياض مساء اليوم. (AA)",
            "تنبيه: جميع الحقوق محفوظة لشبكة إيلكاوي.");

        Assert.Empty(Spans(text, Code));
    }

    [Fact]
    public void Latin_alias_inside_a_longer_word_is_not_a_whole_word()
    {
        // "AP" inside "APEX" and "AA" inside "AAB2" name nothing.
        string text = Lines(
            "Floods cut roads in the north",
            "",
            "Heavy rain cut several roads in the north on Monday. (DHA)",
            "LEGAL NOTICE: Reprinted with permission of APEX Media and AAB2.");

        Assert.Empty(Spans(text, Code));
    }

    [Fact]
    public void Kurmanji_notice_naming_another_agency_is_reported_on_the_tag()
    {
        string text = Lines(
            "Li Amedê pêşangeha pirtûkan vebû",
            "",
            "Zêdetirî sed weşanxane beşdarî pêşangehê bûn. (ANKA)",
            "HIŞYARÎ: Hemû mafên weşanê yên Ajansa Nûçeyan a Îlke ne.");

        Assert.Equal([TagNameSpan(text, "ANKA")], Spans(text, Code));
    }

    [Fact]
    public void Without_a_tag_the_dateline_agency_is_compared()
    {
        string matching = Lines(
            "Floods cut roads in the north",
            "",
            "ANKARA (AA) - Heavy rain cut several roads in the north on Monday.",
            "Crews worked through the night to reopen them.",
            "LEGAL NOTICE: All rights to this story belong to Anadolu Agency.");
        string other = matching.Replace("Anadolu Agency", "Thomson Reuters", StringComparison.Ordinal);

        Assert.Null(Parse(matching).Root.AgencyTag);
        Assert.Empty(Spans(matching, Code));
        Assert.Equal([SpanOf(other, "AA")], Spans(other, Code));
    }

    [Fact]
    public void Sign_off_is_compared_and_the_lowercase_Reuter_sign_off_names_Reuters()
    {
        string mismatched = Lines(
            "OIL PRICES STEADY",
            "",
            "Oil prices held steady in quiet trade on Monday, dealers said.",
            "Reuter",
            "LEGAL NOTICE: All rights belong to Anadolu Agency.");
        string lowercase = Lines(
            "OIL PRICES STEADY",
            "",
            "Oil prices held steady in quiet trade on Monday, dealers said.",
            "reuter",
            "LEGAL NOTICE: All rights belong to Thomson Reuters.");

        Assert.Equal([LastSpanOf(mismatched, "Reuter")], Spans(mismatched, Code));
        Assert.Empty(Spans(lowercase, Code));
    }

    [Fact]
    public void Notice_naming_no_agency_is_not_reported()
    {
        string text = SampleDispatch.Turkish.Build(notice: "YASAL UYARI: Haberlerin izinsiz kullanılması yasaktır.");

        Assert.Empty(Spans(text, Code));
    }

    [Fact]
    public void Unknown_tag_agency_is_not_compared()
    {
        string text = SampleDispatch.Turkish.Build(tag: "KNA");

        Assert.Empty(Spans(text, Code));
    }

    [Fact]
    public void Notice_naming_the_signing_agency_among_others_is_not_reported()
    {
        string text = SampleDispatch.English.Build(
            notice: "LEGAL NOTICE: Photos by Agence France-Presse; text by Anadolu Agency.");

        Assert.Empty(Spans(text, Code));
    }

    [Fact]
    public void Missing_notice_is_not_compared()
    {
        string text = Lines(
            "Floods cut roads in the north",
            "",
            "Heavy rain cut several roads in the north on Monday. (AA)");

        var tree = Parse(text, ParseOptions.Strict);
        Assert.True(tree.Root.Notice.IsMissing);
        Assert.Empty(Spans(text, Code));
    }
}
