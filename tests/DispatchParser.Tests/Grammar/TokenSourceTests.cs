using Antlr4.Runtime;
using DispatchParser.Grammar;
using DispatchParser.Tests.Properties;
using DispatchParser.Tests.Properties.Generators;
using Xunit.Abstractions;

namespace DispatchParser.Tests.Grammar;

/// <summary>
/// <see cref="DispatchTokenSource"/> (the generated parser's default token source, over the
/// hand-written line classifier) produces exactly the token stream of the ANTLR lexer generated from
/// grammar/DispatchLexer.g4: type, start and stop index, line, column, channel, token index, EOF —
/// on generated, mutated and arbitrary inputs, the conformance files and the corpus.
/// </summary>
public sealed class TokenSourceTests(ITestOutputHelper output)
{
    /// <summary>Where the two token streams first differ, or null when they are equal.</summary>
    internal static string? Difference(string text)
    {
        IList<IToken> expected = Tokens(text, GrammarLexer.Antlr);
        IList<IToken> actual = Tokens(text, GrammarLexer.LineClassifier);
        for (int i = 0; i < Math.Max(expected.Count, actual.Count); i++)
        {
            string want = i < expected.Count ? Describe(expected[i]) : "(none)";
            string got = i < actual.Count ? Describe(actual[i]) : "(none)";
            if (want != got)
            {
                return $"token {i}: ANTLR lexer {want}, token source {got}";
            }
        }

        return null;
    }

    [Fact]
    public void Token_streams_are_equal_on_generated_well_formed_dispatches() =>
        PropertyRunner.Check(output, WellFormedGenerators.Small(12), dispatch => Require(dispatch.Text));

    [Fact]
    public void Token_streams_are_equal_on_mutated_dispatches() =>
        PropertyRunner.Check(output, MalformedGenerators.SmallMutated(), text => Require(text.Text));

    [Fact]
    public void Token_streams_are_equal_on_bodies_assembled_from_head_and_end_shapes() =>
        PropertyRunner.Check(output, BodyShapeGenerators.Dispatches(), text => Require(text.Text));

    [Fact]
    public void Token_streams_are_equal_on_arbitrary_strings() =>
        PropertyRunner.Check(output, UnicodeGenerators.ShortStrings(), text => Require(text.Text));

    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF")]
    [InlineData("\uFEFF\uFEFFBaşlık\r\n\r\nMetin. (AA)\rYASAL UYARI: x\n")]
    [InlineData(" \uFEFF \n\t\n\r\r\n")]
    [InlineData("a\ud800b\n\udc00")]
    [InlineData("n\uFEFF.")] // regression: the classifier read a lead line (U+FEFF before the full stop), the lexer a text line
    [InlineData("Başlık\n\nMetin\uFEFF.\n")]
    public void Token_streams_are_equal_on_edge_cases(string text) => Require(text);

    [Fact]
    public void Token_streams_are_equal_on_every_conformance_file()
    {
        int files = 0;
        foreach (string path in Directory.EnumerateFiles(TestPaths.ConformanceDirectory, "*.txt", SearchOption.AllDirectories))
        {
            Require(TestText.ReadExact(path), path);
            files++;
        }

        Assert.True(files > 50, $"only {files} conformance files found");
    }

    [SkippableFact]
    public void Token_streams_are_equal_on_every_corpus_file()
    {
        Skip.IfNot(TestPaths.CorpusAvailable, TestPaths.CorpusAbsent);
        int files = 0;
        foreach (string path in Directory.EnumerateFiles(TestPaths.CorpusDirectory, "*.txt", SearchOption.AllDirectories))
        {
            Require(TestText.ReadExact(path), path);
            files++;
        }

        output.WriteLine($"{files} corpus files: equal token streams");
        Assert.True(files > 300, $"only {files} corpus files found");
    }

    [Fact]
    public void The_parse_tree_is_the_same_with_either_token_source()
    {
        const string text = "Başlık\n\nANKARA (AA) - Metin.\nİkinci paragraf. (AA)\nYASAL UYARI: Tüm hakları saklıdır.\nKısa haber.";
        GrammarParseResult fast = DispatchGrammar.Parse(text);
        GrammarParseResult reference = DispatchGrammar.Parse(text, GrammarLexer.Antlr);
        Assert.True(fast.IsWellFormed);
        Assert.Equal(reference.Tree.ToStringTree(), fast.Tree.ToStringTree());
        Assert.Equal(reference.Lower().Paragraphs.Select(p => p.Text), fast.Lower().Paragraphs.Select(p => p.Text));
    }

    private static void Require(string text) => Require(text, null);

    private static void Require(string text, string? origin)
    {
        if (Difference(text) is { } difference)
        {
            throw new InvalidOperationException($"{origin ?? Escaping.Literal(text)}: {difference}");
        }
    }

    private static IList<IToken> Tokens(string text, GrammarLexer lexer)
    {
        var stream = new CommonTokenStream(DispatchGrammar.CreateTokenSource(text, lexer));
        stream.Fill();
        return stream.GetTokens();
    }

    private static string Describe(IToken token) =>
        $"{GrammarParseResult.TokenName(token.Type)} [{token.StartIndex}..{token.StopIndex}] {token.Line}:{token.Column} ch{token.Channel} #{token.TokenIndex} '{Escaping.Literal(token.Text ?? string.Empty)}'";
}
