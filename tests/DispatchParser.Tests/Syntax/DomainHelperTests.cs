using DispatchParser.Analysis;
using DispatchParser.Diagnostics;
using DispatchParser.Dialects;
using DispatchParser.Syntax;
using DispatchParser.Text;

namespace DispatchParser.Tests.Syntax;

/// <summary>
/// The questions the front ends ask of a node, answered once on the node (issue 11 item 4): where the dateline names
/// its agency, and which agency the legal notice names.
/// </summary>
public sealed class DomainHelperTests
{
    [Theory]
    [InlineData("Başlık\n\nANKARA (AA) - Metin burada.\nYASAL UYARI: Haklar.", "(AA)")]
    [InlineData("Başlık\n\nANKA - Metin burada.\nYASAL UYARI: Haklar.", "ANKA")]
    [InlineData("عنوان الخبر\n\nعدن – واس\nتفقد الوزير المطار.\nتنبيه: الحقوق محفوظة.", "واس")]
    public void The_dateline_s_agency_span_holds_its_parentheses(string text, string expected)
    {
        DispatchSyntaxTree tree = ParseHelper.Parse(text);
        DatelineSyntax dateline = Assert.IsType<DatelineSyntax>(tree.Root.Dateline);
        TextSpan span = Assert.NotNull(dateline.AgencySpan);
        Assert.Equal(expected, tree.Text.ToString(span));
        Assert.True(span.Contains(dateline.AgencyNameToken.Span));
    }

    [Fact]
    public void A_place_dateline_has_no_agency_span()
    {
        DispatchSyntaxTree tree = ParseHelper.Parse("Başlık burada\n\nANKARA -\n- Birinci paragraf. (AA)\nYASAL UYARI: Haklar.");
        DatelineSyntax dateline = Assert.IsType<DatelineSyntax>(tree.Root.Dateline);
        Assert.True(dateline.AgencyNameToken.IsNone);
        Assert.Null(dateline.AgencySpan);
    }

    [Fact]
    public void The_notice_finds_the_first_agency_it_names_with_its_spelling_and_place()
    {
        DispatchSyntaxTree tree = ParseHelper.Parse("Başlık\n\nMetin burada. (DHA)\nYASAL UYARI: Haberin hakları dha ve Anadolu Ajansı'na aittir.");
        var named = Assert.IsType<NamedAgency>(tree.Root.Notice.FindNamedAgency());
        Assert.Equal("DHA", named.Agency.Id);
        Assert.Equal("dha", named.Spelling);
        Assert.Equal("dha", tree.Text.ToString(named.Span));
    }

    [Fact]
    public void The_notice_names_every_agency_it_mentions_not_only_the_first()
    {
        LegalNoticeSyntax notice = ParseHelper.Parse("Başlık\n\nMetin burada. (DHA)\nYASAL UYARI: Haberin hakları dha ve Anadolu Ajansı'na aittir.").Root.Notice;
        AgencyRegistry registry = AgencyRegistry.Default;
        Assert.True(notice.Names(registry.FindById("DHA")!));
        Assert.True(notice.Names(registry.FindById("AA")!));
        Assert.False(notice.Names(registry.FindById("IHA")!));
    }

    [Theory]
    [InlineData("Başlık\n\nMetin burada. (AA)\n")]
    [InlineData("Başlık\n\nMetin burada. (AA)\nYASAL UYARI: Tüm hakları saklıdır.")]
    public void A_notice_that_is_missing_or_names_no_agency_finds_none(string text)
    {
        LegalNoticeSyntax notice = ParseHelper.Parse(text, ParseOptions.Lenient).Root.Notice;
        Assert.Null(notice.FindNamedAgency());
        Assert.False(notice.Names(AgencyRegistry.Default.FindById("AA")!));
    }
}
