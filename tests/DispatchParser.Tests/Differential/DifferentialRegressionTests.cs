using DispatchParser.Diagnostics;
using DispatchParser.Grammar;
using DispatchParser.Grammar.Generated;
using DispatchParser.Syntax;

namespace DispatchParser.Tests.Differential;

/// <summary>
/// The disagreements between the grammar and the hand-written parser that the differential fuzz target found
/// (fuzz/regressions/differential/ holds the same shapes as fuzz inputs), each written anew by hand: what the
/// specification says the line or part is, and that both parsers, with either token source, now agree.
/// </summary>
public sealed class DifferentialRegressionTests
{
    private const string TurkishNotice = "YASAL UYARI: Haberin tüm hakları ajansa aittir.";

    /// <summary>The class the ANTLR lexer and the token source give the line at <paramref name="lineStart"/>; they must agree.</summary>
    private static string LineToken(string text, int lineStart)
    {
        string[] names = [.. new[] { GrammarLexer.Antlr, GrammarLexer.LineClassifier }.Select(lexer =>
            GrammarParseResult.TokenName(DispatchGrammar.Parse(text, lexer).Tokens.Single(t => t.StartIndex == lineStart && t.Type != DispatchLexer.NL).Type))];
        Assert.Equal(names[0], names[1]);
        return names[0];
    }

    private static void AssertAgreement(string text)
    {
        Assert.Null(GrammarAgreement.Disagreement(text, GrammarLexer.Antlr));
        Assert.Null(GrammarAgreement.Disagreement(text, GrammarLexer.LineClassifier));
    }

