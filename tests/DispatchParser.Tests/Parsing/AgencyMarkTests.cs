using DispatchParser.Diagnostics;
using DispatchParser.Syntax;

namespace DispatchParser.Tests.Parsing;

/// <summary>
/// The marks real copy names its agency with besides the canonical tag (grammar/README.md sections 1, 2.3, 2.4):
/// sign-offs, credits, tags with a full stop, bylines, source lines, end markers on the paragraph's line, and the
/// reprint rule that lets a tag close the body when no notice follows. Each shape is paired with the false friend
/// it must not be taken for.
/// </summary>
public sealed class AgencyMarkTests
{
    private const string TurkishNotice = "YASAL UYARI: Haklar saklıdır.";

    private static DispatchSyntaxTree Parse(params string[] bodyLines) =>
        ParseHelper.Parse("Başlık\n\n" + string.Join("\n", bodyLines));

    private static string[] Errors(DispatchSyntaxTree tree) => ParseHelper.ErrorCodes(tree);

    [Fact]
    public void Reprint_tag_closes_the_body_and_the_lines_after_it_are_briefs()
    {
        DispatchSyntaxTree tree = Parse("Sayım tamamlandı. (AA)", "Van'da kar yağışı etkili oldu.", "Batman'da turnuva yapıldı.");
        Assert.Equal(["DSP0004"], Errors(tree));
        Assert.Single(tree.Root.Paragraphs);
        Assert.Equal("AA", tree.Root.AgencyTag!.Name);
        Assert.Equal(["Van'da kar yağışı etkili oldu.", "Batman'da turnuva yapıldı."], tree.Root.Briefs.Select(b => b.Text));
    }

    [Fact]
    public void Reprint_tag_then_source_line_keeps_the_source_in_the_body()
    {
        DispatchSyntaxTree tree = Parse("Birinci paragraf.", "Sayım tamamlandı. (AA)", "Kaynak: AA", "Kısa bir haber.");
        Assert.Equal(2, tree.Root.Paragraphs.Count);
        Assert.Equal("AA", tree.Root.Source!.NameToken.Text);
        Assert.Equal("AA", tree.Root.Source.Agency!.Id);
        Assert.Equal(["Kısa bir haber."], tree.Root.Briefs.Select(b => b.Text));
    }

    [Fact]
    public void Reprint_followed_by_a_comment_policy_has_it_as_a_brief_not_a_notice()
    {
        DispatchSyntaxTree tree = Parse("Sayım tamamlandı. (AA)", "UYARI: Küfür, hakaret içeren yorumlar onaylanmamaktadır.");
        Assert.True(tree.Root.Notice.IsMissing);
        Assert.Equal("AA", tree.Root.AgencyTag!.Name);
        Assert.Single(tree.Root.Briefs);
    }

    [Fact]
    public void Caption_tag_that_ends_no_sentence_does_not_cut_the_story_short()
    {
        DispatchSyntaxTree tree = Parse("Protesto eden öğrenciler (AA)", "Öğrenciler daha sonra dağıldı.", "Olay sırasında kimse yaralanmadı. (AA)");
        Assert.Equal(3, tree.Root.Paragraphs.Count);
        Assert.Empty(tree.Root.Briefs);
        Assert.Equal("Olay sırasında kimse yaralanmadı.", tree.Root.Paragraphs[2].Text);
    }

    [Fact]
    public void Sentence_ending_tag_mid_story_stays_a_paragraph_when_a_notice_follows()
    {
        DispatchSyntaxTree tree = Parse("Sayım tamamlandı. (AA)", "Sonuçlar yarın açıklanacak. (AA)", TurkishNotice);
        Assert.Empty(Errors(tree));
        Assert.Equal(2, tree.Root.Paragraphs.Count);
        Assert.Equal("Sayım tamamlandı. (AA)", tree.Root.Paragraphs[0].Text);
    }

    [Fact]
    public void Unknown_acronym_tag_does_not_close_a_reprint()
    {
        DispatchSyntaxTree tree = Parse("Açıklama TÜDEF tarafından yapıldı. (TÜDEF)", "Dernek başkanı konuştu.");
        Assert.Equal(2, tree.Root.Paragraphs.Count);
        Assert.Contains("DSP0003", Errors(tree));
    }

