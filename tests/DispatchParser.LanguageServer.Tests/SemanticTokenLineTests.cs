using DispatchParser.LanguageServer.Features;
using DispatchParser.LanguageServer.Protocol;
using DispatchParser.LanguageServer.Tests.Infrastructure;
using DispatchParser.Syntax;
using DispatchParser.Text;

namespace DispatchParser.LanguageServer.Tests;

/// <summary>
/// Semantic tokens never span lines (a client without multilineTokenSupport rejects such a token): a part over several
/// physical lines of the wrapped layout is one token per line, on that line's text — without the line break, the
/// wrapped line's trailing whitespace or the next line's indentation — and the headline, tag and notice tokens stay on
/// their lines too.
/// </summary>
public sealed class SemanticTokenLineTests
{
    private const string Fragment = "                ";

    /// <summary>Fragments inside the paragraphs, and a brief that runs over three physical lines (written for this test).</summary>
    private const string WrappedBrief =
        "Belediye yeni parkı açtı\n" +
        "\n" +
        "KONYA (AA) - Belediye Başkanı, şehrin \n" +
        Fragment + "merkezinde yapılan parkı açtı.\n" +
        "Törene çok sayıda \n" +
        Fragment + "Konya \n" +
        Fragment + "sakini katıldı. (AA)\n" +
        "YASAL UYARI: Yayınlanan haberlerin tüm hakları Anadolu Ajansı'na aittir.\n" +
        "Kentte su kesintisi  \n" +
        Fragment + "yarın sabaha \n" +
        Fragment + "kadar sürecek.\n";

    [Fact]
    public async Task A_brief_over_three_lines_is_three_tokens_each_on_its_lines_text()
    {
        DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(WrappedBrief);
        Assert.Equal(DocumentLayout.Wrapped, tree.Root.Layout);
        Assert.Equal("Kentte su kesintisi yarın sabaha kadar sürecek.", Assert.Single(tree.Root.Briefs).Text);

        await using LspClient client = await LspClient.StartInitializedAsync();
        await client.OpenAsync(Samples.Uri, WrappedBrief);
        List<DecodedToken> tokens = DecodedToken.Decode(
            (await client.RequestAsync<SemanticTokens>(Methods.SemanticTokensFull, new TextDocumentParams(new TextDocumentIdentifier(Samples.Uri)))).Data);

        Assert.Equal(
            [
                new DecodedToken(8, 0, "Kentte su kesintisi".Length, SemanticTokensProvider.Brief, 0),
                new DecodedToken(9, Fragment.Length, "yarın sabaha".Length, SemanticTokensProvider.Brief, 0),
                new DecodedToken(10, Fragment.Length, "kadar sürecek.".Length, SemanticTokensProvider.Brief, 0),
            ],
            tokens.Where(token => token.Type == SemanticTokensProvider.Brief));
        // The headline, the dateline, the tag ending the wrapped paragraph and the notice: each on its own line.
        Assert.Contains(new DecodedToken(0, 0, "Belediye yeni parkı açtı".Length, SemanticTokensProvider.Headline, 0), tokens);
        Assert.Contains(new DecodedToken(2, "KONYA ".Length, "(AA)".Length, SemanticTokensProvider.AgencyTag, 0), tokens);
        Assert.Contains(new DecodedToken(6, Fragment.Length + "sakini katıldı. ".Length, "(AA)".Length, SemanticTokensProvider.AgencyTag, 0), tokens);
        Assert.Contains(tokens, token => token is { Line: 7, Character: 0, Type: SemanticTokensProvider.Notice });
        AssertEveryTokenOnOneLinesText(WrappedBrief, tokens);
    }

    [Fact]
    public void A_lead_in_over_two_lines_is_two_tokens()
    {
        // A take label continued by a fragment line, then the story (written for this test).
        const string text = "مجلس الوزراء يقر تنظيم الهيئة\n\nإضافة أولى\n" + Fragment + "وأخيرة\nالرياض – واس\nوقرر المجلس الموافقة على تنظيم الهيئة.\n// انتهى //\nتنبيه: جميع الحقوق محفوظة.";
        DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(text);
        LeadInSyntax leadIn = Assert.Single(tree.Root.LeadIns);
        Assert.Contains('\n', leadIn.TextToken.Text);

        List<DecodedToken> tokens = Tokens(tree);
        Assert.Equal(
            [
                new DecodedToken(2, 0, "إضافة أولى".Length, SemanticTokensProvider.LeadIn, SemanticTokensProvider.TakeLabel),
                new DecodedToken(3, Fragment.Length, "وأخيرة".Length, SemanticTokensProvider.LeadIn, SemanticTokensProvider.TakeLabel),
            ],
            tokens.Where(token => token.Type == SemanticTokensProvider.LeadIn));
        AssertEveryTokenOnOneLinesText(text, tokens);
    }

