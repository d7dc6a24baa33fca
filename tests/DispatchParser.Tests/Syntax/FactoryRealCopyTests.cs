using DispatchParser.Diagnostics;
using DispatchParser.Syntax;
using static DispatchParser.Syntax.SyntaxFactory;

namespace DispatchParser.Tests.Syntax;

/// <summary>
/// The factory builds the forms of real copy (grammar/README.md 2.3) exactly as the parser reads them: credits, tags with a
/// full stop, lower-case tags, bare sign-offs, an end marker on the paragraph's line, a deck, no headline, a reprint
/// without its notice. Each tree prints to a text that parses back to the same tree, the departures included.
/// </summary>
public sealed class FactoryRealCopyTests
{
    private static void AssertRoundTrip(DocumentSyntax built, params string[] codes)
    {
        string text = built.ToFullString();
        DispatchSyntaxTree parsed = ParseHelper.Parse(text, ParseOptions.Strict);
        Assert.Equal(codes.Order(), parsed.GetDiagnostics().Select(d => d.Code).Order());
        Assert.Null(parsed.FindDifference(DispatchSyntaxTree.Create(built)));
        // The factory's own diagnostics are the parser's (a tree made in code reports what its text would).
        Assert.Equal(codes.Order(), DispatchSyntaxTree.Create(built).GetDiagnostics().Select(d => d.Code).Order());
    }

    private static LegalNoticeSyntax Notice => LegalNotice("YASAL UYARI:", "Haklar saklıdır.");

    [Fact]
    public void A_tag_followed_by_a_full_stop()
    {
        DocumentSyntax document = Document(Headline("Başlık"), Body(null, [Paragraph("Sonuçlar açıklandı")], AgencyTag("AA", fullStop: true)), Notice);
        Assert.Equal("Başlık\n\nSonuçlar açıklandı (AA).\nYASAL UYARI: Haklar saklıdır.", document.ToFullString());
        AssertRoundTrip(document, "DSP0107");
    }

    [Fact]
    public void A_lower_case_tag_is_the_departure_the_parser_reports() =>
        AssertRoundTrip(Document(Headline("Başlık"), Body(null, [Paragraph("Yangın söndürüldü.")], AgencyTag("dha")), Notice), "DSP0107");

    [Theory]
    [InlineData(true, " / ", false, false, "Başlık\n\nYangın söndürüldü. (Ayşe Demir / DHA)\nYASAL UYARI: Haklar saklıdır.")]
    [InlineData(false, "/", false, true, "Başlık\n\nYangın söndürüldü. (DHA/Mehmet KAYA).\nYASAL UYARI: Haklar saklıdır.")]
    [InlineData(true, "/ ", true, false, "Başlık\n\nYangın söndürüldü.\n(Ayşe Demir/ DHA)\nYASAL UYARI: Haklar saklıdır.")]
    public void A_credit_names_the_reporter_and_the_agency(bool reporterFirst, string slash, bool signOff, bool fullStop, string expected)
    {
        string reporter = reporterFirst ? "Ayşe Demir" : "Mehmet KAYA";
        DocumentSyntax document = Document(Headline("Başlık"),
            Body(null, [Paragraph("Yangın söndürüldü.")], Credit(reporter, "DHA", reporterFirst, slash, signOff, fullStop)), Notice);
        Assert.Equal(expected, document.ToFullString());
        AgencyTagSyntax tag = document.Body.AgencyTag!;
        Assert.True(tag.IsCredit);
        Assert.Equal(reporter, tag.ReporterToken.Text);
        Assert.Equal("DHA", tag.Name);
        AssertRoundTrip(document, "DSP0107");
    }

    [Theory]
    [InlineData("Ayşe DEMİR / İZMİR", false, "Başlık\n\nYangın söndürüldü.\nAyşe DEMİR / İZMİR, (DHA)\nYASAL UYARI: Haklar saklıdır.")]
    [InlineData("KARS", true, "Başlık\n\nYangın söndürüldü.\nKARS, (DHA).\nYASAL UYARI: Haklar saklıdır.")]
    public void A_signed_sign_off_keeps_its_signature(string signature, bool fullStop, string expected)
    {
        DocumentSyntax document = Document(Headline("Başlık"), Body(null, [Paragraph("Yangın söndürüldü.")], SignedSignOff(signature, "DHA", fullStop)), Notice);
        Assert.Equal(expected, document.ToFullString());
        Assert.Equal(signature + ",", document.Body.AgencyTag!.SignatureToken.Text);
        AssertRoundTrip(document, "DSP0107");
    }

