using System.Text.Json;
using DispatchParser.Diagnostics;
using DispatchParser.Export;
using DispatchParser.Syntax;
using DispatchParser.Text;

namespace DispatchParser.Tests.Parsing;

/// <summary>
/// Lead-ins (grammar/README.md 2.3): scraper residue, take labels and source prefixes at the top of the body are their own
/// parts, never paragraphs, reported with DSP0110 and exported under "leadIns".
/// </summary>
public sealed class LeadInTests
{
    private const string Notice = "\nتنبيه: جميع الحقوق محفوظة.";

    [Theory]
    [InlineData(" سبق- وكالات: قال الوزير إن الاجتماع كان مثمرا. (واس)", SyntaxKind.SourcePrefix, "سبق- وكالات:", "قال الوزير إن الاجتماع كان مثمرا.")]
    [InlineData("سبق – وكالات: أشارت الدراسة إلى نتائج جديدة. (واس)", SyntaxKind.SourcePrefix, "سبق – وكالات:", "أشارت الدراسة إلى نتائج جديدة.")]
    [InlineData("\u00A0 Next Previous حققت الشركة أرباحا قياسية. (أ ف ب)", SyntaxKind.Residue, "Next Previous", "حققت الشركة أرباحا قياسية.")]
    [InlineData("شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك واجهت أسعار النفط ضغوطا. (رويترز)", SyntaxKind.Residue, "شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك", "واجهت أسعار النفط ضغوطا.")]
    public void A_prefix_of_the_first_paragraph_is_a_lead_in(string line, SyntaxKind kind, string leadIn, string paragraph)
    {
        DispatchSyntaxTree tree = ParseHelper.Parse("عنوان الخبر\n\n" + line + Notice);
        LeadInSyntax only = Assert.Single(tree.Root.LeadIns);
        Assert.Equal(kind, only.Kind);
        Assert.Equal(leadIn, only.Text);
        Assert.Equal(paragraph, Assert.Single(tree.Root.Paragraphs).Text);
        Assert.Empty(ParseHelper.ErrorCodes(tree));
        Diagnostic note = Assert.Single(tree.GetDiagnostics(), d => d.Code == "DSP0110");
        Assert.Equal(only.TextToken.Span, note.Span);
        Assert.Equal(DiagnosticSeverity.Info, DispatchSyntaxTree.ParseText(tree.Text.ToString(), ParseOptions.Standard).GetDiagnostics().Single(d => d.Code == "DSP0110").Severity);
        Assert.Null(GrammarAgreement.Disagreement(tree.Text.ToString()));
    }

    [Theory]
    [InlineData("عنوان الخبر\n\nسبق- وكالات:" + Notice)] // nothing after the prefix: the line is the paragraph
    [InlineData("عنوان الخبر\n\nNext Previous (واس)" + Notice)] // only the tag after the residue
    [InlineData("عنوان الخبر\n\nسبق-وكالات:قال الوزير. (واس)" + Notice)] // no whitespace after the colon
    [InlineData("عنوان الخبر\n\nالفقرة الأولى هنا.\nسبق- وكالات: قال الوزير. (واس)" + Notice)] // not the first paragraph
    [InlineData("عنوان الخبر\n\nالرياض (واس) - Next Previous قال الوزير." + Notice)] // after an inline dateline
    // Regression (random-edit property): after an own-line dateline a prefix is text, so that lead-ins never follow the dateline.
    [InlineData("Headline words\n\nWASHINGTON (REUTERS) -\nrepoa-وكالات: ad reserved to Monday fell?\nnext higher stories. (REUTERS)\nLEGAL NOTICE: percent talks?")]
    [InlineData("عنوان الخبر\n\nالرياض – واس\nسبق- وكالات: قال الوزير.\nالثانية. (واس)" + Notice)]
    public void Not_a_lead_in(string text)
    {
        DispatchSyntaxTree tree = ParseHelper.Parse(text);
        Assert.Empty(tree.Root.LeadIns);
        Assert.DoesNotContain(tree.GetDiagnostics(), d => d.Code == "DSP0110");
        Assert.Null(GrammarAgreement.Disagreement(text));
    }

