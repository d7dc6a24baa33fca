using System.Text.Json;
using DispatchParser.Diagnostics;
using DispatchParser.Export;
using DispatchParser.Grammar;
using DispatchParser.Parsing;
using DispatchParser.Syntax;
using DispatchParser.TestSupport;
using DispatchParser.Tests.Properties;
using DispatchParser.Text;

namespace DispatchParser.Tests.Parsing;

/// <summary>
/// The wrapped layout (grammar/README.md 1.1): which lines continue the line before them, the layout decision, paragraphs
/// over several lines, the grammar's reading of the folded text, incremental parsing across layout changes, the canonical
/// layout of <c>format --layout canonical</c> and the factory's multi-line paragraph. Examples written for these tests.
/// </summary>
public sealed class WrappedLayoutTests
{
    private const string Fragment = "                ";

    private static readonly string s_fragmentsTr =
        "Belediye yeni parkı açtı\n\nKONYA (AA) - Belediye Başkanı, şehrin \n" + Fragment + "merkezinde \n" + Fragment
        + "yapılan parkı açtı.\nTörene çok sayıda \n" + Fragment + "Konya \n" + Fragment + "sakini katıldı. (AA)\n"
        + "YASAL UYARI: Yayınlanan haberlerin tüm hakları Anadolu Ajansı'na aittir.\n";

    private static readonly string s_hardWrappedEn =
        "COPPER STOCKS FALL IN LONDON WAREHOUSES\n\n"
        + "Copper stocks held in London Metal Exchange warehouses fell by 1,200\n"
        + "tonnes in the week to Friday, the exchange said in its weekly report.\n"
        + "    Traders said the fall was smaller than the market had expected and\n"
        + "prices were steady in morning trading.\n"
        + " Reuter\n"
        + "LEGAL NOTICE: All rights to this dispatch belong to Reuters.\n";

    [Fact]
    public void Fragment_lines_continue_the_line_before_them_and_the_paragraph_reads_as_one_line()
    {
        DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(s_fragmentsTr);
        Assert.Equal(DocumentLayout.Wrapped, tree.Root.Layout);
        Assert.Equal(s_fragmentsTr, tree.Root.ToFullString());
        Assert.Equal(["Belediye Başkanı, şehrin merkezinde yapılan parkı açtı.", "Törene çok sayıda Konya sakini katıldı."],
            tree.Root.Paragraphs.Select(p => p.Text));
        Assert.Equal(3, tree.Root.Paragraphs[1].Lines.Count);
        Assert.Equal("Konya", tree.Text.ToString(tree.Root.Paragraphs[1].Lines[1]));
        Assert.Equal("AA", tree.Root.AgencyTag!.NameToken.Text);
    }

    // Regression: the grammar's lowering read the parts' texts from the folded text, so a fold kept its indentation
    // ("şehrin                  merkezinde") where ParagraphSyntax.Text and the exports join it to one space.
    [Fact]
    public void The_grammar_reads_a_wrapped_paragraph_with_single_spaces_as_the_parser_does()
    {
        DispatchParts parts = DispatchPartsLowering.Lower(DispatchGrammar.Parse(s_fragmentsTr));
        Assert.Equal(["Belediye Başkanı, şehrin merkezinde yapılan parkı açtı.", "Törene çok sayıda Konya sakini katıldı."],
            parts.Paragraphs.Select(p => p.Text));
        // The spans are the text's own: a paragraph's span still covers its physical lines.
        Assert.Contains('\n', parts.Paragraphs[1].Span.GetText(s_fragmentsTr));
    }

    // Regression: the normalizer trimmed the whitespace before a fold, which is inside the paragraph's token (and decides
    // nothing else changes): the token's text changed. Only the end of a logical line is trimmed.
    [Fact]
    public void Normalizing_a_wrapped_text_keeps_the_whitespace_around_its_folds()
    {
        string text = s_fragmentsTr.Replace("(AA)\n", "(AA)  \n", StringComparison.Ordinal);
        DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(text);
        string normalized = SyntaxNormalizer.Normalize(tree);
        Assert.Equal(s_fragmentsTr, normalized);
        Assert.Equal(SyntaxNormalizer.Normalize(DispatchSyntaxTree.ParseText(normalized)), normalized);
    }

