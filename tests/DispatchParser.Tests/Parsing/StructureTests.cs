using DispatchParser.Syntax;
using static DispatchParser.Syntax.SyntaxKind;

namespace DispatchParser.Tests.Parsing;

/// <summary>Tree shapes for each rule of grammar/README.md, section 2.</summary>
public sealed class StructureTests
{
    private const string Canonical =
        "Başlık burada\n\nBirinci paragraf.\nİkinci paragraf. (İLKHA)\nYASAL UYARI: Tüm hakları İlke Haber Ajansı'na aittir.\nKısa haber bir.\nKısa haber iki.";

    [Fact]
    public void Canonical_dispatch_has_every_part()
    {
        DispatchSyntaxTree tree = ParseHelper.Parse(Canonical);
        Assert.Empty(tree.GetDiagnostics());
        var shape = new TreeShape(tree.Root);
        using (shape.N(Document))
        {
            using (shape.N(Headline)) shape.T(TextToken, "Başlık burada");
            using (shape.N(Separator)) shape.T(BlankLineToken, "\n");
            using (shape.N(Body))
            {
                using (shape.N(Paragraph)) shape.T(TextToken, "Birinci paragraf.");
                using (shape.N(Paragraph)) shape.T(TextToken, "İkinci paragraf.");
                using (shape.N(AgencyTag))
                {
                    shape.T(OpenParenToken, "(");
                    shape.T(AgencyNameToken, "İLKHA");
                    shape.T(CloseParenToken, ")");
                }
            }
            using (shape.N(LegalNotice))
            {
                shape.T(NoticeMarkerToken, "YASAL UYARI:");
                shape.T(TextToken, "Tüm hakları İlke Haber Ajansı'na aittir.");
            }
            using (shape.N(BriefList))
            {
                using (shape.N(Brief)) shape.T(TextToken, "Kısa haber bir.");
                using (shape.N(Brief)) shape.T(TextToken, "Kısa haber iki.");
            }
            shape.EOF();
        }
    }

    [Fact]
    public void Typed_accessors_reach_every_part()
    {
        DocumentSyntax root = ParseHelper.Parse(Canonical).Root;
        Assert.Equal("Başlık burada", root.Headline.Text);
        Assert.Equal(2, root.Paragraphs.Count);
        Assert.Equal("İkinci paragraf.", root.Paragraphs[1].Text);
        Assert.Equal("İLKHA", root.AgencyTag!.Name);
        Assert.Equal("ILKHA", root.AgencyTag.Agency!.Id);
        Assert.False(root.AgencyTag.IsSignOff);
        Assert.Null(root.Dateline);
        Assert.Null(root.EndMarker);
        Assert.False(root.Notice.IsMissing);
        Assert.Equal(["Kısa haber bir.", "Kısa haber iki."], root.Briefs.Select(b => b.Text));
        Assert.Same(root, root.Body.Parent);
        Assert.Same(root.Body, root.Paragraphs[0].Parent);
    }

    [Fact]
    public void FindNode_and_ancestors_locate_parts()
    {
        DocumentSyntax root = ParseHelper.Parse(Canonical).Root;
        int inSecond = Canonical.IndexOf("İkinci", StringComparison.Ordinal) + 2;
        SyntaxNode node = root.FindNode(new DispatchParser.Text.TextSpan(inSecond, 3));
        Assert.IsType<ParagraphSyntax>(node);
        Assert.Equal([SyntaxKind.Body, SyntaxKind.Document], node.Ancestors().Select(a => a.Kind));
        Assert.IsType<AgencyTagSyntax>(root.FindNode(root.AgencyTag!.Span));
        Assert.Same(root, root.FindNode(root.FullSpan));
        Assert.Equal(SyntaxKind.AgencyNameToken, root.FindToken(Canonical.IndexOf("İLKHA", StringComparison.Ordinal)).Kind);
        Assert.Equal(5, root.DescendantTrivia().Count(t => t.Kind == SyntaxKind.LineBreakTrivia)); // the separator's break is a token
        Assert.Equal(root.Paragraphs[1], root.Body.ChildNodes().OfType<ParagraphSyntax>().Last());
    }