    [Fact]
    public void Tag_followed_by_a_sign_off_leaves_the_closing_to_the_sign_off()
    {
        DispatchSyntaxTree tree = Parse("Sayım tamamlandı. (AA)", "(AA)", "Kısa bir haber.");
        Assert.Equal("Sayım tamamlandı. (AA)", tree.Root.Paragraphs[0].Text);
        Assert.True(tree.Root.AgencyTag!.IsSignOff);
        Assert.Single(tree.Root.Briefs);
    }

    [Fact]
    public void Parenthesised_sign_off_closes_a_reprint_but_a_bare_word_mid_digest_is_unexpected()
    {
        DispatchSyntaxTree closed = Parse("Sayım tamamlandı.", "(DHA)", "Kısa bir haber.");
        Assert.Equal("DHA", closed.Root.AgencyTag!.Name);
        Assert.Single(closed.Root.Briefs);

        DispatchSyntaxTree digest = Parse("Birinci haber.", "DHA", "İkinci haber.");
        Assert.Contains("DSP0006", Errors(digest));
        Assert.Empty(digest.Root.Briefs);
    }

    [Theory]
    [InlineData("   AA", "AA")]
    [InlineData("\u00a0\u00a0İHA", "İHA")]
    [InlineData("AA.", "AA")]
    public void Bare_sign_off_is_the_agency_with_a_departure(string signOff, string name)
    {
        DispatchSyntaxTree tree = Parse("Sayım tamamlandı.", signOff, TurkishNotice);
        Assert.Empty(Errors(tree));
        Assert.Equal(name, tree.Root.AgencyTag!.Name);
        Assert.Contains("DSP0107", ParseHelper.Codes(tree));
    }

    [Fact]
    public void Tag_with_a_full_stop_keeps_the_stop_in_its_own_token()
    {
        DispatchSyntaxTree tree = Parse("في القاهرة (أ ف ب).", "تنبيه: الحقوق محفوظة.");
        Assert.Empty(Errors(tree));
        var shape = new TreeShape(tree.Root.Body);
        using (shape.N(SyntaxKind.Body))
        {
            using (shape.N(SyntaxKind.Paragraph)) shape.T(SyntaxKind.TextToken, "في القاهرة");
            using (shape.N(SyntaxKind.AgencyTag))
            {
                shape.T(SyntaxKind.OpenParenToken, "(");
                shape.T(SyntaxKind.AgencyNameToken, "أ ف ب");
                shape.T(SyntaxKind.CloseParenToken, ")");
                shape.T(SyntaxKind.FullStopToken, ".");
            }
        }
    }

    [Theory]
    [InlineData("Çiftçiler konuştu. (Ayşe Demir / DHA)", "Ayşe Demir")]
    [InlineData("Çiftçiler konuştu. (DHA/Mehmet KAYA)", "Mehmet KAYA")]
    public void Credit_names_the_agency_and_keeps_the_reporter(string line, string reporter)
    {
        DispatchSyntaxTree tree = Parse(line, TurkishNotice);
        AgencyTagSyntax tag = tree.Root.AgencyTag!;
        Assert.True(tag.IsCredit);
        Assert.Equal("DHA", tag.Name);
        Assert.Equal(reporter, tag.ReporterToken.Text);
        bool reporterFirst = line.IndexOf(reporter, StringComparison.Ordinal) < line.IndexOf("DHA", StringComparison.Ordinal);
        var shape = new TreeShape(tree.Root.Body);
        using (shape.N(SyntaxKind.Body))
        {
            using (shape.N(SyntaxKind.Paragraph)) shape.T(SyntaxKind.TextToken, "Çiftçiler konuştu.");
            using (shape.N(SyntaxKind.AgencyTag))
            {
                shape.T(SyntaxKind.OpenParenToken, "(");
                shape.T(reporterFirst ? SyntaxKind.ReporterToken : SyntaxKind.AgencyNameToken, reporterFirst ? reporter : "DHA");
                shape.T(SyntaxKind.SlashToken, "/");
                shape.T(reporterFirst ? SyntaxKind.AgencyNameToken : SyntaxKind.ReporterToken, reporterFirst ? "DHA" : reporter);
                shape.T(SyntaxKind.CloseParenToken, ")");
            }
        }
    }

