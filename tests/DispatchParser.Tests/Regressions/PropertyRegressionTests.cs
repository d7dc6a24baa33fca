using DispatchParser.Diagnostics;
using DispatchParser.Syntax;
using DispatchParser.Tests.Properties;
using static DispatchParser.Syntax.SyntaxFactory;

namespace DispatchParser.Tests.Regressions;

/// <summary>
/// Counterexamples found by the property suite (tests/DispatchParser.Tests/Properties) and the fuzzer,
/// shrunk, each pinned by name with the property it broke.
/// </summary>
public sealed class PropertyRegressionTests
{
    /// <summary>
    /// FactoryProperties.Factory_built_dispatch_parses_back_to_the_same_tree_without_diagnostics, shrunk to
    /// <c>"aboriyê\n\nWan (DHA) -- 2023 (DHA)\nHIŞYARÎ:"</c>: the factory built a body whose only paragraph had
    /// both an inline dateline and an inline tag, but that line is a dateline paragraph, not a tagged line, so
    /// both parsers keep <c>(DHA)</c> in the paragraph (grammar/README.md 2.3). The factory now refuses it: the document
    /// (where the end marker is known; with an inline end marker the line reads both, see FactoryRealCopyTests).
    /// </summary>
    [Fact]
    public void Regression_factory_rejects_inline_dateline_and_inline_tag_on_the_only_paragraph()
    {
        Assert.Throws<ArgumentException>(() => Document(Headline("aboriyê"), Body(Dateline("Wan", "DHA", "--"), [Paragraph("2023")], AgencyTag("DHA")),
            LegalNotice("HIŞYARÎ:", "")));
        Assert.Throws<ArgumentException>(() => Document(Headline("aboriyê"), Body(PlaceDateline("WAN", "-", ownLine: false), [Paragraph("2023")], AgencyTag("DHA")),
            LegalNotice("HIŞYARÎ:", ""), endMarker: EndMarker("// انتهى //")));

        // What the text means: a dateline body whose paragraph ends in "(DHA)".
        DispatchSyntaxTree tree = ParseHelper.Parse("aboriyê\n\nWan (DHA) -- 2023 (DHA)\nHIŞYARÎ:");
        Assert.Empty(ParseHelper.ErrorCodes(tree));
        Assert.Equal("2023 (DHA)", Assert.Single(tree.Root.Paragraphs).Text);
        Assert.Null(tree.Root.AgencyTag);

        // The shapes that do round-trip: two paragraphs, an own-line dateline, or a sign-off.
        foreach (BodySyntax body in new[]
        {
            Body(Dateline("Wan", "DHA", "--"), [Paragraph("2023"), Paragraph("2024")], AgencyTag("DHA")),
            Body(Dateline("Wan", "DHA", "--", ownLine: true), [Paragraph("2023")], AgencyTag("DHA")),
            Body(Dateline("Wan", "DHA", "--"), [Paragraph("2023")], SignOff("DHA", parenthesized: true)),
        })
        {
            DocumentSyntax document = Document(Headline("aboriyê"), body, LegalNotice("HIŞYARÎ:", ""));
            DispatchSyntaxTree parsed = ParseHelper.Parse(document.ToFullString());
            Assert.Empty(parsed.GetDiagnostics());
            Assert.Null(parsed.FindDifference(DispatchSyntaxTree.Create(document)));
        }
    }

    /// <summary>
    /// FactoryProperties.Normalizer_is_idempotent_on_arbitrary_strings (and on mutated dispatches), shrunk to
    /// <c>"a\n\uFEFF"</c>: the normalizer inserted the missing separator (<c>"a\n\n\uFEFF"</c>), and normalizing
    /// that again dropped the U+FEFF, because a line holding only U+FEFF counts as a blank line of the separator
    /// and the normalizer replaced all of the separator's lines by one empty line. It now keeps such lines.
    /// </summary>
    [Theory]
    [InlineData("a\n\uFEFF", "a\n\n\uFEFF")]
    [InlineData("a\n\n\uFEFF", "a\n\n\uFEFF")]
    [InlineData("a\n\uFEFF\n\nb (AA)\nYASAL UYARI: x", "a\n\n\uFEFF\nb (AA)\nYASAL UYARI: x")]
    [InlineData("a\n \uFEFF \n", "a\n\n \uFEFF\n")]
    public void Regression_normalizer_keeps_a_stray_byte_order_mark_in_the_separator(string input, string expected)
    {
        string once = SyntaxNormalizer.Normalize(ParseHelper.Parse(input));
        Assert.Equal(Escaping.Literal(expected), Escaping.Literal(once));
        Assert.Equal(Escaping.Literal(once), Escaping.Literal(SyntaxNormalizer.Normalize(DispatchSyntaxTree.ParseText(once))));
        PropertyChecks.NormalizerIdempotent(input);
    }

