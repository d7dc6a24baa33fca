using DispatchParser.Diagnostics;
using DispatchParser.Grammar;
using DispatchParser.Syntax;
using DispatchParser.Text;

namespace DispatchParser.Tests.Parsing;

/// <summary>
/// The headline decision (grammar/README.md 2.1): a first line that is a place, a place or lead-in paragraph, a
/// line that ends a sentence or an indented line is the story's first line — no headline (DSP0001) — in the
/// hand-written parser, the grammar and the incremental parser alike.
/// </summary>
public sealed class HeadlineDecisionTests
{
    private const string Rest = "\nİkinci paragraf burada. (AA)\nYASAL UYARI: Haklar ajansa aittir.";

    public static TheoryData<string> StoryFirstLines() =>
    [
        "CHP İstanbul Milletvekili, TBMM'de basın toplantısı düzenledi.",
        "Yrd. Doç. Dr. Sinan Evcil, açıklamasında şunları kaydetti:",
        "Bakan, \"Çalışmalar sürüyor.\"",
        "Bakan, 'Çalışmalar sürüyor.''",
        "قال الوزير إن الاجتماع كان مثمرا.",
        "\tKara Kuvvetleri yeni bir araç aldı",
        "    Li Amedê pêşangeh vebû",
    ];

    public static TheoryData<string> HeadlineFirstLines() =>
    [
        "Başsavcı, protokol savaşını kazandı...",
        "PRP yöntemiyle artık mümkün!",
        "HANGİSİ TAKİYE?",
        "COPPER PRICES FIRM ON STRIKE FEARS",
        " عنوان الخبر هنا",
        "İSTANBUL'DA KAR",
        "AKP-CHP'nin kavgası büyüdü",
        "Kazandı .",
        "Van Gölü kıyısında flamingolar (VİDEO)",
    ];

    [Theory]
    [MemberData(nameof(StoryFirstLines))]
    public void A_story_line_first_means_no_headline_and_opens_the_body(string firstLine)
    {
        string text = firstLine + Rest;
        DispatchSyntaxTree tree = ParseHelper.Parse(text);
        Assert.True(tree.Root.Headline.IsMissing);
        Assert.Equal(["DSP0001"], ParseHelper.ErrorCodes(tree));
        Assert.Equal(firstLine.Trim(' ', '\t'), tree.Root.Paragraphs[0].Text);
        Assert.False(DispatchGrammar.Parse(text).IsWellFormed);
        Assert.Equal(DiagnosticSeverity.Warning, DispatchSyntaxTree.ParseText(text, ParseOptions.Lenient).GetDiagnostics().Single(d => d.Code == "DSP0001").Severity);
    }

    /// <summary>First lines that are a place dateline (it names no agency), with the dateline and the first paragraph.</summary>
    public static TheoryData<string, string, string> PlaceFirstLines() => new()
    {
        { "İSTANBUL", "İSTANBUL", "İkinci paragraf burada." },
        { "  LONDRA  ", "LONDRA", "İkinci paragraf burada." },
        { "ANKARA -", "ANKARA -", "İkinci paragraf burada." },
        { "RİZE -", "RİZE -", "İkinci paragraf burada." },
        { "RADİKAL-", "RADİKAL-", "İkinci paragraf burada." },
        { "NEW YORK –", "NEW YORK –", "İkinci paragraf burada." },
        { "MADRİD - İkinci ligde sezonu lider bitiren takım kutlama yaptı", "MADRİD -", "İkinci ligde sezonu lider bitiren takım kutlama yaptı" },
        { "RADİKAL - Tek", "RADİKAL -", "Tek" },
        { "[HaberPortalı-İstanbul] Mesleğinin baharında bir genç", "[HaberPortalı-İstanbul]", "Mesleğinin baharında bir genç" },
        // A dashless place line takes the dash that opens the next line (split by HTML extraction).
        { "   İSTANBUL \n   - Maçın ardından konuştu", "İSTANBUL \n   -", "Maçın ardından konuştu" },
        { "ANKARA\n -\n Spor camiası toplandı", "ANKARA\n -", "Spor camiası toplandı" },
    };

    [Theory]
    [MemberData(nameof(PlaceFirstLines))]
    public void A_place_first_means_no_headline_and_a_place_dateline(string firstLines, string dateline, string firstParagraph)
    {
        string text = firstLines + Rest;
        DispatchSyntaxTree tree = ParseHelper.Parse(text);
        Assert.True(tree.Root.Headline.IsMissing);
        Assert.Equal(["DSP0001"], ParseHelper.ErrorCodes(tree));
        Assert.Equal(dateline, tree.Root.Dateline!.ToString());
        Assert.True(tree.Root.Dateline.AgencyNameToken.IsNone);
        Assert.Equal(firstParagraph, tree.Root.Paragraphs[0].Text);
        Assert.Equal("AA", tree.Root.AgencyTag!.Name);
    }