    // Regression (core fuzz target, 60 s run): a whitespace-only line before the first non-blank line was taken for that
    // line when the layout rule decided whether the first line takes continuation lines, and the answer was kept for the
    // real first line. So " \n  0" read its fragment as the next line's, "\n  0" (the same text normalized) as its own:
    // normalizing was not idempotent.
    [Theory]
    [InlineData(" \n  0\n        0 \n        0(AA)")]
    [InlineData("\n  0\n        0 \n        0(AA)")]
    [InlineData("\t \n\n  0\n        0 \n        0(AA)")]
    public void A_blank_line_before_the_first_line_does_not_change_which_lines_it_folds(string text)
    {
        DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(text);
        Assert.Equal(["0 0", "0"], tree.Root.Paragraphs.Select(paragraph => paragraph.Text));
        string normalized = SyntaxNormalizer.Normalize(tree);
        Assert.Equal(normalized, SyntaxNormalizer.Normalize(DispatchSyntaxTree.ParseText(normalized)));
    }

    [Fact]
    public void A_wrapped_layout_is_an_info_and_an_error_only_under_strict()
    {
        Diagnostic Wrapped(ParseOptions options) =>
            Assert.Single(DispatchSyntaxTree.ParseText(s_fragmentsTr, options).GetDiagnostics(), d => d.Code == "DSP0108");
        Assert.Equal(DiagnosticSeverity.Info, Wrapped(ParseOptions.Default).Severity);
        Assert.Equal(DiagnosticSeverity.Info, Wrapped(ParseOptions.Lenient).Severity);
        Assert.Equal(DiagnosticSeverity.Error, Wrapped(ParseOptions.Strict).Severity);
        // At the first fold: the line break after "şehrin ".
        Assert.Equal(s_fragmentsTr.IndexOf("şehrin \n", StringComparison.Ordinal) + "şehrin ".Length, Wrapped(ParseOptions.Default).Span.Start);
    }

    [Theory]
    [InlineData("Başlık satırı\n\nİlk paragraf burada.\n       yedi boşlukla girintili satır. (AA)\nYASAL UYARI: Haklar saklıdır.")]
    [InlineData("Başlık satırı\n\nİlk paragraf burada\n" + Fragment + "(AA)\nYASAL UYARI: Haklar saklıdır.")]
    [InlineData("Başlık satırı\n\nİlk paragraf burada. (AA)\n" + Fragment + "YASAL UYARI: Haklar saklıdır.")]
    [InlineData("Başlık satırı\n\nİlk paragraf burada. (AA)\n\n" + Fragment + "girintili ama boş satırdan sonra.\nYASAL UYARI: Haklar saklıdır.")]
    public void Lines_that_do_not_continue_keep_the_canonical_layout(string text)
    {
        // Indented by fewer than 8; a sign-off or a notice, however deep; a fragment after a blank line.
        Assert.Equal(DocumentLayout.Canonical, DispatchSyntaxTree.ParseText(text).Root.Layout);
        Assert.Same(text, DispatchGrammar.Fold(text));
    }

    [Fact]
    public void The_first_line_stands_alone_when_it_could_be_the_headline()
    {
        string text = "Başlık satırı\n" + Fragment + "devam eden parça\n\nParagraf. (AA)\nYASAL UYARI: Haklar.";
        DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(text);
        Assert.Equal("Başlık satırı", tree.Root.Headline.Text);
    }

    [Fact]
    public void A_first_line_that_is_already_the_story_takes_its_fragments_but_not_a_tagged_line()
    {
        string text = "MADRİD - İkinci ligde sezonu \n" + Fragment + "lider \n" + Fragment + "bitiren takım kutlandı.\n"
            + "Kutlamalar sabaha kadar \n" + Fragment + "sürdü. (AA)\nYASAL UYARI: Haklar saklıdır.";
        DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(text);
        Assert.True(tree.Root.Headline.IsMissing);
        Assert.Equal(["İkinci ligde sezonu lider bitiren takım kutlandı.", "Kutlamalar sabaha kadar sürdü."], tree.Root.Paragraphs.Select(p => p.Text));

        string tagged = "RADİKAL- Ankara ile \n" + Fragment + "Kırıkkale de zam yaptı. (DHA)\nYASAL UYARI: Haklar saklıdır.";
        DispatchSyntaxTree taggedTree = DispatchSyntaxTree.ParseText(tagged);
        Assert.True(taggedTree.Root.Headline.IsMissing);
        Assert.Equal("DHA", taggedTree.Root.AgencyTag!.NameToken.Text);
    }

