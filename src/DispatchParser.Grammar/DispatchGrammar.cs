using Antlr4.Runtime;
using Antlr4.Runtime.Atn;
using Antlr4.Runtime.Misc;
using DispatchParser.Grammar.Generated;
using GeneratedParser = DispatchParser.Grammar.Generated.DispatchParser;

namespace DispatchParser.Grammar;

/// <summary>
/// Entry point to the parser generated from the normative grammar (grammar/*.g4).
/// </summary>
public static class DispatchGrammar
{
    /// <summary>
    /// Parses <paramref name="text"/> with the generated parser, fed by <paramref name="lexer"/>: by
    /// default the fast <see cref="DispatchTokenSource"/> over the hand-written line classifier, which
    /// gives exactly the generated lexer's token stream; <see cref="GrammarLexer.Antlr"/> runs the
    /// generated ANTLR lexer itself (the reference). Never throws on any string (lone surrogates, NUL,
    /// any line-ending mix): errors are collected instead.
    /// With <paramref name="fold"/> (the default) the grammar reads the text's logical lines: the layout pre-pass of
    /// grammar/README.md section 1.1 first replaces every fold (a line break before a continuation line) by a space,
    /// which keeps every offset; without it the grammar reads the physical lines as they are.
    /// </summary>
    public static GrammarParseResult Parse(string text, GrammarLexer lexer = GrammarLexer.LineClassifier, bool fold = true)
    {
        ArgumentNullException.ThrowIfNull(text);

        string input = fold ? Fold(text) : text;
        var errors = new GrammarErrorCollector(input);
        var tokens = new CommonTokenStream(CreateTokenSource(input, lexer, errors));
        tokens.Fill();

        var parser = new GeneratedParser(tokens, TextWriter.Null, TextWriter.Null);
        parser.RemoveErrorListeners();

        // Stage 1: fast SLL prediction that bails out on the first error without reporting it.
        parser.Interpreter.PredictionMode = PredictionMode.SLL;
        parser.ErrorHandler = new BailErrorStrategy();
        GeneratedParser.DispatchContext tree;
        try
        {
            tree = parser.dispatch();
        }
        catch (ParseCanceledException)
        {
            // Stage 2: full LL with error reporting and recovery, from the first token again.
            tokens.Seek(0);
            parser.Reset();
            parser.AddErrorListener(errors);
            parser.ErrorHandler = new DefaultErrorStrategy();
            parser.Interpreter.PredictionMode = PredictionMode.LL;
            tree = parser.dispatch();
        }

        return new GrammarParseResult(text, tree, [.. tokens.GetTokens()], errors.Errors, isWrapped: !ReferenceEquals(input, text), input);
    }

    /// <summary>
    /// The text the grammar reads in the wrapped layout (grammar/README.md, section 1.1): every fold — the line break before
    /// a continuation line — replaced by spaces, so offsets stay the same; the text itself in the canonical layout.
    /// </summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return DispatchParser.Parsing.LayoutRule.Fold(text);
    }

    /// <summary>The token source <see cref="Parse"/> feeds the generated parser with.</summary>
    public static ITokenSource CreateTokenSource(string text, GrammarLexer lexer = GrammarLexer.LineClassifier) =>
        CreateTokenSource(text, lexer, errors: null);

    private static ITokenSource CreateTokenSource(string text, GrammarLexer lexer, GrammarErrorCollector? errors)
    {
        if (lexer == GrammarLexer.LineClassifier)
        {
            // Every line is a token of some class, so the classifier never meets a lexer error.
            return new DispatchTokenSource(text);
        }

        // AntlrInputStream reads UTF-16 code units one by one: no decoding, so no exception on
        // lone surrogates (unlike CharStreams.fromString, which walks code points).
        var antlrLexer = new DispatchLexer(new AntlrInputStream(text), TextWriter.Null, TextWriter.Null);
        antlrLexer.RemoveErrorListeners();
        if (errors is not null)
        {
            antlrLexer.AddErrorListener(errors);
        }

        return antlrLexer;
    }
}

/// <summary>What turns the text into tokens for the generated parser.</summary>
public enum GrammarLexer
{
    /// <summary><see cref="DispatchTokenSource"/>: the hand-written line classifier, same tokens, fast on any script.</summary>
    LineClassifier,

    /// <summary>The ANTLR lexer generated from grammar/DispatchLexer.g4: the reference, slow on non-ASCII text.</summary>
    Antlr,
}
