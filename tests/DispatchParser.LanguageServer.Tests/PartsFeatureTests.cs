using DispatchParser.LanguageServer.Features;
using DispatchParser.LanguageServer.Protocol;
using DispatchParser.LanguageServer.Tests.Infrastructure;
using DispatchParser.Syntax;
using Range = DispatchParser.LanguageServer.Protocol.Range;

namespace DispatchParser.LanguageServer.Tests;

/// <summary>
/// The parts real copy added (issues 12 and 13) through the protocol: bylines, source lines, credits and bare sign-offs,
/// end markers on the paragraph's line with their time stamp, lead-ins and place datelines — in the outline, the
/// semantic tokens, hover and the quick fixes.
/// </summary>
public sealed class PartsFeatureTests
{
    private const string Uri = Samples.Uri;
    private static TextDocumentIdentifier Document { get; } = new(Uri);

    /// <summary>A byline with a reporter, a place and an agency; a bare sign-off line with stray spaces before it.</summary>
    private const string BylineAndBareSignOff =
        "Belediye meclisinde bütçe kabul edildi\n" +
        "\n" +
        "CAN ARSLAN Kemer DHA\n" +
        "Belediye meclisi gelecek yılın bütçesini kabul etti.\n" +
        "   DHA\n" +
        "YASAL UYARI: Sitemizde yayımlanan haberlerin tüm hakları ilgili haber ajansına aittir.";

    /// <summary>A source line naming the agency, and nothing else that does.</summary>
    private const string SourceLine =
        "Milli parkta yaban keçisi sayımı yapıldı\n" +
        "\n" +
        "Doğa koruma ekipleri sayımı tamamladı.\n" +
        "Kaynak: AA\n" +
        "YASAL UYARI: Sitemizde yayımlanan haberlerin tüm hakları ilgili haber ajansına aittir.";

    /// <summary>A credit ending the last paragraph.</summary>
    private const string Credit =
        "Sahil yolunda bakım başladı\n" +
        "\n" +
        "Ekipler sahil yolundaki asfaltı yeniliyor. (Ayşe Demir / DHA)\n" +
        "YASAL UYARI: Sitemizde yayımlanan haberlerin tüm hakları ilgili haber ajansına aittir.";

    /// <summary>A sign-off signed by its reporter and place on the line after the last paragraph.</summary>
    private const string SignedSignOff =
        "Kütüphane gece de açık kalacak\n" +
        "\n" +
        "Belediye, sınav dönemi boyunca kütüphanenin açık kalacağını duyurdu.\n" +
        "Ayşe DEMİR / İZMİR, (DHA)\n" +
        "YASAL UYARI: Sitemizde yayımlanan haberlerin tüm hakları ilgili haber ajansına aittir.";

    /// <summary>An end marker ending the last paragraph's line (after its tag), with a time after it.</summary>
    private const string InlineEndMarker =
        "وزير النقل يتفقد مطار عدن\n" +
        "\n" +
        "عدن – واس\n" +
        "تفقد وزير النقل مطار عدن الدولي اليوم. (واس) // انتهى // 10:12 ت م\n" +
        "تنبيه: حقوق النشر محفوظة.";

    /// <summary>A take label and scraper residue before the first paragraph.</summary>
    private const string LeadIns =
        "عام / مجلس الوزراء يقر تنظيم الهيئة\n" +
        "\n" +
        "إضافة خامسة وأخيرة\n" +
        "Next Previous\n" +
        "الرياض – واس\n" +
        "وقرر المجلس الموافقة على تنظيم الهيئة.\n" +
        "// انتهى //\n" +
        "تنبيه: جميع الحقوق محفوظة.";

    /// <summary>Residue, then a place dateline (a place and a dash, no agency) on a line of its own.</summary>
    private const string PlaceDateline =
        "Kentte çay hasadı sona erdi\n" +
        "\n" +
        "Next Previous\n" +
        "RİZE -\n" +
        "Kentte yaş çay hasadının üçüncü sürgünü tamamlandı. (İHA)\n" +
        "YASAL UYARI: Tüm hakları saklıdır.";