    [Theory]
    [MemberData(nameof(PlaceFirstLines))]
    public void A_place_opening_the_body_after_a_headline_is_its_dateline_in_both_parsers(string firstLines, string dateline, string firstParagraph)
    {
        string text = "Başlık burada\n\n" + firstLines + Rest;
        DispatchSyntaxTree tree = ParseHelper.Parse(text);
        Assert.Empty(ParseHelper.ErrorCodes(tree));
        Assert.Equal(dateline, tree.Root.Dateline!.ToString());
        Assert.Equal(firstParagraph, tree.Root.Paragraphs[0].Text);
        // The grammar's parts are readings (grammar/README.md 1.1): a split place dateline's line break reads as one space.
        Assert.Equal(LogicalLine.Join(dateline), DispatchGrammar.Parse(text).Lower().Dateline!.Text);
        Assert.Null(GrammarAgreement.Disagreement(text));
    }

    [Theory]
    [InlineData("Başlık burada\n\nİSTANBUL\n-\n(AA)\nYASAL UYARI: Haklar.")]
    [InlineData("Başlık burada\n\nİSTANBUL\n(AA)\nYASAL UYARI: Haklar.")]
    [InlineData("Başlık burada\n\nİSTANBUL\n- Tek paragraf (AA)\nYASAL UYARI: Haklar.")]
    [InlineData("Başlık burada\n\nİSTANBUL\n\n  -  \n\nBirinci paragraf.\nİkinci. (AA)\nYASAL UYARI: Haklar.")]
    [InlineData("Başlık burada\n\nANKARA -\n- Birinci paragraf. (AA)\nYASAL UYARI: Haklar.")]
    public void Place_datelines_that_would_leave_no_paragraph_agree_with_the_grammar(string text)
    {
        ParseHelper.Parse(text);
        Assert.Null(GrammarAgreement.Disagreement(text));
    }

    [Theory]
    [MemberData(nameof(StoryFirstLines))]
    public void A_story_line_after_a_headline_is_a_paragraph(string line)
    {
        string text = "Başlık burada\n\nBirinci paragraf burada.\n" + line + Rest;
        DispatchSyntaxTree tree = ParseHelper.Parse(text);
        Assert.Empty(ParseHelper.ErrorCodes(tree));
        Assert.Equal(line.Trim(' ', '\t'), tree.Root.Paragraphs[1].Text);
        Assert.True(DispatchGrammar.Parse(text).IsWellFormed);
    }

    [Theory]
    [MemberData(nameof(HeadlineFirstLines))]
    public void A_short_standalone_line_first_is_the_headline(string firstLine)
    {
        string text = firstLine + "\n\nBirinci paragraf burada." + Rest;
        DispatchSyntaxTree tree = ParseHelper.Parse(text);
        Assert.Equal(firstLine.Trim(), tree.Root.Headline.Text);
        Assert.Empty(ParseHelper.ErrorCodes(tree));
        Assert.True(DispatchGrammar.Parse(text).IsWellFormed);
    }

    private const string Dispatch = "İSTANBUL\n\nBirinci paragraf burada.\nİkinci paragraf burada.\nÜçüncü paragraf burada. (AA)\nYASAL UYARI: Haklar ajansa aittir.";

    public static TheoryData<string, string, string> FirstLineEdits() => new()
    {
        // headline → place line and back
        { "Kar yağışı\n\nBirinci paragraf burada.\nİkinci paragraf.\nÜçüncü. (AA)\nYASAL UYARI: Haklar.", "Kar yağışı", "İSTANBUL" },
        { Dispatch, "İSTANBUL", "İstanbul'da kar" },
        // headline → place paragraph, by typing a dash
        { "MADRİD İkinci lig\n\nBirinci paragraf burada.\nİkinci paragraf.\nÜçüncü. (AA)\nYASAL UYARI: Haklar.", "MADRİD ", "MADRİD - " },
        // headline → lead paragraph, by typing a full stop; and back by deleting it
        { "Kar yağışı etkili oldu\n\nBirinci paragraf burada.\nİkinci. (AA)\nYASAL UYARI: Haklar.", "etkili oldu", "etkili oldu." },
        { "Kar yağışı etkili oldu.\n\nBirinci paragraf burada.\nİkinci. (AA)\nYASAL UYARI: Haklar.", "oldu.", "oldu" },
        // headline → lead paragraph, by indenting it
        { "Kar yağışı etkili oldu\n\nBirinci paragraf burada.\nİkinci. (AA)\nYASAL UYARI: Haklar.", "Kar yağışı", "\tKar yağışı" },
        // headline → dateline paragraph, by typing the agency
        { "Hazine ihaleyi yaptı\n\nBirinci paragraf burada.\nİkinci. (AA)\nYASAL UYARI: Haklar.", "Hazine", "ANKARA (AA) - Hazine" },
    };

    [Theory]
    [MemberData(nameof(FirstLineEdits))]
    public void Editing_the_first_line_gives_the_tree_of_a_full_parse(string text, string what, string replacement)
    {
        DispatchSyntaxTree old = ParseHelper.Parse(text);
        var change = new TextChange(new TextSpan(text.IndexOf(what, StringComparison.Ordinal), what.Length), replacement);
        DispatchSyntaxTree incremental = old.WithChanges(change);
        string newText = old.Text.WithChanges(change).ToString();
        DispatchSyntaxTree full = DispatchSyntaxTree.ParseText(newText, old.Options);
        Assert.Null(full.FindDifference(incremental));
        Assert.Equal(full.GetDiagnostics(), incremental.GetDiagnostics());
        Assert.NotEqual(old.Root.Headline.IsMissing, incremental.Root.Headline.IsMissing);
    }
}