    /// <summary>
    /// FactoryProperties.Normalizer_is_idempotent_on_mutated_dispatches, shrunk to
    /// <c>"r\r Vasinde ekonomik bayame bayame garantaleri geraekleati\u2000\ro\r:"</c>: the second line, indented by
    /// one space right after the first line, counted as a hard-wrapped paragraph start, so the text was hard-wrapped and
    /// <c>o</c> folded into that line (the U+2000 before the fold is inside the paragraph's token and was kept). The
    /// normalizer inserted the missing separator after the headline; then the indented line followed a blank line, the
    /// text was canonical, and normalizing again trimmed the U+2000. The first line is now no evidence for the
    /// hard-wrap decision (grammar/README.md 1.1): whether the separator is there does not change the layout.
    /// </summary>
    [Fact]
    public void Regression_normalizer_separator_does_not_change_the_hard_wrap_decision()
    {
        const string input = "r\r Vasinde ekonomik bayame bayame garantaleri geraekleati\u2000\ro\r:";
        Assert.Equal(DocumentLayout.Canonical, ParseHelper.Parse(input).Root.Layout);
        string once = SyntaxNormalizer.Normalize(ParseHelper.Parse(input));
        Assert.Equal(Escaping.Literal("r\n\n Vasinde ekonomik bayame bayame garantaleri geraekleati\no\n:"), Escaping.Literal(once));
        PropertyChecks.NormalizerIdempotent(input);

        // Hard-wrapped copy is read the same with and without the separator line after its headline.
        const string hardWrapped = "STOCKS FALL\n\n"
            + "Stocks held in the exchange's warehouses fell by a few hundred tonnes\n"
            + "in the week to Friday, the exchange said in its weekly report today.\n"
            + "    Traders said the fall was smaller than the market had expected and\n"
            + "prices were steady in morning trading.\n";
        foreach (string text in new[] { hardWrapped, hardWrapped.Replace("FALL\n\n", "FALL\n", StringComparison.Ordinal) })
        {
            DispatchSyntaxTree tree = ParseHelper.Parse(text);
            Assert.Equal(DocumentLayout.Wrapped, tree.Root.Layout);
            Assert.Equal(2, tree.Root.Paragraphs.Count);
            PropertyChecks.NormalizerIdempotent(text);
        }
    }

    /// <summary>
    /// IncrementalProperties.Edit_inside_a_middle_paragraph_reuses_the_other_paragraphs, shrunk to the text below with
    /// <c>"başladı "</c> inserted into its fourth paragraph: that line grows to 56 characters, and with the line indented by
    /// one U+2000 after a wide line the text is now hard-wrapped (grammar/README.md 1.1), so the column-0 lines after the
    /// grown line fold into it and the body has three paragraphs, not five. The incremental tree was right (it equals a
    /// full parse); the property assumed that inserting a word keeps the paragraphs, which a layout change does not.
    /// </summary>
    [Fact]
    public void Regression_an_edit_that_makes_the_text_hard_wrapped_regroups_its_paragraphs()
    {
        const string text = "aboriyê\n\ndibe (AB) welatiyan beşdarî dibe vekirin dibe dibe aboriyê\n\u2000beşdarî!\n\nbaran.\n"
            + "bariye parastî hatin Şirnexê girtin gundan zêde.\nmerasîmê! (DPA)\nHIŞYARÎ:";
        DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(text, ParseOptions.Strict);
        Assert.Equal(DocumentLayout.Canonical, tree.Root.Layout);
        Assert.Equal(5, tree.Root.Paragraphs.Count);

        DispatchSyntaxTree next = tree.WithChanges(DispatchParser.Text.TextChange.Insert(text.IndexOf("bariye", StringComparison.Ordinal), "başladı "));
        Assert.Null(DispatchSyntaxTree.ParseText(next.Text.ToString(), ParseOptions.Strict).FindDifference(next));
        Assert.Equal(DocumentLayout.Wrapped, next.Root.Layout);
        Assert.Equal(["dibe (AB) welatiyan beşdarî dibe vekirin dibe dibe aboriyê", "beşdarî!",
            "baran. başladı bariye parastî hatin Şirnexê girtin gundan zêde. merasîmê!"], next.Root.Paragraphs.Select(p => p.Text));
        Assert.Equal("DPA", next.Root.AgencyTag!.Name);
    }
}