    [Fact]
    public void A_signed_sign_off_closes_a_reprints_body_before_its_briefs()
    {
        DocumentSyntax document = Document(Headline("Başlık"), Body(null, [Paragraph("Yangın söndürüldü.")], SignedSignOff("KARS", "İHA")), null,
            [Brief("Başka bir kısa haber.")]);
        Assert.Equal("Başlık\n\nYangın söndürüldü.\nKARS, (İHA)\nBaşka bir kısa haber.", document.ToFullString());
        AssertRoundTrip(document, "DSP0107", "DSP0004");
    }

    [Fact]
    public void A_signature_is_capitalised_words_and_a_place_in_capitals() =>
        Assert.Throws<ArgumentException>(() => SignedSignOff("yangın söndürüldü", "DHA"));

    [Fact]
    public void A_credit_holds_one_slash() =>
        Assert.Throws<ArgumentException>(() => Credit("Ayşe / Demir", "DHA"));

    [Fact]
    public void A_credit_names_an_agency_the_registry_knows() =>
        Assert.Throws<ArgumentException>(() => Credit("John Smith", "Î.AB"));

    [Theory]
    [InlineData("AA", false, new[] { "DSP0107" })]
    [InlineData("AA", true, new[] { "DSP0107" })]
    [InlineData("Reuter", false, new string[0])]
    public void A_bare_sign_off_is_a_departure_unless_the_registry_lists_it(string word, bool fullStop, string[] codes) =>
        AssertRoundTrip(Document(Headline("Başlık"), Body(null, [Paragraph("Bir."), Paragraph("İki.")], SignOff(word, parenthesized: false, fullStop)), Notice), codes);

    [Fact]
    public void A_bare_sign_off_is_a_known_alias_or_a_sign_off_word() =>
        Assert.Throws<ArgumentException>(() => SignOff("KİÖN", parenthesized: false, fullStop: true));

    [Theory]
    [InlineData(null)]
    [InlineData("10:12 ت م")]
    public void An_end_marker_ending_the_last_paragraphs_line(string? stamp)
    {
        DocumentSyntax document = Document(Headline("عنوان الخبر"),
            Body(null, [Paragraph("الفقرة الأولى."), Paragraph("انتهى الاجتماع.")], AgencyTag("واس")),
            LegalNotice("تنبيه:", "جميع الحقوق محفوظة."), endMarker: InlineEndMarker("// انتهى //", stamp));
        string expectedStamp = stamp is null ? "" : stamp + "\n";
        Assert.Equal($"عنوان الخبر\n\nالفقرة الأولى.\nانتهى الاجتماع. (واس) // انتهى //\n{expectedStamp}تنبيه: جميع الحقوق محفوظة.", document.ToFullString());
        AssertRoundTrip(document, "DSP0107");
    }

    /// <summary>
    /// Regression (issue 12, class 6): the only paragraph opening with its dateline and ending with an inline end marker was
    /// refused ("a line that ends with an end marker is read as a paragraph"); the parser reads the dateline, the paragraph
    /// and the marker of that line now (grammar/README.md 2.4), so the factory builds it, with an agency or a place dateline.
    /// </summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_only_paragraph_opens_with_its_dateline_and_ends_with_an_end_marker(bool agencyDateline)
    {
        DocumentSyntax document = Document(Headline("Başlık"),
            Body(agencyDateline ? Dateline("ANKARA", "AA") : null, [Paragraph("Metin burada bitti.")], agencyDateline ? null : AgencyTag("AA")),
            Notice, endMarker: InlineEndMarker("// انتهى //"));
        string line = agencyDateline ? "ANKARA (AA) - Metin burada bitti. // انتهى //" : "Metin burada bitti. (AA) // انتهى //";
        Assert.Equal($"Başlık\n\n{line}\nYASAL UYARI: Haklar saklıdır.", document.ToFullString());
        AssertRoundTrip(document, "DSP0107");
    }

