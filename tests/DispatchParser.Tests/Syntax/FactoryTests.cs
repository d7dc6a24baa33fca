using DispatchParser.Diagnostics;
using DispatchParser.Syntax;
using static DispatchParser.Syntax.SyntaxFactory;

namespace DispatchParser.Tests.Syntax;

public sealed class FactoryTests
{
    private static void AssertRoundTrip(DocumentSyntax built)
    {
        string text = built.ToFullString();
        DispatchSyntaxTree parsed = ParseHelper.Parse(text, ParseOptions.Strict);
        Assert.Empty(parsed.GetDiagnostics());
        Assert.Null(parsed.FindDifference(DispatchSyntaxTree.Create(built)));
    }

    [Fact]
    public void Canonical_dispatch_built_in_code_parses_back_to_the_same_tree()
    {
        DocumentSyntax document = Document(
            Headline("الصين وروسيا تعززان التعاون"),
            Body(null, [Paragraph("الفقرة الأولى."), Paragraph("الفقرة الثانية.")], AgencyTag("İLKHA")),
            LegalNotice("تنبيه:", "وكالة إيلكا تمتلك جميع الحقوق."),
            [Brief("خبر قصير أول."), Brief("خبر قصير ثان.")]);
        Assert.Equal(
            "الصين وروسيا تعززان التعاون\n\nالفقرة الأولى.\nالفقرة الثانية. (İLKHA)\nتنبيه: وكالة إيلكا تمتلك جميع الحقوق.\nخبر قصير أول.\nخبر قصير ثان.",
            document.ToFullString());
        AssertRoundTrip(document);
    }

    [Theory]
    [InlineData("\n", false, false)]
    [InlineData("\r\n", true, false)]
    [InlineData("\r", true, true)]
    public void Line_break_styles_bom_and_final_break(string lineBreak, bool finalLineBreak, bool bom) =>
        AssertRoundTrip(Document(
            Headline("Başlık"),
            Body(Dateline("ANKARA", "AA"), [Paragraph("Bir."), Paragraph("İki.")], SignOff("AA", parenthesized: true)),
            LegalNotice("YASAL UYARI:", "Haklar saklıdır."),
            [Brief("Kısa.")], EndMarker("// انتهى //", "10:12 ت م"), lineBreak, finalLineBreak, bom));

    [Fact]
    public void Own_line_dateline_and_sign_off_word() =>
        AssertRoundTrip(Document(
            Headline("OIL PRICES RISE"),
            Body(Dateline("LONDON", "Reuters", "—", ownLine: true), [Paragraph("Prices rose.")], SignOff("Reuter")),
            LegalNotice("LEGAL NOTICE:", "All rights reserved.")));

    /// <summary>
    /// Regression: <see cref="DatelineSyntax.IsOwnLine"/> was false for every dateline the factory built, own-line ones
    /// included (it looked only for the line break that <see cref="Document"/> adds). It now agrees with the factory's
    /// <c>ownLine</c> before the dateline is placed, and with the parse of the printed document after.
    /// </summary>
    [Theory]
    [InlineData("ANKARA", "AA", true)]
    [InlineData("ANKARA", "AA", false)]
    [InlineData(null, "AA", true)]
    [InlineData(null, "AA", false)]
    public void Factory_built_dateline_is_own_line_as_asked(string? place, string agency, bool ownLine)
    {
        DatelineSyntax dateline = Dateline(place, agency, ownLine: ownLine);
        Assert.Equal(ownLine, dateline.IsOwnLine);
        AssertPlacedDatelineAgrees(dateline, ownLine);
    }

    [Theory]
    [InlineData("RİZE", "-", true)]
    [InlineData("İSTANBUL", null, true)]
    [InlineData("MADRİD", "-", false)]
    public void Factory_built_place_dateline_is_own_line_as_asked(string place, string? dash, bool ownLine)
    {
        DatelineSyntax dateline = PlaceDateline(place, dash, ownLine);
        Assert.Equal(ownLine, dateline.IsOwnLine);
        AssertPlacedDatelineAgrees(dateline, ownLine);
    }

    /// <summary>In a built document and in the parse of its text, the dateline is on its own line exactly when it was built so.</summary>
    private static void AssertPlacedDatelineAgrees(DatelineSyntax dateline, bool ownLine)
    {
        DocumentSyntax document = Document(
            Headline("Başlık"),
            Body(dateline, [Paragraph("Birinci paragraf."), Paragraph("İkinci paragraf.")], SignOff("AA", parenthesized: true)),
            LegalNotice("YASAL UYARI:", "Haklar saklıdır."));
        Assert.Equal(ownLine, document.Dateline!.IsOwnLine);
        DispatchSyntaxTree parsed = ParseHelper.Parse(document.ToFullString());
        Assert.Equal(ownLine, parsed.Root.Dateline!.IsOwnLine);
    }

