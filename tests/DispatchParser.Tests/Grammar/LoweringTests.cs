using DispatchParser.Grammar;

namespace DispatchParser.Tests.Grammar;

/// <summary>
/// Edge cases of the generated parser's verdict and of the lowering to parts
/// (grammar/README.md sections 2 and 4), on small dispatches written here.
/// </summary>
public sealed class LoweringTests
{
    private const string Notice = "YASAL UYARI: Haberin tüm hakları ajansa aittir.";

    private static DispatchParts LowerWellFormed(string text)
    {
        var result = DispatchGrammar.Parse(text);
        Assert.True(result.IsWellFormed, $"{Escaping.Literal(text)}: {string.Join("; ", result.Errors)}");
        var parts = result.Lower();
        AssertSpansSliceTheText(text, parts);
        return parts;
    }

    private static void AssertSpansSliceTheText(string text, DispatchParts parts)
    {
        IEnumerable<(PartSpan Span, string Text)> all = [
            .. new[] { parts.Headline, parts.EndMarker, parts.EndMarkerStamp, parts.Notice }.OfType<TextPart>().Select(p => (p.Span, p.Text)),
            .. parts.Paragraphs.Concat(parts.Briefs).Select(p => (p.Span, p.Text)),
        ];
        if (parts.Dateline is { } dateline)
        {
            all = all.Append((dateline.Span, dateline.Text));
            if (dateline.AgencySpan is { } agencySpan)
            {
                all = all.Append((agencySpan, text.Substring(agencySpan.Start, agencySpan.Length)));
            }
        }

        if (parts.AgencyTag is { } tag)
        {
            all = all.Append((tag.Span, tag.Text));
        }

        foreach (var (span, partText) in all)
        {
            Assert.Equal(text.Substring(span.Start, span.Length), partText);
        }
    }

    [Fact]
    public void Canonical_dispatch_with_a_tag_at_the_end_of_the_last_paragraph()
    {
        var text = $"Ankara'da toplantı yapıldı\n\nBirinci paragraf.\nİkinci paragraf bitti. (AA)\n{Notice}\nKısa haber bir.\nKısa haber (NDMA) iki.";
        var parts = LowerWellFormed(text);

        Assert.Equal("Ankara'da toplantı yapıldı", parts.Headline?.Text);
        Assert.Null(parts.Dateline);
        Assert.Equal(["Birinci paragraf.", "İkinci paragraf bitti."], parts.Paragraphs.Select(p => p.Text));
        Assert.Equal(new AgencyTagPart(new PartSpan(text.IndexOf("(AA)", StringComparison.Ordinal), 4), "(AA)", "AA", AgencyTagPosition.Signoff), parts.AgencyTag);
        Assert.Equal(Notice, parts.Notice?.Text);
        Assert.Equal(["Kısa haber bir.", "Kısa haber (NDMA) iki."], parts.Briefs.Select(b => b.Text));
    }

    [Theory]
    [InlineData("ANKARA (AA) - Birinci paragraf.", "ANKARA (AA) -", "Birinci paragraf.", "AA", "(AA)")]
    [InlineData("  ANKARA (AA)-- Birinci paragraf.", "ANKARA (AA)--", "Birinci paragraf.", "AA", "(AA)")]
    [InlineData("BATMAN (İHA) – Birinci paragraf.", "BATMAN (İHA) –", "Birinci paragraf.", "İHA", "(İHA)")]
    [InlineData("سان فرانسيسكو 20 يوليو تموز (رويترز) - نص", "سان فرانسيسكو 20 يوليو تموز (رويترز) -", "نص", "رويترز", "(رويترز)")]
    [InlineData("ANKA - ANKARA - Birinci paragraf.", "ANKA -", "ANKARA - Birinci paragraf.", "ANKA", "ANKA")]
    [InlineData("A.A _Birinci paragraf.", "A.A _", "Birinci paragraf.", "A.A", "A.A")]
    public void Inline_dateline_ends_after_the_dash(string line, string dateline, string paragraph, string agency, string agencyText)
    {
        var text = $"Başlık\n\n{line}\nİkinci paragraf.\n{Notice}";
        var parts = LowerWellFormed(text);

        Assert.Equal(dateline, parts.Dateline?.Text);
        Assert.Equal(agency, parts.Dateline?.AgencyName);
        Assert.Equal([paragraph, "İkinci paragraf."], parts.Paragraphs.Select(p => p.Text));
        Assert.NotNull(parts.AgencyTag);
        Assert.Equal(AgencyTagPosition.Dateline, parts.AgencyTag.Position);
        Assert.Equal(agency, parts.AgencyTag.Name);
        Assert.Equal(agencyText, parts.AgencyTag.Text);
        Assert.Equal(parts.Dateline?.AgencySpan, parts.AgencyTag.Span);
    }