    /// <summary>
    /// The parser reads an inline dateline, the paragraph, a tag and an inline end marker on the body's only line
    /// (TAGGED_MARKED_LINE, grammar/README.md 2.4: <c>ANKARA (AA) - … (AA) // انتهى //</c>, v:end-marker-inline-after-dateline-tagged-ar);
    /// <see cref="SyntaxFactory.Body"/> refused an inline dateline with an inline tag on the only paragraph whatever followed.
    /// It builds it now, and the factory's tree is the parser's; without the marker <see cref="SyntaxFactory.Document"/> refuses it.
    /// </summary>
    [Theory]
    [InlineData(true, null)]
    [InlineData(false, null)]
    [InlineData(true, "20:26 ت م")]
    public void The_only_paragraph_with_an_inline_dateline_and_an_inline_tag_before_an_inline_end_marker(bool agencyDateline, string? stamp)
    {
        DatelineSyntax dateline = agencyDateline ? Dateline("الرياض", "واس") : PlaceDateline("MADRİD", "-", ownLine: false);
        string marker = stamp is null ? "// انتهى //" : "// انتهى // " + stamp;
        DocumentSyntax document = Document(Headline("عنوان الخبر"), Body(dateline, [Paragraph("انتهى الاجتماع.")], AgencyTag("واس")),
            LegalNotice("تنبيه:", "جميع الحقوق محفوظة."), endMarker: InlineEndMarker(marker));
        string opening = agencyDateline ? "الرياض (واس) -" : "MADRİD -";
        Assert.Equal($"عنوان الخبر\n\n{opening} انتهى الاجتماع. (واس) {marker}\nتنبيه: جميع الحقوق محفوظة.", document.ToFullString());
        AssertRoundTrip(document, "DSP0107");
        Assert.Null(GrammarAgreement.Disagreement(document.ToFullString()));

        Assert.Throws<ArgumentException>(() => Document(Headline("عنوان الخبر"), Body(dateline, [Paragraph("انتهى الاجتماع.")], AgencyTag("واس")),
            LegalNotice("تنبيه:", "جميع الحقوق محفوظة.")));
    }

    /// <summary>
    /// Regression (FactoryProperties, found with the change above): without a headline the factory described the first line
    /// without its inline end marker ("a dateline"), the parser reads the line with it ("a paragraph ending with an end
    /// marker"): the DSP0001 messages differed. The factory now reads the marker as part of a one-line body's first line.
    /// </summary>
    [Fact]
    public void Without_a_headline_a_dateline_paragraph_ending_with_an_end_marker_is_described_as_the_parser_does()
    {
        DocumentSyntax document = Document(null, Body(Dateline("Qers", "شينخوا", dash: "_"), [Paragraph("Wezîr li gundan bû.")], null),
            LegalNotice("HIŞYARÎ:", "Hemû maf parastî ne."), endMarker: InlineEndMarker("// انتهى // 20:26 ت م"));
        Assert.Equal("Qers (شينخوا) _ Wezîr li gundan bû. // انتهى // 20:26 ت م\nHIŞYARÎ: Hemû maf parastî ne.", document.ToFullString());
        AssertRoundTrip(document, "DSP0001", "DSP0107");
    }

    [Fact]
    public void The_only_paragraph_ending_with_an_end_marker_takes_no_lead_in_prefix() =>
        Assert.Throws<ArgumentException>(() => Document(Headline("Başlık"),
            Body(null, [Paragraph("قال الوزير إن الاجتماع انتهى.")], AgencyTag("واس"), leadIns: [LeadIn(SyntaxKind.SourcePrefix, "سبق- وكالات:", ownLine: false)]), Notice,
            endMarker: InlineEndMarker("// انتهى //")));

    [Fact]
    public void Only_a_slashed_end_marker_ends_a_paragraphs_line() =>
        Assert.Throws<ArgumentException>(() => InlineEndMarker("MORE"));