    [Fact]
    public void Inline_dateline_opens_the_first_paragraph()
    {
        DispatchSyntaxTree tree = ParseHelper.Parse("Headline\n\nANKARA (AA) - Ministers met today.\nLEGAL NOTICE: Rights reserved.");
        Assert.Empty(ParseHelper.ErrorCodes(tree));
        var shape = new TreeShape(tree.Root.Body);
        using (shape.N(Body))
        {
            using (shape.N(Dateline))
            {
                shape.T(PlaceToken, "ANKARA");
                shape.T(OpenParenToken);
                shape.T(AgencyNameToken, "AA");
                shape.T(CloseParenToken);
                shape.T(DashToken, "-");
            }
            using (shape.N(Paragraph)) shape.T(TextToken, "Ministers met today.");
        }
        Assert.Equal("ANKARA (AA) -", tree.Root.Dateline!.ToString());
        Assert.False(tree.Root.Dateline.IsOwnLine);
        Assert.Null(tree.Root.AgencyTag);
    }

    [Theory]
    [InlineData("BATMAN (İHA) – Metin.", "İHA", "–")]
    [InlineData("BATMAN (İHA) — Metin.", "İHA", "—")]
    [InlineData("BATMAN (İHA) -- Metin.", "İHA", "--")]
    [InlineData("BATMAN (İHA) _ Metin.", "İHA", "_")]
    [InlineData("ANKA - ANKARA - Metin.", "ANKA", "-")]
    public void Dateline_dash_variants(string firstLine, string agency, string dash)
    {
        DispatchSyntaxTree tree = ParseHelper.Parse($"Başlık\n\n{firstLine}\nYASAL UYARI: Haklar saklıdır.");
        Assert.Empty(ParseHelper.ErrorCodes(tree));
        Assert.Equal(agency, tree.Root.Dateline!.AgencyName);
        Assert.Equal(dash, tree.Root.Dateline.DashToken.Text);
    }

    [Theory]
    [InlineData("عين اليوم – واس", "واس")]
    [InlineData("الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس", "واس")]
    [InlineData("BATMAN (İHA) -", "İHA")]
    public void Own_line_dateline_names_the_agency(string datelineLine, string agency)
    {
        DispatchSyntaxTree tree = ParseHelper.Parse($"عنوان\n\n{datelineLine}\nنص الفقرة الأولى.\nتنبيه: الحقوق محفوظة.");
        Assert.Empty(ParseHelper.ErrorCodes(tree));
        Assert.True(tree.Root.Dateline!.IsOwnLine);
        Assert.Equal(agency, tree.Root.Dateline.AgencyName);
        Assert.Single(tree.Root.Paragraphs);
    }

    /// <summary>Regression (found by the analyzer tests): the own-line forms win over an opening form on the same line.</summary>
    [Theory]
    [InlineData("جدة (واس) – 25 شوال 1436 هـ م واس")]
    [InlineData("واس - واس")]
    [InlineData("ANKARA (AA) - AA")]
    public void Regression_own_line_dateline_wins_over_an_opening_dateline(string datelineLine)
    {
        DispatchSyntaxTree tree = ParseHelper.Parse($"عنوان الخبر\n\n{datelineLine}\nنص الخبر هنا.\nتنبيه: جميع الحقوق محفوظة.");
        Assert.Empty(ParseHelper.ErrorCodes(tree));
        Assert.True(tree.Root.Dateline!.IsOwnLine);
        Assert.Equal(datelineLine, tree.Root.Dateline.ToString());
        Assert.Equal("نص الخبر هنا.", tree.Root.Paragraphs.Single().Text);
        Assert.Null(GrammarAgreement.Disagreement(tree.Text.ToString()));
    }

    [Fact]
    public void Own_line_dateline_without_a_paragraph_after_it_is_a_paragraph()
    {
        DispatchSyntaxTree tree = ParseHelper.Parse("عنوان\n\nعين اليوم – واس\nReuter\nتنبيه: الحقوق محفوظة.");
        Assert.Empty(ParseHelper.ErrorCodes(tree));
        var shape = new TreeShape(tree.Root.Body);
        using (shape.N(Body))
        {
            using (shape.N(Paragraph)) shape.T(TextToken, "عين اليوم – واس");
            using (shape.N(SignOff)) shape.T(AgencyNameToken, "Reuter");
        }
    }