    [Theory]
    [InlineData("عين اليوم – واس", "واس")]
    [InlineData("الخرطوم 25 شوال 1436 هـ م واس", "واس")]
    [InlineData(" الرياض (واس) - ", "واس")]
    [InlineData("واس -", "واس")]
    public void Own_line_dateline_is_the_trimmed_line_and_is_not_a_paragraph(string line, string agency)
    {
        var text = $"عنوان الخبر\n\n{line}\nنص الخبر الأول.\nنص الخبر الثاني.\n// انتهى // 20:26 ت م\n 10:12 ت م \nتنبيه: جميع الحقوق محفوظة.";
        var parts = LowerWellFormed(text);

        Assert.Equal(line.Trim(' '), parts.Dateline?.Text);
        Assert.Equal(agency, parts.Dateline?.AgencyName);
        Assert.Equal(["نص الخبر الأول.", "نص الخبر الثاني."], parts.Paragraphs.Select(p => p.Text));
        Assert.Equal(AgencyTagPosition.Dateline, parts.AgencyTag?.Position);
        Assert.Equal("// انتهى // 20:26 ت م", parts.EndMarker?.Text);
        Assert.Equal("10:12 ت م", parts.EndMarkerStamp?.Text);
        Assert.Equal("تنبيه: جميع الحقوق محفوظة.", parts.Notice?.Text);
        Assert.Empty(parts.Briefs);
    }

    [Theory]
    [InlineData("Reuter", "Reuter", "Reuter")]
    [InlineData("  REUTER\t", "REUTER", "REUTER")]
    [InlineData("(AA)   ", "(AA)", "AA")]
    [InlineData("\u00A0(أ ف ب)", "(أ ف ب)", "أ ف ب")]
    public void Sign_off_line_names_the_agency(string line, string tagText, string name)
    {
        var text = $"Short headline\n\nFirst paragraph (AA) with a tag mid-line.\nSecond paragraph. (DHA)\n{line}\nLEGAL NOTICE: all rights reserved.";
        var parts = LowerWellFormed(text);

        Assert.Null(parts.Dateline);
        Assert.Equal(["First paragraph (AA) with a tag mid-line.", "Second paragraph. (DHA)"], parts.Paragraphs.Select(p => p.Text));
        Assert.Equal(tagText, parts.AgencyTag?.Text);
        Assert.Equal(name, parts.AgencyTag?.Name);
        Assert.Equal(AgencyTagPosition.Signoff, parts.AgencyTag?.Position);
    }

    [Fact]
    public void Dateline_and_tag_both_present_the_tag_is_the_sign_off()
    {
        var text = $"Başlık\n\nİSTANBUL (DHA) - Birinci paragraf.\nİkinci paragraf. (DHA)\n{Notice}";
        var parts = LowerWellFormed(text);

        Assert.Equal("İSTANBUL (DHA) -", parts.Dateline?.Text);
        Assert.Equal(["Birinci paragraf.", "İkinci paragraf."], parts.Paragraphs.Select(p => p.Text));
        Assert.Equal(text.LastIndexOf("(DHA)", StringComparison.Ordinal), parts.AgencyTag?.Span.Start);
        Assert.Equal(AgencyTagPosition.Signoff, parts.AgencyTag?.Position);
    }

    [Fact]
    public void Single_dateline_paragraph_ending_with_a_tag_is_a_dateline_paragraph_not_a_tagged_line()
    {
        // Section 1: a line that matches both DATELINE_PARA and TAGGED_LINE is a DATELINE_PARA
        // (listed first), so the last body line is not a TAGGED_LINE and only the dateline names
        // the agency; its final "(AA)" stays in the paragraph.
        var parts = LowerWellFormed($"Başlık\n\nANKARA (AA) - Tek paragraf. (AA)\n{Notice}");

        Assert.Equal("ANKARA (AA) -", parts.Dateline?.Text);
        Assert.Equal(["Tek paragraf. (AA)"], parts.Paragraphs.Select(p => p.Text));
        Assert.Equal(AgencyTagPosition.Dateline, parts.AgencyTag?.Position);
    }

    [Fact]
    public void Crlf_cr_and_lf_line_breaks_are_all_line_breaks()
    {
        var text = $"Başlık\r\n\r\nBirinci paragraf.\rİkinci paragraf. (AA)\r\n{Notice}\nKısa haber.\r\n";
        var parts = LowerWellFormed(text);

        Assert.Equal("Başlık", parts.Headline?.Text);
        Assert.Equal(["Birinci paragraf.", "İkinci paragraf."], parts.Paragraphs.Select(p => p.Text));
        Assert.Equal(["Kısa haber."], parts.Briefs.Select(b => b.Text));
    }

    [Fact]
    public void Byte_order_mark_opens_the_text_and_is_not_part_of_the_headline()
    {
        var parts = LowerWellFormed($"\uFEFFBaşlık\n\nParagraf. (AA)\n{Notice}");

        Assert.Equal(new PartSpan(1, "Başlık".Length), parts.Headline?.Span);
    }

