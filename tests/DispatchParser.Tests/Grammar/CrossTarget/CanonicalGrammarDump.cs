using System.Text;
using Antlr4.Runtime;
using Antlr4.Runtime.Tree;
using DispatchParser.Grammar;
using GeneratedParser = DispatchParser.Grammar.Generated.DispatchParser;

namespace DispatchParser.Tests.Grammar.CrossTarget;

/// <summary>
/// The canonical dump of one parse by the generated C# parser, in the format the Java and
/// JavaScript drivers print (tests/DispatchParser.Targets/README.md): one <c>T</c> line per token
/// (symbolic name, start and stop index, line:column, channel), one <c>P</c> line with the parse
/// tree (rules in parentheses, terminals as NAME@tokenIndex, error nodes prefixed with '!'), and
/// one <c>E line:column</c> line per syntax error.
/// </summary>
internal static class CanonicalGrammarDump
{
    public static string Of(GrammarParseResult result)
    {
        var builder = new StringBuilder();
        foreach (IToken token in result.Tokens)
        {
            builder.Append("T ").Append(GrammarParseResult.TokenName(token.Type)).Append(' ')
                .Append(token.StartIndex).Append(' ').Append(token.StopIndex).Append(' ')
                .Append(token.Line).Append(':').Append(token.Column).Append(' ')
                .Append(token.Channel).Append('\n');
        }

        builder.Append("P ");
        WriteTree(result.Tree, builder);
        builder.Append('\n');
        foreach (GrammarSyntaxError error in result.Errors)
        {
            builder.Append("E ").Append(error.Line).Append(':').Append(error.Column).Append('\n');
        }

        return builder.ToString();
    }

    private static void WriteTree(IParseTree node, StringBuilder builder)
    {
        if (node is ITerminalNode terminal)
        {
            if (node is IErrorNode)
            {
                builder.Append('!');
            }

            string name = terminal.Symbol.Type == TokenConstants.EOF ? "EOF" : GrammarParseResult.TokenName(terminal.Symbol.Type);
            builder.Append(name).Append('@').Append(terminal.Symbol.TokenIndex);
            return;
        }

        var rule = (ParserRuleContext)node;
        builder.Append('(').Append(GeneratedParser.ruleNames[rule.RuleIndex]);
        for (int i = 0; i < rule.ChildCount; i++)
        {
            builder.Append(' ');
            WriteTree(rule.GetChild(i), builder);
        }

        builder.Append(')');
    }
}