    [Theory]
    [InlineData("Reuter")]
    [InlineData("REUTER")]
    [InlineData("reuter")]
    [InlineData("(AA)")]
    public void Sign_off_line_ends_the_body(string signOff)
    {
        DispatchSyntaxTree tree = ParseHelper.Parse($"Short headline\n\nFirst paragraph.\n{signOff}\nLEGAL NOTICE: Rights reserved.");
        Assert.Empty(ParseHelper.ErrorCodes(tree));
        Assert.Equal(signOff.Trim('(', ')'), tree.Root.AgencyTag!.Name);
        var shape = new TreeShape(tree.Root.Body);
        using (shape.N(Body))
        {
            using (shape.N(Paragraph)) shape.T(TextToken, "First paragraph.");
            using (shape.N(SignOff))
            {
                if (signOff.StartsWith('('))
                {
                    shape.T(OpenParenToken);
                    shape.T(AgencyNameToken, "AA");
                    shape.T(CloseParenToken);
                }
                else
                {
                    shape.T(AgencyNameToken, signOff);
                }
            }
        }
    }

    [Fact]
    public void Parenthesised_acronym_mid_line_is_not_a_tag()
    {
        DispatchSyntaxTree tree = ParseHelper.Parse(
            "عنوان\n\nأعلنت الهيئة الوطنية في باكستان (NDMA) أن الحصيلة ارتفعت\nتنبيه: الحقوق محفوظة.");
        Assert.Contains("DSP0003", ParseHelper.ErrorCodes(tree));
        var shape = new TreeShape(tree.Root.Body);
        using (shape.N(Body))
        {
            using (shape.N(Paragraph)) shape.T(TextToken, "أعلنت الهيئة الوطنية في باكستان (NDMA) أن الحصيلة ارتفعت");
            using (shape.Missing(AgencyTag)) shape.MissingToken(AgencyNameToken);
        }
    }

    [Fact]
    public void Drone_abbreviation_in_running_text_is_not_a_tag()
    {
        DispatchSyntaxTree tree = ParseHelper.Parse(
            "Başlık\n\nBayraktar Taktik (İHA) sistemi teslim edildi.\nİkinci paket de teslim edildi. (DHA)\nYASAL UYARI: Haklar saklıdır.");
        Assert.Empty(ParseHelper.ErrorCodes(tree));
        var shape = new TreeShape(tree.Root.Body);
        using (shape.N(Body))
        {
            using (shape.N(Paragraph)) shape.T(TextToken, "Bayraktar Taktik (İHA) sistemi teslim edildi.");
            using (shape.N(Paragraph)) shape.T(TextToken, "İkinci paket de teslim edildi.");
            using (shape.N(AgencyTag)) Group(shape, "DHA");
        }
    }

    [Fact]
    public void Tagged_line_that_is_not_last_is_a_plain_paragraph()
    {
        DispatchSyntaxTree tree = ParseHelper.Parse("Başlık\n\nBir. (İLKHA)\nİki. (AA)\nYASAL UYARI: Haklar saklıdır.");
        var shape = new TreeShape(tree.Root.Body);
        using (shape.N(Body))
        {
            using (shape.N(Paragraph)) shape.T(TextToken, "Bir. (İLKHA)");
            using (shape.N(Paragraph)) shape.T(TextToken, "İki.");
            using (shape.N(AgencyTag)) Group(shape, "AA");
        }
    }

    [Fact]
    public void Without_a_notice_the_body_runs_to_the_end_and_there_are_no_briefs()
    {
        DispatchSyntaxTree tree = ParseHelper.Parse("Başlık\n\nBir.\nİki.\nÜç. (AA)\n", Diagnostics.ParseOptions.Lenient);
        var shape = new TreeShape(tree.Root);
        using (shape.N(Document))
        {
            using (shape.N(Headline)) shape.T(TextToken, "Başlık");
            using (shape.N(Separator)) shape.T(BlankLineToken, "\n");
            using (shape.N(Body))
            {
                using (shape.N(Paragraph)) shape.T(TextToken, "Bir.");
                using (shape.N(Paragraph)) shape.T(TextToken, "İki.");
                using (shape.N(Paragraph)) shape.T(TextToken, "Üç.");
                using (shape.N(AgencyTag)) Group(shape, "AA");
            }
            using (shape.Missing(LegalNotice)) shape.MissingToken(NoticeMarkerToken);
            using (shape.N(BriefList))
            {
            }
            shape.EOF();
        }
    }