    [Theory]
    [InlineData("Başlık\n\n\uFEFFParagraf. (AA)\nYASAL UYARI: x")]
    [InlineData("\uFEFF\uFEFFBaşlık\n\nParagraf. (AA)\nYASAL UYARI: x")]
    [InlineData("Başlık\n\nParagraf. (AA)\nYASAL UYARI: x\n\uFEFF")]
    public void Byte_order_mark_at_the_start_of_another_line_is_an_error(string text) =>
        Assert.False(DispatchGrammar.Parse(text).IsWellFormed);

    [Fact]
    public void Byte_order_mark_inside_a_line_is_text()
    {
        var parts = LowerWellFormed($"Baş\uFEFFlık\n\n \uFEFFParagraf. (AA)\n{Notice}");

        Assert.Equal("Baş\uFEFFlık", parts.Headline?.Text);
        Assert.Equal(["\uFEFFParagraf."], parts.Paragraphs.Select(p => p.Text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n")]
    [InlineData("\r\n\r\n")]
    [InlineData("\n \n\t")]
    [InlineData(" \u3000")]
    public void Final_line_break_and_trailing_blank_lines_are_optional(string trailer)
    {
        var parts = LowerWellFormed($"Başlık\n\nParagraf. (AA)\n{Notice}\nKısa haber.{trailer}");

        Assert.Equal(["Kısa haber."], parts.Briefs.Select(b => b.Text));
    }

    [Fact]
    public void Whitespace_only_lines_are_blank_and_whitespace_w_is_trimmed_but_other_spaces_are_not()
    {
        var text = $" \n\t\nBaşlık\u00A0\u2009\n \t\u00A0\n\n\u3000Birinci paragraf.\u202F\n\u205F\nİkinci\u200B (AA)\u00A0\n\u1680\n{Notice}\n\u000B\u000C\n\u200BKısa haber.\u200B";
        var parts = LowerWellFormed(text);

        Assert.Equal("Başlık", parts.Headline?.Text);
        Assert.Equal(["Birinci paragraf.", "İkinci\u200B"], parts.Paragraphs.Select(p => p.Text));
        Assert.Equal("(AA)", parts.AgencyTag?.Text);
        Assert.Equal(["\u200BKısa haber.\u200B"], parts.Briefs.Select(b => b.Text));
    }

    [Fact]
    public void Notice_line_wins_over_tagged_line()
    {
        var parts = LowerWellFormed("Başlık\n\nParagraf. (AA)\nتنبيه: وكالة إيلكا الإخبارية تمتلك جميع الحقوق (İLKHA)\nخبر قصير.");

        Assert.StartsWith("تنبيه:", parts.Notice?.Text, StringComparison.Ordinal);
        Assert.Equal(["خبر قصير."], parts.Briefs.Select(b => b.Text));
    }

    [Theory]
    [InlineData("Başlık\nParagraf. (AA)\nYASAL UYARI: x", "missing separator")]
    [InlineData("Başlık\n\nParagraf. (AA)", "missing notice")]
    [InlineData("Başlık\n\nParagraf.\nYASAL UYARI: x", "missing agency tag")]
    [InlineData("ANKARA (AA) - Paragraf.\n\nParagraf.\nYASAL UYARI: x", "headline missing: first line is a dateline")]
    [InlineData("(AA)\n\nParagraf. (AA)\nYASAL UYARI: x", "headline missing: first line is a sign-off")]
    [InlineData("Başlık\n\nReuter\nYASAL UYARI: x", "missing body: sign-off only")]
    [InlineData("Başlık\n\nParagraf.\nReuter\nParagraf. (AA)\nYASAL UYARI: x", "sign-off mid-body")]
    [InlineData("Başlık\n\nعين اليوم – واس\nYASAL UYARI: x", "own-line dateline without a paragraph")]
    [InlineData("Başlık\n\nParagraf.\nANKARA (AA) - Paragraf. (AA)\nYASAL UYARI: x", "last line is a dateline paragraph, not a tagged line")]
    [InlineData("Başlık\n\nParagraf. (AA)\nMORE\nmetin\nYASAL UYARI: x", "text after the end marker")]
    [InlineData("Başlık\n\nParagraf. (AA)\nYASAL UYARI: x\nYASAL UYARI: y", "second notice")]
    [InlineData("Başlık\n\nParagraf. (AA)\nYASAL UYARI: x\n// يتبع //", "marker among the briefs")]
    [InlineData("", "empty text")]
    [InlineData("UYARI: Küfür yasaktır.\n\nParagraf. (AA)\nUYARI: Küfür yasaktır.", "UYARI: is not a notice")]
    public void Malformed_dispatch_is_rejected_and_still_lowers(string text, string because)
    {
        var result = DispatchGrammar.Parse(text);
        Assert.False(result.IsWellFormed, because);
        _ = result.Lower();
    }

    [Fact]
    public void Error_positions_are_reported()
    {
        var result = DispatchGrammar.Parse("Başlık\nParagraf. (AA)\nYASAL UYARI: x");
        Assert.NotEmpty(result.Errors);
        var error = result.Errors[0];

        Assert.Equal(2, error.Line);
        Assert.Equal(0, error.Column);
        Assert.Equal("Başlık\n".Length, error.Offset);
    }
}