    /// <summary>
    /// A signed sign-off: the reporter and place (or the place alone) and a comma before the group, on the line after the
    /// last paragraph. It is the sign-off, not a paragraph (the corpus's crawled copy ends this way), with a departure;
    /// the signature's last word is the place, what stands before it the reporter (none for a place alone).
    /// </summary>
    [Theory]
    [InlineData("Ayşe DEMİR / İZMİR, (DHA)", "Ayşe DEMİR / İZMİR,", "Ayşe DEMİR", "İZMİR")]
    [InlineData("  Can YILMAZ/BURSA, (DHA)  ", "Can YILMAZ/BURSA,", "Can YILMAZ", "BURSA")]
    [InlineData("Mert KAYA - Deniz ARSLAN / MUĞLA , (DHA).", "Mert KAYA - Deniz ARSLAN / MUĞLA ,", "Mert KAYA - Deniz ARSLAN", "MUĞLA")]
    [InlineData("SELİN AKSOY -- KONYA, (DHA)", "SELİN AKSOY -- KONYA,", "SELİN AKSOY", "KONYA")]
    [InlineData("Elif SOYLU ESKİŞEHİR, (DHA)", "Elif SOYLU ESKİŞEHİR,", "Elif SOYLU", "ESKİŞEHİR")]
    [InlineData("KARS, (İHA)", "KARS,", null, "KARS")]
    public void Signed_sign_off_is_the_sign_off_and_not_a_paragraph(string line, string signature, string? reporter, string place)
    {
        DispatchSyntaxTree tree = Parse("Çiftçiler sulama kanallarının tamamlanmasını istedi.", line, TurkishNotice);
        Assert.Empty(Errors(tree));
        Assert.Equal(["Çiftçiler sulama kanallarının tamamlanmasını istedi."], tree.Root.Paragraphs.Select(p => p.Text));
        AgencyTagSyntax tag = tree.Root.AgencyTag!;
        Assert.True(tag.IsSignOff);
        Assert.False(tag.IsCredit);
        Assert.Equal(signature, tag.SignatureToken.Text);
        Assert.Equal(reporter, tag.SignatureReporterSpan is { } reporterSpan ? tree.Text.ToString(reporterSpan) : null);
        Assert.Equal(place, tag.SignaturePlaceSpan is { } placeSpan ? tree.Text.ToString(placeSpan) : null);
        Assert.Equal(line.Trim(), tree.Text.Text[tag.Span.Start..tag.Span.End]);
        Assert.Contains(tree.GetDiagnostics(), d => d.Code == "DSP0107" && d.Message.Contains("signed sign-off", StringComparison.Ordinal));
        Assert.Equal(tree.Text.Text, tree.Root.ToFullString());
    }

    /// <summary>Lines that look like a signature but are not one stay the last paragraph, tagged.</summary>
    [Theory]
    [InlineData("Ayşe Demir / İzmir, (DHA)")]        // the place is not in capitals
    [InlineData("Ali, Veli / ANKARA, (DHA)")]        // a comma between names
    [InlineData("Ayşe DEMİR / İZMİR (DHA)")]         // no comma before the group
    [InlineData("Can YILMAZ 2 / BURSA, (DHA)")]      // a digit
    [InlineData("Can YILMAZ - / BURSA, (DHA)")]      // two marks in one separator
    [InlineData("Dün gece KONYA, (DHA)")]            // a word in lower case
    public void Signature_look_alikes_are_the_tagged_last_paragraph(string line)
    {
        DispatchSyntaxTree tree = Parse("Çiftçiler sulama kanallarının tamamlanmasını istedi.", line, TurkishNotice);
        Assert.Equal(2, tree.Root.Paragraphs.Count);
        Assert.Equal(SyntaxKind.AgencyTag, tree.Root.AgencyTag!.Kind);
        Assert.True(tree.Root.AgencyTag.SignatureToken.IsNone);
        Assert.Null(tree.Root.AgencyTag.SignatureReporterSpan);
        Assert.Null(tree.Root.AgencyTag.SignaturePlaceSpan);
    }