    [Fact]
    public void Factory_rejects_a_line_break_inside_a_part() =>
        Assert.Throws<ArgumentException>(() => Paragraph("two\nlines"));
}

public sealed class WalkerAndRewriterTests
{
    private sealed class PartCounter : SyntaxWalker
    {
        public PartCounter() : base(visitsTrivia: true) { }
        public int Paragraphs { get; private set; }
        public int LineBreaks { get; private set; }
        public override void VisitParagraph(ParagraphSyntax node) { Paragraphs++; base.VisitParagraph(node); }
        public override void VisitTrivia(SyntaxTrivia trivia) { if (trivia.Kind == SyntaxKind.LineBreakTrivia) LineBreaks++; }
    }

    private sealed class UppercaseHeadline : SyntaxRewriter
    {
        public override SyntaxToken VisitToken(SyntaxToken token) =>
            token.Parent is HeadlineSyntax && token.Kind == SyntaxKind.TextToken
                ? token.WithText(token.Text.ToUpperInvariant())
                : token;
    }

    private const string Text = "Headline words\n\nOne.\nTwo. (AP)\nLEGAL NOTICE: Rights.\nBrief.";

    [Fact]
    public void Walker_visits_every_part_and_trivia()
    {
        var counter = new PartCounter();
        counter.Visit(ParseHelper.Parse(Text).Root);
        Assert.Equal(2, counter.Paragraphs);
        Assert.Equal(4, counter.LineBreaks); // headline, two paragraph lines, notice; the separator's break is a token.
    }

    [Fact]
    public void Rewriter_changes_one_token_and_shares_the_rest()
    {
        DocumentSyntax root = ParseHelper.Parse(Text).Root;
        var rewritten = (DocumentSyntax)new UppercaseHeadline().Visit(root);
        Assert.Equal(Text.Replace("Headline words", "HEADLINE WORDS", StringComparison.Ordinal), rewritten.ToFullString());
        Assert.Same(root.Body.Green, rewritten.Body.Green);
        Assert.Null(DispatchSyntaxTree.ParseText(rewritten.ToFullString(), ParseOptions.Strict).FindDifference(DispatchSyntaxTree.Create(rewritten)));
    }
}

public sealed class NormalizerTests
{
    [Theory]
    [InlineData("Başlık  \r\n \r\n\r\nBir. \r\nİki. (AA)\t\r\nYASAL UYARI: Haklar.\r\n", "Başlık\n\nBir.\nİki. (AA)\nYASAL UYARI: Haklar.\n")]
    [InlineData("Başlık\nBir. (AA)\nYASAL UYARI: Haklar.", "Başlık\n\nBir. (AA)\nYASAL UYARI: Haklar.")]
    [InlineData("Başlık", "Başlık")]
    [InlineData("", "")]
    [InlineData("\uFEFFBaşlık\r\rBir. (AA)\rYASAL UYARI: Haklar.\r   ", "\uFEFFBaşlık\n\nBir. (AA)\nYASAL UYARI: Haklar.\n")]
    public void Normalizes_line_breaks_separator_and_trailing_whitespace(string input, string expected)
    {
        DispatchSyntaxTree tree = ParseHelper.Parse(input);
        string normalized = SyntaxNormalizer.Normalize(tree);
        Assert.Equal(expected, normalized);
        Assert.Equal(normalized, SyntaxNormalizer.Normalize(DispatchSyntaxTree.ParseText(normalized)));
    }

    [Fact]
    public void Normalizer_keeps_everything_else()
    {
        const string input = "  Başlık\n\n  Girintili paragraf.\n\nReuter\nSon. (AA)\nYASAL UYARI: Haklar.\n\n";
        string normalized = SyntaxNormalizer.Normalize(ParseHelper.Parse(input));
        Assert.Equal(input, normalized);
    }

    [Fact]
    public void Normalizer_writes_the_requested_line_break() =>
        Assert.Equal("Başlık\r\n\r\nBir. (AA)\r\nYASAL UYARI: Haklar.",
            SyntaxNormalizer.Normalize(ParseHelper.Parse("Başlık\n\nBir. (AA)\nYASAL UYARI: Haklar."), "\r\n"));
}