    [Fact]
    public void Comment_policy_and_source_line_are_not_notices()
    {
        DispatchSyntaxTree tree = ParseHelper.Parse("Başlık\n\nUYARI: Küfür, hakaret içeren yorumlar yayınlanmaz.\nSon paragraf. (AA)\nKaynak: AA\nYASAL UYARI: Haklar saklıdır.");
        Assert.Empty(ParseHelper.ErrorCodes(tree));
        var shape = new TreeShape(tree.Root);
        using (shape.N(Document))
        {
            using (shape.N(Headline)) shape.T(TextToken, "Başlık");
            using (shape.N(Separator)) shape.T(BlankLineToken, "\n");
            using (shape.N(Body))
            {
                using (shape.N(Paragraph)) shape.T(TextToken, "UYARI: Küfür, hakaret içeren yorumlar yayınlanmaz.");
                using (shape.N(Paragraph)) shape.T(TextToken, "Son paragraf.");
                using (shape.N(AgencyTag)) Group(shape, "AA");
                using (shape.N(SourceLine))
                {
                    shape.T(SourceMarkerToken);
                    shape.T(AgencyNameToken, "AA");
                }
            }
            using (shape.N(LegalNotice))
            {
                shape.T(NoticeMarkerToken, "YASAL UYARI:");
                shape.T(TextToken, "Haklar saklıdır.");
            }
            using (shape.N(BriefList))
            {
            }
            shape.EOF();
        }
        Assert.Equal("Kaynak: AA", tree.Root.Source!.ToString());
    }

    [Theory]
    [InlineData("// انتهى //", "")]
    [InlineData("//انتهى//", "")]
    [InlineData("// يتبع //", "")]
    [InlineData("// انتهى // 20:26 ت م", "")]
    [InlineData("// انتهى //", "\n 10:12 ت م ")]
    public void End_marker_follows_the_body(string marker, string stampLine)
    {
        DispatchSyntaxTree tree = ParseHelper.Parse($"عام / عنوان\n\nالرياض 25 شوال 1436 هـ م واس\nنص الخبر.\n{marker}{stampLine}\nتنبيه: الحقوق محفوظة.");
        Assert.Empty(ParseHelper.ErrorCodes(tree));
        Assert.Equal(marker.Contains("يتبع", StringComparison.Ordinal), tree.Root.EndMarker!.IsContinuation);
        var shape = new TreeShape(tree.Root.EndMarker);
        using (shape.N(EndMarker))
        {
            shape.T(EndMarkerToken, marker);
            if (stampLine.Length > 0) shape.T(StampToken, stampLine.Trim());
        }
    }

    /// <summary>Regression: the body loop stopped at a sign-off, so a following end marker was taken for the notice.</summary>
    [Fact]
    public void Regression_sign_off_followed_by_an_end_marker()
    {
        DispatchSyntaxTree tree = ParseHelper.Parse("Başlık\n\nBir.\n(AA)\n// انتهى //\n10:12 ت م\nYASAL UYARI: Haklar.\nKısa.");
        Assert.Empty(tree.GetDiagnostics());
        var shape = new TreeShape(tree.Root);
        using (shape.N(Document))
        {
            using (shape.N(Headline)) shape.T(TextToken, "Başlık");
            using (shape.N(Separator)) shape.T(BlankLineToken, "\n");
            using (shape.N(Body))
            {
                using (shape.N(Paragraph)) shape.T(TextToken, "Bir.");
                using (shape.N(SignOff)) Group(shape, "AA");
            }
            using (shape.N(EndMarker))
            {
                shape.T(EndMarkerToken, "// انتهى //");
                shape.T(StampToken, "10:12 ت م");
            }
            using (shape.N(LegalNotice))
            {
                shape.T(NoticeMarkerToken, "YASAL UYARI:");
                shape.T(TextToken, "Haklar.");
            }
            using (shape.N(BriefList))
            {
                using (shape.N(Brief)) shape.T(TextToken, "Kısa.");
            }
            shape.EOF();
        }
    }