    [Fact]
    public void Signed_sign_off_closes_a_reprint_and_mid_body_before_a_notice_is_unexpected()
    {
        DispatchSyntaxTree closed = Parse("Sayım tamamlandı.", "Ayşe DEMİR / İZMİR, (DHA)", "Kısa bir haber.");
        Assert.Equal("DHA", closed.Root.AgencyTag!.Name);
        Assert.Equal(["Kısa bir haber."], closed.Root.Briefs.Select(b => b.Text));

        DispatchSyntaxTree digest = Parse("Birinci haber.", "Ayşe DEMİR / İZMİR, (DHA)", "İkinci haber. (AA)", TurkishNotice);
        Assert.Contains("DSP0006", Errors(digest));
    }

    [Theory]
    [InlineData("Çiftçiler konuştu. (Ayşe Demir / Hürriyet)")]
    [InlineData("Çiftçiler konuştu. (hürriyet)")]
    [InlineData("Bakan, AA muhabirine konuştu.")]
    public void Newspapers_and_agencies_quoted_in_text_name_no_agency(string line)
    {
        DispatchSyntaxTree tree = Parse(line, TurkishNotice);
        Assert.Contains("DSP0003", Errors(tree));
    }

    [Fact]
    public void Lower_case_tag_is_an_agency_with_a_departure()
    {
        DispatchSyntaxTree tree = Parse("Çiftçiler konuştu. (dha)", TurkishNotice);
        Assert.Equal("DHA", tree.Root.AgencyTag!.Agency!.Id);
        Assert.Contains("DSP0107", ParseHelper.Codes(tree));
    }

    [Theory]
    [InlineData("ZEYNEP KARA DHA", "ZEYNEP KARA", null, "DHA")]
    [InlineData("MURAT ÖZTÜRK - DHA", "MURAT ÖZTÜRK", null, "DHA")]
    [InlineData("CAN ARSLAN Kemer DHA", "CAN ARSLAN", "Kemer", "DHA")]
    [InlineData("BARTIN DHA", "BARTIN", null, "DHA")]
    [InlineData("ELİF ŞAHİN Ankara", "ELİF ŞAHİN", "Ankara", null)]
    [InlineData("HABER MERKEZİ", "HABER MERKEZİ", null, null)]
    [InlineData("AYŞE KARA, ALİ UÇAR Kars DHA", "AYŞE KARA, ALİ UÇAR", "Kars", "DHA")]
    [InlineData("ŞEYMA ÇAKIR / DİYARBAKIR, DHA", "ŞEYMA ÇAKIR / DİYARBAKIR,", null, "DHA")]
    public void Byline_parts(string line, string name, string? place, string? agency)
    {
        DispatchSyntaxTree tree = Parse(line, "Meclis bütçeyi kabul etti. (AA)", TurkishNotice);
        BylineSyntax byline = tree.Root.Byline!;
        Assert.Equal(name, byline.NameToken.Text);
        Assert.Equal(place, byline.PlaceToken.IsNone ? null : byline.PlaceToken.Text);
        Assert.Equal(agency, byline.AgencyNameToken.IsNone ? null : byline.AgencyNameToken.Text);
        Assert.Single(tree.Root.Paragraphs);
        Assert.Equal("AA", tree.Root.AgencyTag!.Name);
    }

    [Fact]
    public void Byline_alone_names_the_agency_with_a_departure()
    {
        DispatchSyntaxTree tree = Parse("ZEYNEP KARA DHA", "Meclis bütçeyi kabul etti.", TurkishNotice);
        Assert.Empty(Errors(tree));
        Assert.Equal("DHA", tree.Root.Byline!.Agency!.Id);
        Assert.Contains("DSP0107", ParseHelper.Codes(tree));
    }

    [Fact]
    public void Byline_after_a_deck_keeps_the_deck_apart()
    {
        DispatchSyntaxTree tree = Parse("Toplantı dört saat sürdü.", "ANKARA ANKA", "Meclis bütçeyi kabul etti.", TurkishNotice);
        Assert.Equal(["Toplantı dört saat sürdü."], tree.Root.Body.LeadParagraphs.Select(p => p.Text));
        Assert.Equal(["Meclis bütçeyi kabul etti."], tree.Root.Paragraphs.Select(p => p.Text));
        Assert.Equal("ANKA", tree.Root.Byline!.Agency!.Id);
    }

