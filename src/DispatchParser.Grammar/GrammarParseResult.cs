using Antlr4.Runtime;
using DispatchParser.Grammar.Generated;
using GeneratedParser = DispatchParser.Grammar.Generated.DispatchParser;

namespace DispatchParser.Grammar;

/// <summary>
/// The outcome of running the ANTLR-generated parser over a text: the parse tree, the tokens
/// and the syntax errors of both the lexer and the parser.
/// </summary>
public sealed class GrammarParseResult
{
    internal GrammarParseResult(
        string text,
        GeneratedParser.DispatchContext tree,
        IReadOnlyList<IToken> tokens,
        IReadOnlyList<GrammarSyntaxError> errors,
        bool isWrapped = false,
        string? input = null)
    {
        Text = text;
        Input = input ?? text;
        IsWrapped = isWrapped;
        Tree = tree;
        Tokens = tokens;
        Errors = errors;
    }

    /// <summary>The parsed text.</summary>
    public string Text { get; }

    /// <summary>
    /// The text the grammar read: <see cref="Text"/> itself, or in the wrapped layout the folded text (every fold's line
    /// break a space, grammar/README.md 1.1; the same length). The lines are lowered from it; the parts' texts are read
    /// from <see cref="Text"/> with each fold joined to one space.
    /// </summary>
    public string Input { get; }

    /// <summary>The root of the ANTLR parse tree (rule <c>dispatch</c>).</summary>
    public GeneratedParser.DispatchContext Tree { get; }

    /// <summary>Every token the lexer produced, ending with EOF.</summary>
    public IReadOnlyList<IToken> Tokens { get; }

    /// <summary>Lexer and parser errors, in the order they were reported.</summary>
    public IReadOnlyList<GrammarSyntaxError> Errors { get; }

    /// <summary>True when the text has the wrapped layout (grammar/README.md, section 1.1): the grammar read its logical lines.</summary>
    public bool IsWrapped { get; }

    /// <summary>True when the grammar accepts the text (no error at all).</summary>
    public bool IsWellFormed => Errors.Count == 0;

    /// <summary>The symbolic name of a token type (<c>TEXT_LINE</c>, <c>NL</c>, …).</summary>
    public static string TokenName(int tokenType) =>
        DispatchLexer.DefaultVocabulary.GetSymbolicName(tokenType) ?? tokenType.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Lowers the parse into the parts of the dispatch (README.md section 4).</summary>
    public DispatchParts Lower() => DispatchPartsLowering.Lower(this);
}
