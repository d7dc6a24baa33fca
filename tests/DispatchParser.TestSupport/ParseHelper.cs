using DispatchParser.Text;
using DispatchParser.Diagnostics;
using DispatchParser.Syntax;

namespace DispatchParser.TestSupport;

/// <summary>
/// Parses and checks, for every test for free, the invariants every tree must keep: losslessness,
/// tokens that tile the text, spans that slice their own text, and FindToken agreeing with them.
/// </summary>
public static class ParseHelper
{
    public static DispatchSyntaxTree Parse(string text, ParseOptions? options = null)
    {
        DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(text, options ?? ParseOptions.Strict);
        CheckInvariants(tree, text);
        return tree;
    }

    public static void CheckInvariants(DispatchSyntaxTree tree, string text)
    {
        DocumentSyntax root = tree.Root;
        Assert.Equal(text, root.ToFullString());
        Assert.Equal(new TextSpan(0, text.Length), root.FullSpan);

        int expected = 0;
        foreach (SyntaxToken token in root.DescendantTokens())
        {
            Assert.Equal(expected, token.FullSpan.Start);
            Assert.Equal(token.Text, text.Substring(token.Span.Start, token.Span.Length));
            Assert.Equal(token.ToFullString(), text.Substring(token.FullSpan.Start, token.FullSpan.Length));
            int triviaPosition = token.FullSpan.Start;
            foreach (SyntaxTrivia trivia in token.LeadingTrivia)
            {
                Assert.Equal(triviaPosition, trivia.Span.Start);
                Assert.Equal(trivia.Text, text.Substring(trivia.Span.Start, trivia.Span.Length));
                triviaPosition = trivia.Span.End;
            }
            Assert.Equal(triviaPosition, token.Span.Start);
            if (token.FullSpan.Length > 0)
            {
                Assert.Equal(token, root.FindToken(token.FullSpan.Start));
                Assert.Equal(token, root.FindToken(token.FullSpan.End - 1));
            }
            expected = token.FullSpan.End;
        }
        Assert.Equal(text.Length, expected);
        Assert.Equal(SyntaxKind.EndOfFileToken, root.FindToken(text.Length).Kind);
    }

    /// <summary>The codes of the diagnostics of error severity.</summary>
    public static string[] ErrorCodes(DispatchSyntaxTree tree) =>
        tree.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Code).ToArray();

    public static string[] Codes(DispatchSyntaxTree tree) => tree.GetDiagnostics().Select(d => d.Code).ToArray();
}