    [Theory]
    [InlineData("FUTBOL GÜNDEMİ")]
    [InlineData("YORGO KIRBAKİ")]
    public void Line_of_capitals_alone_is_a_paragraph(string line)
    {
        DispatchSyntaxTree tree = Parse(line, "Meclis bütçeyi kabul etti.", TurkishNotice);
        Assert.Null(tree.Root.Byline);
        Assert.Equal(2, tree.Root.Paragraphs.Count);
    }

    [Fact]
    public void Byline_after_the_first_three_lines_is_a_paragraph()
    {
        DispatchSyntaxTree tree = Parse("Bir.", "İki.", "Üç.", "ZEYNEP KARA DHA", "Dört.", TurkishNotice);
        Assert.Null(tree.Root.Byline);
        Assert.Contains("DSP0003", Errors(tree));
    }

    [Theory]
    [InlineData("Kaynak: AA", "AA", true)]
    [InlineData("Kaynak: AA.", "AA", true)]
    [InlineData("Kaynak: Anadolu Ajansı", "Anadolu Ajansı", true)]
    [InlineData("Kaynak: hurriyet.com.tr", "hurriyet.com.tr", false)]
    public void Source_line_parts(string line, string name, bool namesAgency)
    {
        DispatchSyntaxTree tree = Parse("Sayım tamamlandı. (AA)", line, TurkishNotice);
        Assert.Empty(Errors(tree));
        SourceLineSyntax source = tree.Root.Source!;
        Assert.Equal("Kaynak:", source.MarkerToken.Text);
        Assert.Equal(name, source.NameToken.Text);
        Assert.Equal(namesAgency, source.Agency is not null);
        Assert.Single(tree.Root.Paragraphs);
    }

    [Fact]
    public void Source_line_mid_body_before_a_notice_is_unexpected_text_after_it()
    {
        DispatchSyntaxTree tree = Parse("Sayım tamamlandı. (AA)", "Kaynak: AA", "Sayım her yıl yapılıyor.", TurkishNotice);
        Assert.Contains("DSP0006", Errors(tree));
        Assert.False(tree.Root.Notice.IsMissing);
    }

    [Fact]
    public void Source_of_a_website_names_no_agency()
    {
        DispatchSyntaxTree tree = Parse("Sayım tamamlandı.", "Kaynak: hurriyet.com.tr", TurkishNotice);
        Assert.Contains("DSP0003", Errors(tree));
    }

    [Theory]
    [InlineData("واطلع الوزير على الأعمال. // انتهى //", "// انتهى //", null)]
    [InlineData("واطلع الوزير على الأعمال. (واس) //انتهى// 20:26 ت م", "//انتهى// 20:26 ت م", "واس")]
    public void End_marker_on_the_paragraph_line(string line, string marker, string? tag)
    {
        DispatchSyntaxTree tree = ParseHelper.Parse($"عنوان الخبر\n\nعدن – واس\nتفقد الوزير المطار.\n{line}\nتنبيه: الحقوق محفوظة.");
        Assert.Empty(Errors(tree));
        Assert.Equal(marker, tree.Root.EndMarker!.MarkerToken.Text);
        Assert.Equal("واطلع الوزير على الأعمال.", tree.Root.Paragraphs[^1].Text);
        Assert.Equal(tag, tree.Root.AgencyTag?.Name);
        Assert.Contains("DSP0107", ParseHelper.Codes(tree));
    }

    /// <summary>
    /// Regression: a place dateline paragraph that ends with an end marker lost its dateline — the line's class was
    /// "marked" (the end marker is looked for before a place paragraph, as the lexer's MARKED_LINE comes before PLACE_PARA),
    /// and the place stayed in the paragraph's text. As the body's first line it opens with its place dateline, which the
    /// grammar's lowering reads from the MARKED_LINE or TAGGED_MARKED_LINE alike (section 4, dateline).
    /// </summary>
    [Theory]
    [InlineData("MADRİD - Takım sezonu lider bitirdi. (AA) // انتهى //", "MADRİD -", "AA")]
    [InlineData("NEW YORK -- Borsa günü yükselişle kapattı. (AA) // انتهى // 20:26 ت م", "NEW YORK --", "AA")]
    [InlineData("[HaberSağlık-İstanbul] Hastane yeni bölümünü açtı. (DHA) // انتهى //", "[HaberSağlık-İstanbul]", "DHA")]
    public void Regression_place_dateline_paragraph_ending_with_an_end_marker_keeps_its_dateline(string line, string dateline, string agency)
    {
        string text = "Başlık\n\n" + line + "\n" + TurkishNotice;
        DispatchSyntaxTree tree = ParseHelper.Parse(text);
        Assert.Empty(Errors(tree));
        Assert.Equal(dateline, tree.Text.ToString(tree.Root.Dateline!.Span));
        Assert.True(tree.Root.Dateline.AgencyNameToken.IsNone);
        string story = line[(line.IndexOf(dateline, StringComparison.Ordinal) + dateline.Length)..].TrimStart();
        Assert.Equal(story[..story.IndexOf(" (", StringComparison.Ordinal)], Assert.Single(tree.Root.Paragraphs).Text);
        Assert.Equal(agency, tree.Root.AgencyTag!.Name);
        Assert.StartsWith("// انتهى //", tree.Root.EndMarker!.MarkerToken.Text, StringComparison.Ordinal);
        Assert.Null(GrammarAgreement.Disagreement(text));
    }