    [Fact]
    public void An_inline_end_marker_cannot_follow_a_sign_off_line() =>
        Assert.Throws<ArgumentException>(() => Document(Headline("Başlık"), Body(null, [Paragraph("Bir.")], SignOff("Reuter")), Notice,
            endMarker: InlineEndMarker("// انتهى //")));

    [Fact]
    public void A_deck_stands_before_the_byline()
    {
        DocumentSyntax document = Document(Headline("Başlık"),
            Body(null, [Paragraph("Yangın sabah saatlerinde çıktı.")], AgencyTag("DHA"), Byline("ZEYNEP KARA", "DHA"),
                deck: [Paragraph("Fabrikada çıkan yangın söndürüldü")]),
            Notice);
        Assert.Equal("Başlık\n\nFabrikada çıkan yangın söndürüldü\nZEYNEP KARA DHA\nYangın sabah saatlerinde çıktı. (DHA)\nYASAL UYARI: Haklar saklıdır.",
            document.ToFullString());
        Assert.Single(document.Body.LeadParagraphs);
        AssertRoundTrip(document);
    }

    [Fact]
    public void A_deck_needs_a_byline_or_an_own_line_dateline_after_it() =>
        Assert.Throws<ArgumentException>(() => Body(Dateline("ANKARA", "AA"), [Paragraph("Bir.")], null, deck: [Paragraph("Üst satır")]));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Without_a_headline_the_dateline_paragraph_opens_the_text(bool byteOrderMark)
    {
        DocumentSyntax document = Document(null, Body(Dateline("ANKARA", "AA"), [Paragraph("Toplantı yapıldı."), Paragraph("Karar açıklandı.")], null),
            Notice, byteOrderMark: byteOrderMark);
        Assert.Equal((byteOrderMark ? "\uFEFF" : "") + "ANKARA (AA) - Toplantı yapıldı.\nKarar açıklandı.\nYASAL UYARI: Haklar saklıdır.", document.ToFullString());
        Assert.True(document.Headline.IsMissing);
        AssertRoundTrip(document, "DSP0001");
    }

    [Fact]
    public void Without_a_headline_a_first_line_the_grammar_takes_for_a_headline_is_refused() =>
        Assert.Throws<ArgumentException>(() => Document(null, Body(null, [Paragraph("Kısa bir satır"), Paragraph("Bir.")], AgencyTag("AA")), Notice));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_reprint_without_its_notice_keeps_its_briefs(bool finalLineBreak)
    {
        DocumentSyntax document = Document(Headline("Başlık"), Body(null, [Paragraph("Bir."), Paragraph("Tören tamamlandı.")], AgencyTag("AA")), null,
            [Brief("Başka bir kısa haber."), Brief("Bir kısa haber daha.")], finalLineBreak: finalLineBreak);
        Assert.Equal("Başlık\n\nBir.\nTören tamamlandı. (AA)\nBaşka bir kısa haber.\nBir kısa haber daha." + (finalLineBreak ? "\n" : ""), document.ToFullString());
        Assert.True(document.Notice.IsMissing);
        Assert.Equal(2, document.Briefs.Count);
        AssertRoundTrip(document, "DSP0004");
    }

    [Theory]
    [InlineData(false, "\n")]
    [InlineData(true, "\n")]
    [InlineData(true, "\r\n")]
    public void A_reprint_that_ends_with_its_story(bool finalLineBreak, string lineBreak) =>
        AssertRoundTrip(Document(Headline("Başlık"), Body(null, [Paragraph("Tören tamamlandı.")], SignOff("AA", parenthesized: true)), null,
            finalLineBreak: finalLineBreak, lineBreak: lineBreak), "DSP0004");

    [Fact]
    public void Without_a_notice_briefs_after_a_body_the_reprint_rule_does_not_close_are_refused() =>
        Assert.Throws<ArgumentException>(() => Document(Headline("Başlık"), Body(null, [Paragraph("Tören tamamlandı")], AgencyTag("AA")), null,
            [Brief("Başka bir kısa haber.")]));
}
