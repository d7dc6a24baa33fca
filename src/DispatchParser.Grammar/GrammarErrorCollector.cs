using Antlr4.Runtime;

namespace DispatchParser.Grammar;

/// <summary>Collects the errors of the lexer and of the parser into one list.</summary>
internal sealed class GrammarErrorCollector : IAntlrErrorListener<int>, IAntlrErrorListener<IToken>
{
    private readonly string _text;
    private readonly List<GrammarSyntaxError> _errors = [];

    public GrammarErrorCollector(string text) => _text = text;

    public IReadOnlyList<GrammarSyntaxError> Errors => _errors;

    // Lexer errors: the offending symbol is a character, e carries the start index when present.
    public void SyntaxError(TextWriter output, IRecognizer recognizer, int offendingSymbol, int line,
        int charPositionInLine, string msg, RecognitionException e)
    {
        var offset = e is LexerNoViableAltException lexerError
            ? lexerError.StartIndex
            : OffsetOf(line, charPositionInLine);
        Add(line, charPositionInLine, offset, msg);
    }

    // Parser errors: the offending symbol is a token (EOF's start index is the text's length).
    public void SyntaxError(TextWriter output, IRecognizer recognizer, IToken offendingSymbol, int line,
        int charPositionInLine, string msg, RecognitionException e)
    {
        var offset = offendingSymbol is { StartIndex: >= 0 } token
            ? token.StartIndex
            : OffsetOf(line, charPositionInLine);
        Add(line, charPositionInLine, offset, msg);
    }

    private void Add(int line, int column, int offset, string message) =>
        _errors.Add(new GrammarSyntaxError(line, column, Math.Clamp(offset, 0, _text.Length), message ?? string.Empty));

    // ANTLR counts lines by LF only; map its (line, column) back to an offset the same way.
    private int OffsetOf(int line, int column)
    {
        var lineStart = 0;
        for (var current = 1; current < line; current++)
        {
            var next = _text.IndexOf('\n', lineStart);
            if (next < 0)
            {
                break;
            }

            lineStart = next + 1;
        }

        return lineStart + Math.Max(column, 0);
    }
}