    /// <summary>
    /// The same line without a tag names no agency (a place dateline names none): DSP0003, in the grammar too; the dateline
    /// and the end marker are still read. After the first line a marked place paragraph is a paragraph, whole.
    /// </summary>
    [Fact]
    public void Regression_place_dateline_paragraph_ending_with_an_end_marker_without_a_tag_names_no_agency()
    {
        string text = "Başlık\n\nMADRİD - Metin burada bitti. // انتهى //\n" + TurkishNotice;
        DispatchSyntaxTree tree = ParseHelper.Parse(text);
        Assert.Equal(["DSP0003"], Errors(tree));
        Assert.Equal("MADRİD -", tree.Text.ToString(tree.Root.Dateline!.Span));
        Assert.Equal("Metin burada bitti.", Assert.Single(tree.Root.Paragraphs).Text);
        Assert.False(global::DispatchParser.Grammar.DispatchGrammar.Parse(text).IsWellFormed);

        string later = "Başlık\n\nANKARA (AA) - Birinci paragraf.\nMADRİD - Metin burada bitti. // انتهى //\n" + TurkishNotice;
        DispatchSyntaxTree second = ParseHelper.Parse(later);
        Assert.Empty(Errors(second));
        Assert.Equal("ANKARA (AA) -", second.Text.ToString(second.Root.Dateline!.Span));
        Assert.Equal(["Birinci paragraf.", "MADRİD - Metin burada bitti."], second.Root.Paragraphs.Select(p => p.Text));
        Assert.Null(GrammarAgreement.Disagreement(later));
    }

    /// <summary>
    /// Regression (issue 12, class 6): a dateline paragraph that ends with an end marker, the body's only line, kept the
    /// marker — and a tag before it — in its paragraph's text, and <c>endMarker</c> was null: DATELINE_PARA came before the
    /// marked classes in the lexer, so the line was a dateline paragraph, whose end is text. TAGGED_MARKED_LINE and the new
    /// DATELINE_MARKED_LINE now come before DATELINE_PARA: the dateline, the paragraph, the tag and the end marker (with the
    /// time after it) are all parts, in Turkish, Arabic, Kurmanji and English copy (examples written for this test).
    /// </summary>
    [Theory]
    [InlineData("ANKARA (AA) - Metin burada bitti. // انتهى //", "ANKARA (AA) -", "Metin burada bitti.", null, "// انتهى //", null)]
    [InlineData("ANKARA (AA) - Metin burada bitti. (AA) // انتهى //", "ANKARA (AA) -", "Metin burada bitti.", "AA", "// انتهى //", null)]
    [InlineData("AA - Kurul toplantısı akşam saatlerinde sona erdi. //انتهى//", "AA -", "Kurul toplantısı akşam saatlerinde sona erdi.", null, "//انتهى//", null)]
    [InlineData("الرياض (واس) - أعلنت الوزارة اليوم عن خطة جديدة للنقل العام. // انتهى // 12:40 ت م", "الرياض (واس) -", "أعلنت الوزارة اليوم عن خطة جديدة للنقل العام.", null, "// انتهى //", "12:40 ت م")]
    [InlineData("جدة (واس) - اختتمت اللجنة أعمالها مساء أمس (واس). // يتبع //", "جدة (واس) -", "اختتمت اللجنة أعمالها مساء أمس", "واس", "// يتبع //", null)]
    [InlineData("AMED (ÎLKHA) - Li bajêr pêşangeheke nû hat vekirin. // انتهى //", "AMED (ÎLKHA) -", "Li bajêr pêşangeheke nû hat vekirin.", null, "// انتهى //", null)]
    [InlineData("LONDON (Reuters) - Shares closed higher on Friday after a quiet session. (Reuters) // انتهى //", "LONDON (Reuters) -", "Shares closed higher on Friday after a quiet session.", "Reuters", "// انتهى //", null)]
    public void Regression_dateline_paragraph_ending_with_an_end_marker_as_the_only_body_line_reads_every_part(
        string line, string dateline, string paragraph, string? tag, string marker, string? stamp)
    {
        string text = "Başlık\n\n" + line + "\n" + TurkishNotice;
        DispatchSyntaxTree tree = ParseHelper.Parse(text);
        Assert.Empty(Errors(tree));
        Assert.Equal(dateline, tree.Text.ToString(tree.Root.Dateline!.Span));
        Assert.False(tree.Root.Dateline.AgencyNameToken.IsNone);
        Assert.Equal(paragraph, Assert.Single(tree.Root.Paragraphs).Text);
        Assert.Equal(tag, tree.Root.AgencyTag?.Name);
        Assert.Equal(marker, tree.Root.EndMarker!.MarkerToken.Text[..marker.Length]);
        Assert.True(tree.Root.EndMarker.IsInline);
        Assert.Equal(stamp, tree.Root.EndMarker.StampSpan is { } span ? tree.Text.ToString(span) : null);
        Assert.Null(GrammarAgreement.Disagreement(text));
        Assert.True(global::DispatchParser.Grammar.DispatchGrammar.Parse(text).IsWellFormed);
    }