    [Fact]
    public void Line_breaks_of_every_kind_cut_a_token()
    {
        // The same wrapped brief with CRLF and with CR-only line breaks: LSP counts both as line ends.
        foreach (string lineBreak in new[] { "\r\n", "\r" })
        {
            string text = WrappedBrief.Replace("\n", lineBreak, StringComparison.Ordinal);
            List<DecodedToken> tokens = Tokens(DispatchSyntaxTree.ParseText(text));
            Assert.Equal([8, 9, 10], tokens.Where(token => token.Type == SemanticTokensProvider.Brief).Select(token => token.Line));
            AssertEveryTokenOnOneLinesText(text, tokens);
        }
    }

    public static TheoryData<string> ConformanceFiles() =>
        [.. TestPaths.ValidConformanceFiles().Concat(TestPaths.InvalidConformanceFiles())
            .Select(path => Path.GetRelativePath(TestPaths.ConformanceDirectory, path))];

    [Theory]
    [MemberData(nameof(ConformanceFiles))]
    public void Every_conformance_files_tokens_stay_on_one_lines_text(string name)
    {
        string text = TestText.ReadExact(Path.Combine(TestPaths.ConformanceDirectory, name));
        AssertEveryTokenOnOneLinesText(text, Tokens(DispatchSyntaxTree.ParseText(text)));
    }

    [SkippableFact]
    public void Every_corpus_files_tokens_stay_on_one_lines_text()
    {
        Skip.IfNot(TestPaths.CorpusAvailable, TestPaths.CorpusAbsent);
        string[] files = [.. Directory.EnumerateFiles(TestPaths.CorpusDirectory, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];
        Assert.NotEmpty(files);
        int wrapped = 0;
        foreach (string file in files)
        {
            string text = TestText.ReadExact(file);
            DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(text);
            if (tree.Root.Layout == DocumentLayout.Wrapped) wrapped++;
            AssertEveryTokenOnOneLinesText(text, Tokens(tree), Path.GetRelativePath(TestPaths.CorpusDirectory, file));
        }
        // The sweep covers the wrapped layout, not only one paragraph per line.
        Assert.True(wrapped > 0, "no corpus file has the wrapped layout");
    }

    private static List<DecodedToken> Tokens(DispatchSyntaxTree tree) => DecodedToken.Decode(SemanticTokensProvider.Compute(tree).Data);

    /// <summary>
    /// Every token lies inside one physical line (its break excluded), holds no whitespace at the line's start or end
    /// (indentation, trailing whitespace), and no two tokens overlap.
    /// </summary>
    private static void AssertEveryTokenOnOneLinesText(string text, List<DecodedToken> tokens, string? where = null)
    {
        var source = SourceText.From(text);
        DecodedToken? previous = null;
        foreach (DecodedToken token in tokens)
        {
            string at = $"{where} token {token}";
            Assert.True(token.Line < source.LineCount, at);
            TextSpan line = source.GetLine(token.Line).Span;
            Assert.True(token.Character + token.Length <= line.Length, $"{at} runs past its line ({line.Length} characters)");
            string lineText = source.ToString(line);
            string tokenText = lineText.Substring(token.Character, token.Length);
            if (lineText[..token.Character].All(IsWhitespace))
                Assert.False(IsWhitespace(tokenText[0]), $"{at} starts with the line's indentation");
            if (lineText[(token.Character + token.Length)..].All(IsWhitespace))
                Assert.False(IsWhitespace(tokenText[^1]), $"{at} ends with the line's trailing whitespace");
            if (previous is { } before && before.Line == token.Line)
                Assert.True(before.Character + before.Length <= token.Character, $"{at} overlaps {before}");
            previous = token;
        }
    }

    /// <summary>The grammar's whitespace W (grammar/README.md section 1), which every part is trimmed of.</summary>
    private static bool IsWhitespace(char c) =>
        c is ' ' or '\t' or '\u000B' or '\u000C' or '\u00A0' or '\u1680' or (>= '\u2000' and <= '\u200A') or '\u202F' or '\u205F' or '\u3000';
}