    // Regression (core fuzz target, 30-minute run of 2026-12-02 05:51 UTC, fuzz/regressions/core/
    // core-normalizer-separator-after-folded-first-line-changes-hard-wrap-1..5): a lead line ("0.", ": ") took a hard-wrapped
    // column-0 line, and the logical line they made ("0. 0") was a text line, so a headline over two physical lines with
    // no separator; the normalizer inserted the separator after it, the blank line took the hard-wrap evidence of the
    // indented line after it away, and the normalized text read (and normalized) otherwise. The first line takes its
    // continuation lines only into a logical line that is still the story (section 1.1): here it stands alone.
    [Theory]
    [InlineData(": \r0\n 000000000000000000000000000000000000000000000000000000\n0", ":")]
    [InlineData("0. \n0\n 000000000000000000000000000000000000000000000000000000\n0", "0.")]
    [InlineData("0.\n0000000000000000000000000000000000000000000000000000000\n 0 \n0000000000000000000000000000000000000000000000000000000\n0", "0.")]
    [InlineData("0.\n0\n 000000000000000000000000000000000000000000000000000000\n0000000000000000000000000000000000000000000000000000000 \n0", "0.")]
    [InlineData("0.\n0\n 000000000000000000000000000000000000000000000000000000 \n0", "0.")]
    public void Regression_a_lead_first_line_whose_continuation_ends_it_otherwise_stands_alone(string text, string first)
    {
        DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(text);
        Assert.True(tree.Root.Headline.IsMissing);
        Assert.Equal(first, tree.Root.Paragraphs[0].Text);
        Assert.Single(tree.Root.Paragraphs[0].Lines);
        string normalized = SyntaxNormalizer.Normalize(tree);
        Assert.Equal(normalized, SyntaxNormalizer.Normalize(DispatchSyntaxTree.ParseText(normalized)));
        Assert.Null(GrammarAgreement.Disagreement(text));
    }

    /// <summary>Headline-less hard-wrapped copy whose first paragraph ends with a question: the logical line would not be a lead line.</summary>
    private static readonly string s_headlessHardWrappedEn =
        "The central bank raised its main interest rate by half a point.\n"
        + "Officials said the move had been expected for weeks. Would it be\n"
        + "enough to steady the currency before the elections in the spring?\n"
        + "    Traders said the lira gained nearly one percent against the\n"
        + "dollar in early trading and held its gains into the afternoon.\n"
        + " Reuter\n"
        + "LEGAL NOTICE: All rights to this dispatch belong to Reuters.\n";

    [Fact]
    public void A_first_line_takes_continuation_lines_only_into_a_logical_line_that_is_still_the_story()
    {
        DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(s_headlessHardWrappedEn);
        Assert.Equal(DocumentLayout.Wrapped, tree.Root.Layout);
        Assert.True(tree.Root.Headline.IsMissing);
        Assert.Equal(["The central bank raised its main interest rate by half a point.",
            "Officials said the move had been expected for weeks. Would it be enough to steady the currency before the elections in the spring?",
            "Traders said the lira gained nearly one percent against the dollar in early trading and held its gains into the afternoon."],
            tree.Root.Paragraphs.Select(p => p.Text));
        Assert.Equal("Reuter", tree.Root.AgencyTag!.Name);
        Assert.Null(GrammarAgreement.Disagreement(s_headlessHardWrappedEn));

        // The same paragraph ending with a full stop is a lead line over all three physical lines.
        string sentence = s_headlessHardWrappedEn.Replace("spring?", "spring.", StringComparison.Ordinal);
        DispatchSyntaxTree whole = DispatchSyntaxTree.ParseText(sentence);
        Assert.True(whole.Root.Headline.IsMissing);
        Assert.Equal(3, whole.Root.Paragraphs[0].Lines.Count);
        Assert.Equal(2, whole.Root.Paragraphs.Count);
        Assert.Null(GrammarAgreement.Disagreement(sentence));
    }