    /// <summary>
    /// Regression (core fuzz run of 2026-12-02 13:55 UTC, fuzz/regressions/core/core-parser-throws-on-dateline-dash-before-
    /// inline-end-marker-*): a dateline with nothing but the end marker after it made the parser throw — the dateline took
    /// the text before the marker that the marker's own match needs, and the paragraph's bounds came out reversed. A dateline
    /// opens a paragraph, so on a marked line it is one only when some of the story stands before the marker; here the line
    /// is a paragraph and its end marker, in the grammar too.
    /// </summary>
    [Theory]
    [InlineData("BU- //انتهى//", "BU-")]
    [InlineData("ZE - //انتهى//", "ZE -")]
    [InlineData("ANKARA (AA) - // انتهى //", "ANKARA (AA) -")]
    [InlineData("ANKARA (AA) -    //انتهى// 20:26 ت م", "ANKARA (AA) -")]
    [InlineData("[HaberSağlık-İstanbul] // انتهى //", "[HaberSağlık-İstanbul]")]
    public void Regression_a_dateline_with_only_an_end_marker_after_it_is_a_paragraph_and_the_marker(string line, string paragraph)
    {
        foreach (string text in new[] { "Başlık\n\n" + line + "\n" + TurkishNotice, "Başlık\n\n" + line })
        {
            DispatchSyntaxTree tree = ParseHelper.Parse(text);
            Assert.Null(tree.Root.Dateline);
            Assert.Equal(paragraph, Assert.Single(tree.Root.Paragraphs).Text);
            Assert.True(tree.Root.EndMarker!.IsInline);
            Assert.Null(GrammarAgreement.Disagreement(text));
        }
    }