    [Fact]
    public void Lead_in_lines_open_the_body_before_the_dateline_and_are_exported()
    {
        const string text = "عام / عنوان\n\n إضافة خامسة وأخيرة\n\n Next Previous \nالرياض – واس\nوقرر المجلس الموافقة.\nوأكد المجلس أهمية البيانات." + Notice;
        DispatchSyntaxTree tree = ParseHelper.Parse(text);
        var shape = new TreeShape(tree.Root.Body);
        using (shape.N(SyntaxKind.Body))
        {
            using (shape.N(SyntaxKind.TakeLabel)) shape.T(SyntaxKind.TextToken, "إضافة خامسة وأخيرة");
            using (shape.N(SyntaxKind.Residue)) shape.T(SyntaxKind.TextToken, "Next Previous");
            using (shape.N(SyntaxKind.Dateline))
            {
                shape.T(SyntaxKind.PlaceToken, "الرياض");
                shape.T(SyntaxKind.DashToken, "–");
                shape.T(SyntaxKind.AgencyNameToken, "واس");
            }
            using (shape.N(SyntaxKind.Paragraph)) shape.T(SyntaxKind.TextToken, "وقرر المجلس الموافقة.");
            using (shape.N(SyntaxKind.Paragraph)) shape.T(SyntaxKind.TextToken, "وأكد المجلس أهمية البيانات.");
        }
        Assert.Empty(ParseHelper.ErrorCodes(tree));

        using JsonDocument json = JsonDocument.Parse(DispatchJsonExporter.ExportJson(tree));
        JsonElement leadIns = json.RootElement.GetProperty("leadIns");
        Assert.Equal(["takeLabel: إضافة خامسة وأخيرة", "residue: Next Previous"],
            leadIns.EnumerateArray().Select(l => $"{l.GetProperty("kind").GetString()}: {l.GetProperty("text").GetString()}"));
    }

    [Fact]
    public void A_lead_in_line_with_no_paragraph_after_it_is_a_paragraph()
    {
        const string text = "عنوان\n\nNext Previous\n(واس)" + Notice;
        DispatchSyntaxTree tree = ParseHelper.Parse(text);
        var shape = new TreeShape(tree.Root.Body);
        using (shape.N(SyntaxKind.Body))
        {
            using (shape.N(SyntaxKind.Paragraph)) shape.T(SyntaxKind.TextToken, "Next Previous");
            using (shape.N(SyntaxKind.SignOff))
            {
                shape.T(SyntaxKind.OpenParenToken, "(");
                shape.T(SyntaxKind.AgencyNameToken, "واس");
                shape.T(SyntaxKind.CloseParenToken, ")");
            }
        }
        Assert.Null(GrammarAgreement.Disagreement(text));
    }

    [Fact]
    public void A_dispatch_without_lead_ins_exports_an_empty_lead_in_list()
    {
        DispatchSyntaxTree tree = ParseHelper.Parse("عنوان\n\nالفقرة. (واس)" + Notice);
        using JsonDocument json = JsonDocument.Parse(DispatchJsonExporter.ExportJson(tree));
        Assert.Equal(0, json.RootElement.GetProperty("leadIns").GetArrayLength());
    }

    [Theory]
    [InlineData("عنوان\n\nسبق وكالات: قال الوزير. (واس)", "سبق", "سبق-")]
    [InlineData("عنوان\n\nسبق- وكالات: قال الوزير. (واس)", "سبق-", "سبق")]
    [InlineData("عنوان\n\nNext Previous\nالفقرة.\nالثانية. (واس)", "Next Previous", "Next")]
    public void Typing_or_deleting_a_lead_in_gives_the_tree_of_a_full_parse(string text, string what, string replacement)
    {
        text += Notice;
        DispatchSyntaxTree old = ParseHelper.Parse(text);
        var change = new TextChange(new TextSpan(text.IndexOf(what, StringComparison.Ordinal), what.Length), replacement);
        DispatchSyntaxTree incremental = old.WithChanges(change);
        DispatchSyntaxTree full = DispatchSyntaxTree.ParseText(old.Text.WithChanges(change).ToString(), old.Options);
        Assert.Null(full.FindDifference(incremental));
        Assert.Equal(full.GetDiagnostics(), incremental.GetDiagnostics());
        Assert.NotEqual(old.Root.LeadIns.Count, incremental.Root.LeadIns.Count);
    }
}
