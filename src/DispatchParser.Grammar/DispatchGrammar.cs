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
    /// Parses <paramref name="text"/> with the generated lexer and parser. Never throws on any
    /// string (lone surrogates, NUL, any line-ending mix): errors are collected instead.
    /// </summary>
    public static GrammarParseResult Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // AntlrInputStream reads UTF-16 code units one by one: no decoding, so no exception on
        // lone surrogates (unlike CharStreams.fromString, which walks code points).
        var errors = new GrammarErrorCollector(text);
        var lexer = new DispatchLexer(new AntlrInputStream(text), TextWriter.Null, TextWriter.Null);
        lexer.RemoveErrorListeners();
        lexer.AddErrorListener(errors);

        var tokens = new CommonTokenStream(lexer);
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

        return new GrammarParseResult(text, tree, [.. tokens.GetTokens()], errors.Errors);
    }
}