    /// <summary>
    /// "Some of the story stands before the inline end marker" is one rule (<see cref="global::DispatchParser.Parsing.LineClassifier.StoryBeforeEndMarker"/>),
    /// asked by the parser, the grammar's token source (DATELINE_MARKED_LINE or MARKED_LINE) and the grammar's lowering; it was
    /// written three times. Each line as the body's only line: the dateline is read exactly when the rule holds, and the
    /// parser, the grammar with the ANTLR lexer and the grammar with the classifier's token source read the same parts.
    /// </summary>
    [Theory]
    [InlineData("ANKARA (AA) - Metin burada bitti. // انتهى //", true)]
    [InlineData("ANKARA (AA) - x //انتهى// 20:26 ت م", true)]
    [InlineData("ANKARA (AA) - // انتهى //", false)]
    [InlineData("ANKARA (AA) -\u00A0\t // انتهى //", false)]
    [InlineData("MADRİD - Maç bitti. // انتهى //", true)]
    [InlineData("BU- //انتهى//", false)]
    [InlineData("[HaberSağlık-İstanbul] Toplantı yapıldı. // انتهى //", true)]
    [InlineData("[HaberSağlık-İstanbul]   // انتهى //", false)]
    [InlineData("ANKARA (AA) - Metin burada bitti.", false)]
    public void Story_before_an_inline_end_marker_is_one_rule_for_the_parser_the_token_source_and_the_lowering(string line, bool story)
    {
        line = System.Text.RegularExpressions.Regex.Unescape(line);
        var classifier = global::DispatchParser.Parsing.LineClassifier.Default;
        global::DispatchParser.Parsing.DatelineShape dateline = classifier.MatchDateline(line, 0, line.Length);
        int storyStart = dateline.Form != global::DispatchParser.Parsing.DatelineForm.None ? dateline.ParagraphStart : global::DispatchParser.Parsing.LineClassifier.MatchPlace(line, 0, line.Length).StoryStart;
        Assert.Equal(story, classifier.StoryBeforeEndMarker(line, 0, line.Length, storyStart));

        string text = "Başlık\n\n" + line + "\n" + TurkishNotice;
        DispatchSyntaxTree tree = ParseHelper.Parse(text, ParseOptions.Lenient);
        bool marked = line.Contains("//", StringComparison.Ordinal);
        Assert.Equal(story || !marked, tree.Root.Dateline is not null);
        Assert.Equal(marked, tree.Root.EndMarker is { IsInline: true });
        Assert.Null(GrammarAgreement.Disagreement(text));
        Assert.Null(GrammarAgreement.Disagreement(text, global::DispatchParser.Grammar.GrammarLexer.LineClassifier));
    }

    /// <summary>
    /// The same line after the body's first line is its last paragraph, whole with its dateline words (a dateline is one only
    /// as the first line), and the end marker is still the end marker; nothing after it but the notice.
    /// </summary>
    [Fact]
    public void Regression_a_later_dateline_paragraph_ending_with_an_end_marker_is_the_last_paragraph_and_its_marker_the_end_marker()
    {
        string text = "Başlık\n\nANKARA (AA) - Birinci paragraf.\nİZMİR (AA) - İkinci paragraf burada bitti. // انتهى //\n" + TurkishNotice;
        DispatchSyntaxTree tree = ParseHelper.Parse(text);
        Assert.Empty(Errors(tree));
        Assert.Equal("ANKARA (AA) -", tree.Text.ToString(tree.Root.Dateline!.Span));
        Assert.Equal(["Birinci paragraf.", "İZMİR (AA) - İkinci paragraf burada bitti."], tree.Root.Paragraphs.Select(p => p.Text));
        Assert.StartsWith("// انتهى //", tree.Root.EndMarker!.MarkerToken.Text, StringComparison.Ordinal);
        Assert.Null(GrammarAgreement.Disagreement(text));

        // Without a first dateline nothing names the agency: the later line's dateline is text (DSP0003), the marker still read.
        string unnamed = "Başlık\n\nBirinci paragraf.\nİZMİR (AA) - İkinci paragraf burada bitti. // انتهى //\n" + TurkishNotice;
        DispatchSyntaxTree second = ParseHelper.Parse(unnamed);
        Assert.Equal(["DSP0003"], Errors(second));
        Assert.NotNull(second.Root.EndMarker);
        Assert.Null(GrammarAgreement.Disagreement(unnamed));
    }

    [Fact]
    public void Text_after_an_end_marker_on_the_paragraph_line_is_unexpected_before_a_notice_and_a_brief_without_one()
    {
        DispatchSyntaxTree withNotice = ParseHelper.Parse("عنوان\n\nتفقد الوزير المطار. (واس) // انتهى //\nنص آخر.\nتنبيه: الحقوق محفوظة.");
        Assert.Contains("DSP0006", Errors(withNotice));

        DispatchSyntaxTree reprint = ParseHelper.Parse("عنوان\n\nتفقد الوزير المطار. (واس) // انتهى //\nنص آخر.", ParseOptions.Lenient);
        Assert.Equal(["نص آخر."], reprint.Root.Briefs.Select(b => b.Text));
    }
}