    /// <summary>Typing or deleting the question mark or full stop that decides the first line's folds: incremental equals full.</summary>
    [Fact]
    public void Editing_the_end_of_a_folded_first_paragraph_equals_a_full_parse()
    {
        string text = s_headlessHardWrappedEn;
        int end = text.IndexOf("spring?", StringComparison.Ordinal) + "spring".Length;
        foreach (TextChange change in new[]
        {
            new TextChange(new TextSpan(end, 1), "."), TextChange.Delete(new TextSpan(end, 1)), TextChange.Insert(end, "."),
            TextChange.Delete(new TextSpan(text.IndexOf("point.", StringComparison.Ordinal) + 5, 1)),
        })
        {
            DispatchSyntaxTree old = DispatchSyntaxTree.ParseText(text);
            DispatchSyntaxTree incremental = old.WithChanges([change]);
            DispatchSyntaxTree full = DispatchSyntaxTree.ParseText(SourceText.From(text).WithChanges([change]).ToString());
            Assert.Null(full.FindDifference(incremental));
            // And back again.
            DispatchSyntaxTree back = DispatchSyntaxTree.ParseText(full.Text.ToString()).WithChanges([ReverseOf(change, text)]);
            Assert.Null(old.FindDifference(back));
        }
    }

    private static TextChange ReverseOf(TextChange change, string before) =>
        new(new TextSpan(change.Span.Start, change.NewText.Length), before.Substring(change.Span.Start, change.Span.Length));

    [Fact]
    public void Hard_wrapped_copy_starts_a_paragraph_at_each_indented_line()
    {
        DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(s_hardWrappedEn);
        Assert.Equal(DocumentLayout.Wrapped, tree.Root.Layout);
        Assert.Equal(2, tree.Root.Paragraphs.Count);
        Assert.StartsWith("Traders said", tree.Root.Paragraphs[1].Text, StringComparison.Ordinal);
        Assert.EndsWith("expected and prices were steady in morning trading.", tree.Root.Paragraphs[1].Text, StringComparison.Ordinal);
        Assert.Equal("Reuter", tree.Root.AgencyTag!.NameToken.Text);
    }

    [Fact]
    public void Copy_with_a_line_longer_than_80_is_not_hard_wrapped()
    {
        string text = s_hardWrappedEn.Replace("in its weekly report.", "in its weekly report, which came out later than usual this week.", StringComparison.Ordinal);
        Assert.Equal(DocumentLayout.Canonical, DispatchSyntaxTree.ParseText(text).Root.Layout);
    }

