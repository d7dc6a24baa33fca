using DispatchParser.Analysis;
using DispatchParser.Dialects;
using DispatchParser.Syntax;
using static DispatchParser.Tests.Analysis.AnalysisTest;

namespace DispatchParser.Tests.Analysis;

/// <summary>
/// Agency names inside legal notices are matched in any letter case, Turkish-aware (issue 12 item 7): <c>aa</c>,
/// <c>İha</c>, <c>ANADOLU AJANSI</c> (Turkish upper case of <c>Ajansı</c>), <c>ilke haber ajansı</c>; Arabic as written.
/// </summary>
public sealed class NoticeAgencyTests
{
    private const string Code = "DSP0201";

    [Theory]
    [InlineData("YASAL UYARI: Haberin tüm hakları aa'ya aittir.", "AA", "aa")]
    [InlineData("YASAL UYARI: Haberin tüm hakları Aa muhabirine aittir.", "AA", "Aa")]
    [InlineData("YASAL UYARI: Fotoğraflar İha tarafından sağlanmıştır.", "IHA", "İha")]
    [InlineData("YASAL UYARI: Fotoğraflar iha tarafından sağlanmıştır.", "IHA", "iha")]
    [InlineData("YASAL UYARI: TÜM HAKLARI ANADOLU AJANSI'NA AİTTİR.", "AA", "ANADOLU AJANSI")]
    [InlineData("YASAL UYARI: Tüm hakları anadolu ajansı'na aittir.", "AA", "anadolu ajansı")]
    [InlineData("YASAL UYARI: Tüm hakları ilke haber ajansı'na aittir.", "ILKHA", "ilke haber ajansı")]
    [InlineData("YASAL UYARI: Tüm hakları İLKE HABER AJANSI'na aittir.", "ILKHA", "İLKE HABER AJANSI")]
    [InlineData("YASAL UYARI: Tüm hakları Ilkha'ya aittir.", "ILKHA", "Ilkha")]
    [InlineData("LEGAL NOTICE: Distributed by the associated press.", "AP", "associated press")]
    [InlineData("HIŞYARÎ: Hemû mafên weşanê yên ajansa nûçeyan a îlke ne.", "ILKHA", "ajansa nûçeyan a îlke")]
    public void A_notice_names_its_agency_in_any_letter_case(string notice, string id, string spelling)
    {
        NamedAgency? named = NoticeAgency.Find(notice);
        Assert.NotNull(named);
        Assert.Equal(id, named.Agency.Id);
        Assert.Equal(spelling, named.Spelling);
        Assert.Equal(spelling, notice.Substring(named.Span.Start, named.Span.Length));
    }

    [Theory]
    // Whole words only, in every case: "apex", "aab2", "dhaka", "sanat" name nothing.
    [InlineData("LEGAL NOTICE: Reprinted with permission of apex media and aab2.")]
    [InlineData("YASAL UYARI: Dhaka ve sanat haberleri izinsiz kullanılamaz.")]
    // Arabic has no case: a spelling the registry does not have (no hamza) is not folded into one it has.
    [InlineData("تنبيه: جميع الحقوق محفوظة لوكالة الاناضول.")]
    public void Words_that_only_contain_a_spelling_name_nothing(string notice) =>
        Assert.Null(NoticeAgency.Find(notice));

    [Fact]
    public void Arabic_names_match_as_written()
    {
        NamedAgency? named = NoticeAgency.Find("تنبيه: جميع الحقوق محفوظة لوكالة الأناضول.");
        Assert.Equal("AA", named?.Agency.Id);
        Assert.Equal("الأناضول", named?.Spelling);
    }

    [Fact]
    public void No_two_agencies_share_a_spelling_once_case_is_folded()
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Agency agency in AgencyRegistry.Default.Agencies)
        {
            foreach (string spelling in agency.Aliases.Concat(agency.Names))
            {
                string folded = NoticeAgency.Fold(spelling);
                Assert.True(!owners.TryGetValue(folded, out string? owner) || owner == agency.Id,
                    $"'{spelling}' of {agency.Id} folds to '{folded}', a spelling of {owner}");
                owners[folded] = agency.Id;
            }
        }
    }

    [Theory]
    [InlineData("YASAL UYARI: Haberin tüm hakları aa'ya aittir.")]
    [InlineData("YASAL UYARI: TÜM HAKLARI ANADOLU AJANSI'NA AİTTİR.")]
    public void DSP0201_compares_the_signing_agency_with_a_lower_or_upper_case_name(string notice)
    {
        string signed = Lines("Batman'da kan bağışı kampanyası", "", "Vatandaşlar ilgi gösterdi. (AA)", notice);
        string other = Lines("Batman'da kan bağışı kampanyası", "", "Vatandaşlar ilgi gösterdi. (DHA)", notice);

        Assert.Empty(Spans(signed, Code));
        Assert.Equal([TagNameSpan(other, "DHA")], Spans(other, Code));
    }

    [Fact]
    public void DSP0201_is_not_reported_when_a_differently_cased_name_of_the_signing_agency_stands_among_others()
    {
        string text = Lines("Batman'da kan bağışı kampanyası", "", "Vatandaşlar ilgi gösterdi. (İHA)",
            "YASAL UYARI: Fotoğraflar AA arşivinden, metin İha'dan alınmıştır.");

        Assert.Empty(Spans(text, Code));
    }

    [Fact]
    public void DSP0003_fix_from_a_lower_case_notice_name_adds_the_canonical_tag()
    {
        DispatchSyntaxTree tree = Parse(Lines("Başlık", "", "Vatandaşlar ilgi gösterdi.", "YASAL UYARI: Haberin tüm hakları aa'ya aittir."));
        Diagnostics.Diagnostic missing = Assert.Single(DispatchAnalyzer.GetAllDiagnostics(tree), diagnostic => diagnostic.Code == "DSP0003");

        CodeFix? fix = CodeFixes.For(tree, missing);

        Assert.NotNull(fix);
        Assert.Equal(" (AA)", fix.Change.NewText);
    }
}