    [Fact]
    public void Notice_ending_with_a_tag_is_still_a_notice()
    {
        DispatchSyntaxTree tree = ParseHelper.Parse("عنوان\n\nنص. (إيلكا)\nتنبيه: الحقوق لوكالة إيلكا (İLKHA)\nخبر قصير.");
        Assert.Empty(ParseHelper.ErrorCodes(tree));
        var shape = new TreeShape(tree.Root);
        using (shape.N(Document))
        {
            using (shape.N(Headline)) shape.T(TextToken, "عنوان");
            using (shape.N(Separator)) shape.T(BlankLineToken, "\n");
            using (shape.N(Body))
            {
                using (shape.N(Paragraph)) shape.T(TextToken, "نص.");
                using (shape.N(AgencyTag)) Group(shape, "إيلكا");
            }
            using (shape.N(LegalNotice))
            {
                shape.T(NoticeMarkerToken, "تنبيه:");
                shape.T(TextToken, "الحقوق لوكالة إيلكا (İLKHA)");
            }
            using (shape.N(BriefList))
            {
                using (shape.N(Brief)) shape.T(TextToken, "خبر قصير.");
            }
            shape.EOF();
        }
    }

    [Fact]
    public void Tagged_brief_and_sign_off_brief_are_briefs()
    {
        DispatchSyntaxTree tree = ParseHelper.Parse("Sernav\n\nNivîs. (ÎLKHA)\nHIŞYARÎ: Hemû maf parastî ne.\nNûçeya kurt. (ÎLKHA)\nReuter");
        Assert.Empty(ParseHelper.ErrorCodes(tree));
        var shape = new TreeShape(tree.Root.ChildNodes().Single(node => node.Kind == BriefList));
        using (shape.N(BriefList))
        {
            using (shape.N(Brief)) shape.T(TextToken, "Nûçeya kurt. (ÎLKHA)");
            using (shape.N(Brief)) shape.T(TextToken, "Reuter");
        }
    }

    [Fact]
    public void Line_breaks_of_all_styles_are_accepted()
    {
        DispatchSyntaxTree tree = ParseHelper.Parse("Başlık\r\n\r\nBir.\rİki. (AA)\nYASAL UYARI: Haklar.\r\n");
        Assert.Empty(ParseHelper.ErrorCodes(tree));
        var shape = new TreeShape(tree.Root.Body);
        using (shape.N(Body))
        {
            using (shape.N(Paragraph)) shape.T(TextToken, "Bir.");
            using (shape.N(Paragraph)) shape.T(TextToken, "İki.");
            using (shape.N(AgencyTag)) Group(shape, "AA");
        }
    }

    [Fact]
    public void Byte_order_mark_is_leading_trivia_of_the_headline()
    {
        DispatchSyntaxTree tree = ParseHelper.Parse("\uFEFFBaşlık\n\nBir. (AA)\nYASAL UYARI: Haklar.");
        Assert.Empty(ParseHelper.ErrorCodes(tree));
        SyntaxTrivia bom = tree.Root.Headline.TextToken.LeadingTrivia.Single();
        Assert.Equal(ByteOrderMarkTrivia, bom.Kind);
    }

    /// <summary>A tag's group in the shape: <c>(</c>, the agency's name, <c>)</c>.</summary>
    private static void Group(TreeShape shape, string name)
    {
        shape.T(OpenParenToken, "(");
        shape.T(AgencyNameToken, name);
        shape.T(CloseParenToken, ")");
    }

    [Fact]
    public void Empty_text_yields_a_tree_with_missing_parts()
    {
        DispatchSyntaxTree tree = ParseHelper.Parse("");
        var shape = new TreeShape(tree.Root);
        using (shape.N(Document))
        {
            using (shape.Missing(Headline)) shape.MissingToken(TextToken);
            using (shape.Missing(Separator)) shape.MissingToken(BlankLineToken);
            using (shape.N(Body))
            {
            }
            using (shape.Missing(LegalNotice)) shape.MissingToken(NoticeMarkerToken);
            using (shape.N(BriefList))
            {
            }
            shape.EOF();
        }
        Assert.Equal(["DSP0001", "DSP0005", "DSP0004"], ParseHelper.ErrorCodes(tree));
    }
}
