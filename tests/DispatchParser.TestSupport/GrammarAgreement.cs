using DispatchParser.Diagnostics;
using DispatchParser.Grammar;
using DispatchParser.Syntax;

namespace DispatchParser.TestSupport;

/// <summary>
/// The differential check of the hand-written parser against the generated one (the grammar is the reference),
/// used by the differential tests and the fuzz harness's differential target.
/// </summary>
public static class GrammarAgreement
{
    /// <summary>
    /// Why the two parsers disagree on <paramref name="text"/>, or null when they agree: the same verdict
    /// (well-formed exactly when the hand-written parser reports no error under <c>strict</c>) and, on
    /// well-formed input, the same parts at the same spans.
    /// </summary>
    public static string? Disagreement(string text, GrammarLexer lexer = GrammarLexer.Antlr)
    {
        GrammarParseResult reference = DispatchGrammar.Parse(text, lexer);
        DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(text, ParseOptions.Strict);
        bool handWellFormed = !tree.HasErrors;
        if (reference.IsWellFormed != handWellFormed)
        {
            string why = reference.IsWellFormed
                ? "hand-written parser reports " + string.Join(", ", tree.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error))
                : "grammar reports " + string.Join("; ", reference.Errors.Select(e => $"{e.Line}:{e.Column} {e.Message}"));
            return $"grammar says {(reference.IsWellFormed ? "well-formed" : "malformed")}, hand-written parser disagrees: {why}";
        }
        if (!reference.IsWellFormed) return null;
        string expected = CoreParts.Describe(reference.Lower());
        string actual = CoreParts.Describe(CoreParts.From(tree.Root, text));
        return expected == actual ? null : $"parts differ:\n--- grammar\n{expected}\n--- hand-written\n{actual}";
    }
}