    [Fact]
    public void A_deep_whitespace_only_line_between_fragments_stays_inside_the_paragraph()
    {
        string text = "Başlık\n\nRİZE (AA) - Kulüp \n" + Fragment + "\n" + Fragment + "futbol şube sorumlusu konuştu.\nSon paragraf. (AA)\nYASAL UYARI: Haklar.";
        DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(text);
        Assert.Equal(["Kulüp futbol şube sorumlusu konuştu.", "Son paragraf."], tree.Root.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void The_grammar_reads_the_folded_text_and_agrees_with_the_hand_written_parser()
    {
        foreach (string text in new[] { s_fragmentsTr, s_hardWrappedEn })
        {
            string folded = DispatchGrammar.Fold(text);
            Assert.Equal(text.Length, folded.Length);
            Assert.Equal(PropertyChecks.WithoutWhitespace(text), PropertyChecks.WithoutWhitespace(folded));
            GrammarParseResult result = DispatchGrammar.Parse(text, GrammarLexer.Antlr);
            Assert.True(result.IsWrapped);
            Assert.True(result.IsWellFormed, string.Join("; ", result.Errors));
            Assert.Null(GrammarAgreement.Disagreement(text));
            Assert.Equal(result.Tokens.Select(t => t.Type), DispatchGrammar.Parse(text).Tokens.Select(t => t.Type));
        }
    }

    [Fact]
    public void Exports_join_a_paragraphs_lines_with_single_spaces()
    {
        using JsonDocument json = JsonDocument.Parse(DispatchJsonExporter.ExportJson(DispatchSyntaxTree.ParseText(s_fragmentsTr)));
        Assert.Equal("Belediye Başkanı, şehrin merkezinde yapılan parkı açtı.", json.RootElement.GetProperty("paragraphs")[0].GetString());
    }

    [Theory]
    [InlineData(0, "\n" + Fragment)]    // makes a fold: the text after the break becomes a fragment
    [InlineData(1, "")]                  // removes a fold
    [InlineData(2, "        ")]          // indents a canonical line into a fragment (no new line break)
    public void Incremental_parsing_equals_a_full_parse_when_the_layout_changes(int which, string insert)
    {
        string canonical = "Başlık\n\nİlk paragraf burada.\nİkinci paragraf burada.\nÜçüncü paragraf burada.\nDördüncü paragraf burada.\n"
            + "Son paragraf. (AA)\nYASAL UYARI: Haklar.";
        (string text, TextChange change) = which switch
        {
            0 => (canonical, new TextChange(new TextSpan(canonical.IndexOf("Üçüncü paragraf", StringComparison.Ordinal) + 7, 0), insert)),
            1 => (s_fragmentsTr, new TextChange(new TextSpan(s_fragmentsTr.IndexOf("şehrin \n", StringComparison.Ordinal) + 7, 1 + Fragment.Length), insert)),
            _ => (canonical, new TextChange(new TextSpan(canonical.IndexOf("Dördüncü", StringComparison.Ordinal), 0), insert)),
        };
        DispatchSyntaxTree old = DispatchSyntaxTree.ParseText(text);
        DispatchSyntaxTree incremental = old.WithChanges([change]);
        string newText = SourceText.From(text).WithChanges([change]).ToString();
        DispatchSyntaxTree full = DispatchSyntaxTree.ParseText(newText);
        Assert.Null(full.FindDifference(incremental));
        Assert.Equal(full.Root.Layout, incremental.Root.Layout);
        Assert.Equal(DocumentLayout.Wrapped, incremental.Root.Layout);
        // Cases 0 and 2 turn canonical copy wrapped; case 1 removes one of the wrapped text's folds.
        Assert.Equal(which == 1 ? DocumentLayout.Wrapped : DocumentLayout.Canonical, old.Root.Layout);
    }

    [Fact]
    public void The_canonical_layout_keeps_every_other_character_and_reads_the_same()
    {
        foreach (string text in new[] { s_fragmentsTr, s_hardWrappedEn })
        {
            DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(text);
            string canonical = SyntaxNormalizer.ToCanonicalLayout(tree);
            DispatchSyntaxTree after = DispatchSyntaxTree.ParseText(canonical);
            Assert.Equal(DocumentLayout.Canonical, after.Root.Layout);
            Assert.Equal(PropertyChecks.WithoutWhitespace(text), PropertyChecks.WithoutWhitespace(canonical));
            Assert.Equal(tree.Root.Paragraphs.Select(p => p.Text), after.Root.Paragraphs.Select(p => p.Text));
            Assert.Equal(canonical, SyntaxNormalizer.ToCanonicalLayout(after));
        }
    }

    [Fact]
    public void The_factory_builds_a_paragraph_over_several_lines_that_parses_back()
    {
        ParagraphSyntax paragraph = SyntaxFactory.Paragraph(["Törene çok sayıda", "Konya", "sakini katıldı."]);
        Assert.Equal("Törene çok sayıda Konya sakini katıldı.", paragraph.Text);
        Assert.Equal(3, paragraph.Lines.Count);
        string text = "Başlık\n\nİlk paragraf.\n" + paragraph.ToFullString() + " (AA)\nYASAL UYARI: Haklar.";
        DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(text);
        Assert.Equal(DocumentLayout.Wrapped, tree.Root.Layout);
        Assert.Equal("Törene çok sayıda Konya sakini katıldı.", tree.Root.Paragraphs[^1].Text);
        Assert.Throws<ArgumentOutOfRangeException>(() => SyntaxFactory.Paragraph(["a", "b"], indentation: 4));
    }

    [Fact]
    public void Is_wrapped_agrees_with_the_fold()
    {
        Assert.True(LayoutRule.IsWrapped(s_fragmentsTr));
        Assert.False(LayoutRule.IsWrapped("Başlık\n\nParagraf. (AA)\nYASAL UYARI: Haklar."));
        Assert.Equal("a b", LogicalLine.Join("a \n        b"));
    }
}