    private static string[] ErrorCodes(string text) =>
        [.. DispatchSyntaxTree.ParseText(text, ParseOptions.Strict).GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Code)];

    /// <summary>
    /// A credit's reporter holds no parenthesis (CREDIT_NAME): <c>(Reuters/Jane Doe (WAM))</c> is no credit and no
    /// sign-off but a text line. The line classifier read it as a sign-off whose agency was the whole line.
    /// </summary>
    [Theory]
    [InlineData("(Reuters/Jane Doe (WAM))")]
    [InlineData("(Reuters/Jan(A&B))")]
    [InlineData("(Reuters/Jane Do (وام)e)")]
    public void Credit_holding_a_parenthesis_is_text_not_a_sign_off(string line)
    {
        string body = "Residents were told to prepare for flooding.\n";
        string text = "Flood warning for river towns\n\n" + body + line + "\nLEGAL NOTICE: All rights reserved.\n";
        Assert.Equal("TEXT_LINE", LineToken(text, text.IndexOf(line, StringComparison.Ordinal)));
        Assert.Equal(["DSP0003"], ErrorCodes(text));
        Assert.False(DispatchGrammar.Parse(text, GrammarLexer.Antlr).IsWellFormed);
        AssertAgreement(text);
    }

    /// <summary>
    /// A line that opens with a tag and ends with a credit is a tagged line whose final group is the credit — not one
    /// sign-off from its first parenthesis to its last (the classifier took <c>İHA) … (Ayşe Demir</c> for a reporter).
    /// </summary>
    [Fact]
    public void Line_opening_with_a_tag_and_ending_with_a_credit_is_a_tagged_paragraph()
    {
        const string last = "(İHA) Çiftçiler kanalların tamamlanmasını istedi. (Ayşe Demir / DHA)";
        string text = "Kuraklık çiftçileri zorluyor\n\nYağışlar az oldu.\n" + last + "\n" + TurkishNotice + "\n";
        int lineStart = text.IndexOf(last, StringComparison.Ordinal);
        Assert.Equal("TAGGED_LINE", LineToken(text, lineStart));
        DispatchParts parts = DispatchGrammar.Parse(text, GrammarLexer.Antlr).Lower();
        Assert.Equal("(İHA) Çiftçiler kanalların tamamlanmasını istedi.", parts.Paragraphs[^1].Text);
        Assert.Equal(("(Ayşe Demir / DHA)", "DHA", AgencyTagPosition.Signoff), (parts.AgencyTag!.Text, parts.AgencyTag.Name, parts.AgencyTag.Position));
        Assert.Empty(ErrorCodes(text));
        AssertAgreement(text);
    }

    /// <summary>
    /// A place line opening the body is its place dateline, never a deck line: a byline or dateline line after it is
    /// a plain paragraph and names no agency (grammar rule <c>deckLine</c>). The grammar read the place line as the
    /// deck and the byline as the head, and accepted the dispatch the lowering and the parser find unsigned.
    /// </summary>
    [Theory]
    [InlineData("İSTANBUL\nCAN ARSLAN Kemer DHA\n")]
    [InlineData("  TC\nZEYNEP KARA DHA\n")]
    [InlineData("ELİ\nAnkara - ANKA\n")]
    [InlineData("Belediye meclisi toplandı\nİSTANBUL\nZEYNEP KARA DHA\n")]
    public void Byline_or_dateline_after_a_place_line_is_a_paragraph(string head)
    {
        string text = "Belediye bütçesi kabul edildi\n\n" + head + "Meclis bütçeyi oy çokluğuyla kabul etti.\n" + TurkishNotice + "\n";
        Assert.False(DispatchGrammar.Parse(text, GrammarLexer.Antlr).IsWellFormed);
        Assert.Equal(["DSP0003"], ErrorCodes(text));
        AssertAgreement(text);
        // Signed at the end, the same body is well-formed, and the byline is still a paragraph.
        string signed = text.Replace("kabul etti.\n", "kabul etti. (AA)\n", StringComparison.Ordinal);
        DispatchParts parts = DispatchGrammar.Parse(signed, GrammarLexer.Antlr).Lower();
        Assert.Null(parts.Byline);
        Assert.Empty(parts.Lead);
        Assert.Equal("AA", parts.AgencyTag!.Name);
        AssertAgreement(signed);
    }

    /// <summary>
    /// Lead-in prefixes open the first deck line too (grammar/README.md 2.3): <c>Next Previous</c> before a deck line
    /// that an own-line dateline follows is residue, and the deck line starts after it. The lowering took no prefix
    /// once the dateline (which stands after the deck) was found.
    /// </summary>
    [Theory]
    [InlineData("إضافة أولى\n")]
    [InlineData("")]
    public void Residue_prefix_of_a_deck_line_before_a_dateline_is_a_lead_in(string takeLabel)
    {
        string text = "مجلس الوزراء يقر تنظيم الهيئة\n\n" + takeLabel + "Next Previous قرار المجلس\nالرياض – واس\nوقرر المجلس الموافقة على التنظيم.\nتنبيه: جميع الحقوق محفوظة.\n";
        DispatchParts parts = DispatchGrammar.Parse(text, GrammarLexer.Antlr).Lower();
        Assert.Equal((LeadInKind.Residue, "Next Previous"), (parts.LeadIns[^1].Kind, parts.LeadIns[^1].Text));
        Assert.Equal(takeLabel.Length == 0 ? 1 : 2, parts.LeadIns.Count);
        Assert.Equal("قرار المجلس", Assert.Single(parts.Lead).Text);
        Assert.Equal("واس", parts.Dateline!.AgencyName);
        AssertAgreement(text);
    }

    /// <summary>
    /// A line that ends with an end marker holds the last paragraph, so it is the paragraph line a place line, a
    /// lead-in line and a split dateline's dash line need after them, as a head mark does (grammar/README.md 2.3,
    /// "followed by a paragraph"): <c>LK</c> before <c>(FP)//انتهى//</c> is a place dateline, <c>Next Previous</c> before
    /// a tagged marked line a lead-in. The hand-written parser asked for a paragraph line proper (no marked line) and read
    /// the place, residue and take label as a paragraph, the dash line as a paragraph of its own; the lowering took them
    /// as the grammar does.
    /// </summary>
    [Theory]
    [InlineData("0\n\nLK\n(FP)//انتهى//\nLEGAL NOTICE:", "LK", null, "FP")]
    [InlineData("0\n\nIL\r(FP)//انتهى//\nLEGAL NOTICE:", "IL", null, "FP")]
    [InlineData("0\n\nLK–\n(FP)//انتهى//\nLEGAL NOTICE:", "LK–", null, "FP")]
    [InlineData("0\n\nRİ\n(TT)//انتهى//\nLEGAL NOTICE:", "Rİ", null, "TT")]
    [InlineData("0\n\nNext Previous\n(İA)//انتهى//\nYASAL UYARI:", null, "Next Previous", "İA")]
    [InlineData("Basketbolda sezon\n\nİSTANBUL\n-\nFederasyon sezonu değerlendirdi. (AA) // انتهى //\n" + TurkishNotice, "İSTANBUL -", null, "AA")]
    [InlineData("Basketbolda sezon\n\nİSTANBUL\n\n-\n\n(AA) // انتهى //\n" + TurkishNotice, "İSTANBUL -", null, "AA")]
    [InlineData("Basketbolda sezon\n\nİSTANBUL\n- Federasyon sezonu değerlendirdi. (AA) // انتهى //\n" + TurkishNotice, "İSTANBUL -", null, "AA")]
    [InlineData("مجلس الوزراء يقر التنظيم\n\nإضافة أولى\nوقرر المجلس الموافقة. (واس) // انتهى //\nتنبيه: جميع الحقوق محفوظة.", null, "إضافة أولى", "واس")]
    [InlineData("0\n\nNext Previous\nLK\n-\nBody text (AA) // انتهى //\nLEGAL NOTICE:", "LK -", "Next Previous", "AA")]
    public void Place_or_lead_in_line_before_a_marked_last_line_is_a_dateline_or_lead_in(string text, string? dateline, string? leadIn, string agency)
    {
        DispatchParts parts = DispatchGrammar.Parse(text, GrammarLexer.Antlr).Lower();
        Assert.Equal(dateline, parts.Dateline?.Text);
        Assert.Equal(leadIn, parts.LeadIns.Count == 0 ? null : Assert.Single(parts.LeadIns).Text);
        Assert.Equal(agency, parts.AgencyTag!.Name);
        Assert.Equal("//انتهى//", parts.EndMarker!.Text.Replace(" ", "", StringComparison.Ordinal));
        // One paragraph: the marked line's (empty when the tag opens it); the place, dash or lead-in line is none.
        Assert.Single(parts.Paragraphs);
        Assert.Empty(ErrorCodes(text));
        AssertAgreement(text);
    }
}
