namespace DispatchParser.Grammar;

/// <summary>
/// A syntax error reported by the ANTLR-generated lexer or parser.
/// </summary>
/// <param name="Line">1-based line, as ANTLR counts lines (only LF starts a new line).</param>
/// <param name="Column">0-based column in UTF-16 code units, as ANTLR reports it.</param>
/// <param name="Offset">0-based offset of the offending text in UTF-16 code units.</param>
/// <param name="Message">ANTLR's message.</param>
public sealed record GrammarSyntaxError(int Line, int Column, int Offset, string Message);