    private static async Task<LspClient> OpenAsync(string text)
    {
        LspClient client = await LspClient.StartInitializedAsync();
        await client.OpenAsync(Uri, text);
        return client;
    }

    /// <summary>The (line, character) of the <paramref name="occurrence"/>-th <paramref name="needle"/>, and its length.</summary>
    private static (int Line, int Character, int Length) Find(string text, string needle, int occurrence = 1)
    {
        int index = -1;
        for (int i = 0; i < occurrence; i++) index = text.IndexOf(needle, index + 1, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{needle}' not in the text");
        int line = text[..index].Count(c => c == '\n');
        int lineStart = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        if (index == 0) lineStart = 0;
        return (line, index - lineStart, needle.Length);
    }

    private static DecodedToken Token(string text, string needle, int type, int modifiers = 0, int occurrence = 1)
    {
        (int line, int character, int length) = Find(text, needle, occurrence);
        return new DecodedToken(line, character, length, type, modifiers);
    }

    private static async Task<List<DecodedToken>> TokensAsync(LspClient client) =>
        DecodedToken.Decode((await client.RequestAsync<SemanticTokens>(Methods.SemanticTokensFull, new TextDocumentParams(Document))).Data);

    private static async Task<DocumentSymbol[]> OutlineAsync(LspClient client) =>
        await client.RequestAsync<DocumentSymbol[]>(Methods.DocumentSymbol, new TextDocumentParams(Document));

    private static async Task<Hover?> HoverAsync(LspClient client, string text, string needle, int occurrence = 1)
    {
        (int line, int character, _) = Find(text, needle, occurrence);
        return await client.RequestAsync<Hover?>(Methods.Hover, new TextDocumentPositionParams(Document, new Position(line, character + 1)));
    }

    [Fact]
    public async Task The_legend_lists_the_new_token_types_and_modifiers_after_the_old_ones()
    {
        await using LspClient client = LspClient.Start();
        InitializeResult result = await client.InitializeAsync();
        SemanticTokensLegend legend = result.Capabilities.SemanticTokensProvider!.Legend;
        Assert.Equal(["headline", "dateline", "agencyTag", "notice", "marker", "brief", "byline", "source", "leadIn", "reporter"], legend.TokenTypes);
        Assert.Equal(["signOff", "continuation", "unknownAgency", "credit", "inline", "stamp", "residue", "sourcePrefix", "takeLabel", "signed"], legend.TokenModifiers);
    }

    [Fact]
    public async Task A_byline_and_a_bare_sign_off_in_outline_tokens_and_hover()
    {
        await using LspClient client = await OpenAsync(BylineAndBareSignOff);

        DocumentSymbol body = Assert.Single(await OutlineAsync(client), symbol => symbol.Name == "Body");
        Assert.Equal(["Byline", "Paragraph 1", "Sign-off"], body.Children!.Select(symbol => symbol.Name));
        Assert.Equal("CAN ARSLAN Kemer DHA — Demirören Haber Ajansı", body.Children![0].Detail);
        Assert.Equal("DHA — Demirören Haber Ajansı", body.Children![2].Detail);
        Assert.Equal(new Range(new Position(2, 0), new Position(4, 6)), body.Range);

        List<DecodedToken> tokens = await TokensAsync(client);
        Assert.Contains(Token(BylineAndBareSignOff, "CAN ARSLAN", SemanticTokensProvider.Byline), tokens);
        Assert.Contains(Token(BylineAndBareSignOff, "Kemer", SemanticTokensProvider.Dateline), tokens);
        Assert.Contains(Token(BylineAndBareSignOff, "DHA", SemanticTokensProvider.AgencyTag), tokens);
        Assert.Contains(Token(BylineAndBareSignOff, "DHA", SemanticTokensProvider.AgencyTag, SemanticTokensProvider.SignOff, occurrence: 2), tokens);

        Hover? byline = await HoverAsync(client, BylineAndBareSignOff, "DHA");
        Assert.NotNull(byline);
        Assert.Contains("**Demirören Haber Ajansı** (byline agency)", byline.Contents.Value, StringComparison.Ordinal);
        Assert.Equal(new Range(new Position(2, 17), new Position(2, 20)), byline.Range);
        Hover? signOff = await HoverAsync(client, BylineAndBareSignOff, "DHA", occurrence: 2);
        Assert.Contains("**Demirören Haber Ajansı** (sign-off)", signOff?.Contents.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_source_line_in_outline_tokens_and_hover()
    {
        await using LspClient client = await OpenAsync(SourceLine);

        DocumentSymbol body = Assert.Single(await OutlineAsync(client), symbol => symbol.Name == "Body");
        Assert.Equal(["Paragraph 1", "Source line"], body.Children!.Select(symbol => symbol.Name));
        Assert.Equal("Kaynak: AA — Anadolu Ajansı", body.Children![1].Detail);

        List<DecodedToken> tokens = await TokensAsync(client);
        DecodedToken agency = Token(SourceLine, "AA\n", SemanticTokensProvider.AgencyTag) with { Length = 2 };
        Assert.Contains(agency, tokens);
        Assert.Contains(tokens, token => token.Line == agency.Line && token.Character == 0 && token.Type == SemanticTokensProvider.Source);

        Hover? hover = await HoverAsync(client, SourceLine, "AA\n");
        Assert.NotNull(hover);
        Assert.Contains("**Anadolu Ajansı** (source line agency)", hover.Contents.Value, StringComparison.Ordinal);
        Assert.Null(await HoverAsync(client, SourceLine, "Kaynak"));
    }

    [Fact]
    public async Task A_credit_highlights_its_reporter_apart_and_hovers_as_a_credit()
    {
        await using LspClient client = await OpenAsync(Credit);

        List<DecodedToken> tokens = await TokensAsync(client);
        int tagModifiers = SemanticTokensProvider.Credit;
        Assert.Contains(Token(Credit, "(", SemanticTokensProvider.AgencyTag, tagModifiers), tokens);
        Assert.Contains(Token(Credit, "Ayşe Demir", SemanticTokensProvider.Reporter, SemanticTokensProvider.Credit), tokens);
        Assert.Contains(Token(Credit, " / DHA)", SemanticTokensProvider.AgencyTag, tagModifiers), tokens);

        DocumentSymbol body = Assert.Single(await OutlineAsync(client), symbol => symbol.Name == "Body");
        DocumentSymbol credit = Assert.Single(body.Children!, symbol => symbol.Name == "Credit");
        Assert.Equal("Ayşe Demir / DHA — Demirören Haber Ajansı", credit.Detail);

        Hover? hover = await HoverAsync(client, Credit, "DHA");
        Assert.Contains("**Demirören Haber Ajansı** (credit)", hover?.Contents.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_sign_off_highlights_its_reporter_and_place_and_shows_them_in_outline_and_hover()
    {
        await using LspClient client = await OpenAsync(SignedSignOff);

        List<DecodedToken> tokens = await TokensAsync(client);
        (int line, _, _) = Find(SignedSignOff, "Ayşe DEMİR");
        // The reporter, the place and the group, each its own token; the separator and the comma are not marked.
        Assert.Equal(
            [
                Token(SignedSignOff, "Ayşe DEMİR", SemanticTokensProvider.Reporter, SemanticTokensProvider.Signed),
                Token(SignedSignOff, "İZMİR", SemanticTokensProvider.Dateline, SemanticTokensProvider.Signed),
                Token(SignedSignOff, "(DHA)", SemanticTokensProvider.AgencyTag, SemanticTokensProvider.SignOff | SemanticTokensProvider.Signed),
            ],
            tokens.Where(token => token.Line == line));

        DocumentSymbol body = Assert.Single(await OutlineAsync(client), symbol => symbol.Name == "Body");
        Assert.Equal(["Paragraph 1", "Signed sign-off"], body.Children!.Select(symbol => symbol.Name));
        Assert.Equal("Ayşe DEMİR / İZMİR, DHA — Demirören Haber Ajansı", body.Children![1].Detail);

        Hover? onGroup = await HoverAsync(client, SignedSignOff, "DHA");
        Assert.NotNull(onGroup);
        Assert.Contains("**Demirören Haber Ajansı** (signed sign-off)", onGroup.Contents.Value, StringComparison.Ordinal);
        Assert.Contains("Signed by `Ayşe DEMİR` in `İZMİR`.", onGroup.Contents.Value, StringComparison.Ordinal);
        // The hover covers the whole sign-off, so it answers on the reporter's name too.
        Hover? onReporter = await HoverAsync(client, SignedSignOff, "DEMİR");
        Assert.Equal(onGroup.Range, onReporter?.Range);
        Assert.Equal(new Range(new Position(line, 0), new Position(line, "Ayşe DEMİR / İZMİR, (DHA)".Length)), onGroup.Range);
    }

    [Fact]
    public async Task A_sign_off_signed_by_its_place_alone_names_no_reporter()
    {
        string text = SignedSignOff.Replace("Ayşe DEMİR / İZMİR, (DHA)", "KARS, (İHA)", StringComparison.Ordinal);
        await using LspClient client = await OpenAsync(text);

        List<DecodedToken> tokens = await TokensAsync(client);
        Assert.DoesNotContain(tokens, token => token.Type == SemanticTokensProvider.Reporter);
        Assert.Contains(Token(text, "KARS", SemanticTokensProvider.Dateline, SemanticTokensProvider.Signed), tokens);
        Hover? hover = await HoverAsync(client, text, "İHA");
        Assert.Contains("Signed in `KARS`.", hover?.Contents.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_end_marker_on_the_paragraphs_line_and_its_time_stamp()
    {
        await using LspClient client = await OpenAsync(InlineEndMarker);

        List<DecodedToken> tokens = await TokensAsync(client);
        (int line, int character, _) = Find(InlineEndMarker, "// انتهى //");
        DecodedToken marker = Assert.Single(tokens, token => token.Type == SemanticTokensProvider.Marker && (token.Modifiers & SemanticTokensProvider.Stamp) == 0);
        Assert.Equal((line, character, SemanticTokensProvider.Inline), (marker.Line, marker.Character, marker.Modifiers));
        Assert.Contains(Token(InlineEndMarker, "10:12 ت م", SemanticTokensProvider.Marker, SemanticTokensProvider.Inline | SemanticTokensProvider.Stamp), tokens);
        Assert.Contains(Token(InlineEndMarker, "(واس)", SemanticTokensProvider.AgencyTag), tokens);

        DocumentSymbol end = Assert.Single(await OutlineAsync(client), symbol => symbol.Name == "End marker");
        Assert.Contains("ends the last paragraph's line", end.Detail, StringComparison.Ordinal);

        Hover? hover = await HoverAsync(client, InlineEndMarker, "انتهى");
        Assert.NotNull(hover);
        Assert.Contains("**End marker**", hover.Contents.Value, StringComparison.Ordinal);
        Assert.Contains("Time stamp: `10:12 ت م`", hover.Contents.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lead_ins_in_outline_tokens_and_hover()
    {
        await using LspClient client = await OpenAsync(LeadIns);

        DocumentSymbol body = Assert.Single(await OutlineAsync(client), symbol => symbol.Name == "Body");
        Assert.Equal(["Lead-in: take label", "Lead-in: residue", "Dateline", "Paragraph 1"], body.Children!.Select(symbol => symbol.Name));
        Assert.Equal(new Position(2, 0), body.Range.Start);

        List<DecodedToken> tokens = await TokensAsync(client);
        Assert.Contains(Token(LeadIns, "إضافة خامسة وأخيرة", SemanticTokensProvider.LeadIn, SemanticTokensProvider.TakeLabel), tokens);
        Assert.Contains(Token(LeadIns, "Next Previous", SemanticTokensProvider.LeadIn, SemanticTokensProvider.Residue), tokens);

        Hover? residue = await HoverAsync(client, LeadIns, "Next");
        Assert.Contains("**Lead-in**: scraper residue", residue?.Contents.Value, StringComparison.Ordinal);
        Hover? take = await HoverAsync(client, LeadIns, "إضافة");
        Assert.Contains("**Lead-in**: the take label", take?.Contents.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_place_dateline_in_outline_tokens_and_hover()
    {
        await using LspClient client = await OpenAsync(PlaceDateline);

        DocumentSymbol body = Assert.Single(await OutlineAsync(client), symbol => symbol.Name == "Body");
        Assert.Equal(["Lead-in: residue", "Place dateline", "Paragraph 1", "Agency tag"], body.Children!.Select(symbol => symbol.Name));
        Assert.Equal("RİZE -", body.Children![1].Detail);

        List<DecodedToken> tokens = await TokensAsync(client);
        Assert.Contains(Token(PlaceDateline, "RİZE", SemanticTokensProvider.Dateline), tokens);
        Assert.Contains(Token(PlaceDateline, "-", SemanticTokensProvider.Dateline), tokens);

        Hover? place = await HoverAsync(client, PlaceDateline, "RİZE");
        Assert.NotNull(place);
        Assert.Contains("**Place dateline** `RİZE`", place.Contents.Value, StringComparison.Ordinal);
        Assert.Contains("names no agency", place.Contents.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_source_prefix_lead_in_is_highlighted_as_one()
    {
        const string text = "مقتل عشرات في مواجهات شمال البلاد\n\nسبق- وكالات: قتل نحو ثلاثين شخصا في مواجهات.\nتنبيه: جميع الحقوق محفوظة.";
        DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(text);
        LeadInSyntax prefix = Assert.Single(tree.Root.LeadIns);
        Assert.Equal(SyntaxKind.SourcePrefix, prefix.Kind);
        await using LspClient client = await OpenAsync(text);

        Assert.Contains(Token(text, prefix.Text, SemanticTokensProvider.LeadIn, SemanticTokensProvider.SourcePrefix), await TokensAsync(client));
    }

    [Theory]
    [InlineData("   DHA", "Replace the bare sign-off 'DHA' with the tag (DHA)", "   (DHA)")]
    [InlineData("AA", "Replace the bare sign-off 'AA' with the tag (AA)", "(AA)")]
    [InlineData("(dha).", "Replace '(dha).' with the canonical tag (DHA)", "(DHA)")]
    public async Task A_quick_fix_turns_a_bare_sign_off_into_the_canonical_tag(string signOff, string title, string expected)
    {
        string text = BylineAndBareSignOff.Replace("   DHA\n", signOff + "\n", StringComparison.Ordinal);
        await using LspClient client = await OpenAsync(text);
        PublishDiagnosticsParams published = await client.WaitForDiagnosticsAsync(Uri);
        Protocol.Diagnostic departure = Assert.Single(published.Diagnostics, diagnostic => diagnostic.Code == "DSP0107" && diagnostic.Range.Start.Line == 4);

        CodeAction[] actions = await client.RequestAsync<CodeAction[]>(Methods.CodeAction,
            new CodeActionParams(Document, departure.Range, new CodeActionContext { Diagnostics = [departure] }));

        CodeAction action = Assert.Single(actions);
        Assert.Equal(title, action.Title);
        Assert.Equal(CodeActionKind.QuickFix, action.Kind);
        string fixedText = TextEdits.Apply(text, Assert.Single(action.Edit!.Changes).Value);
        Assert.Equal(expected, fixedText.Split('\n')[4]);
        // The same agency signs it, and the sign-off line has no departure left.
        string agency = DispatchSyntaxTree.ParseText(text).Root.AgencyTag!.Agency!.Id;
        DispatchSyntaxTree fixedTree = DispatchSyntaxTree.ParseText(fixedText);
        Assert.Equal(agency, fixedTree.Root.AgencyTag?.Agency?.Id);
        int lineStart = fixedText.IndexOf(expected + "\n", StringComparison.Ordinal);
        Assert.DoesNotContain(fixedTree.GetDiagnostics(), diagnostic => diagnostic.Code == "DSP0107" && diagnostic.Span.Start >= lineStart);
    }
}
