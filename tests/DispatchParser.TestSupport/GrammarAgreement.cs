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
    /// (well-formed exactly when the hand-written parser reports no error under <c>strict</c> but the wrapped layout's
    /// DSP0108), the same layout (the grammar's pre-pass and the parser's decision) and, on
    /// well-formed input, the same parts at the same spans.
    /// </summary>
    public static string? Disagreement(string text, GrammarLexer lexer = GrammarLexer.Antlr)
    {
        GrammarParseResult reference = DispatchGrammar.Parse(text, lexer);
        DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(text, ParseOptions.Strict);
        // The wrapped layout is an error under strict (DSP0108) but no grammar error: the grammar reads the logical lines.
        bool handWellFormed = !tree.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error && d.Descriptor != DiagnosticCodes.WrappedLayout);
        bool handWrapped = tree.Root.Layout == DocumentLayout.Wrapped;
        if (reference.IsWrapped != handWrapped)
            return $"the layout pre-pass says {(reference.IsWrapped ? "wrapped" : "canonical")}, the hand-written parser disagrees";
        if (reference.IsWellFormed != handWellFormed)
        {
            string why = reference.IsWellFormed
                ? "hand-written parser reports " + string.Join(", ", tree.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && d.Descriptor != DiagnosticCodes.WrappedLayout))
                : "grammar reports " + string.Join("; ", reference.Errors.Select(e => $"{e.Line}:{e.Column} {e.Message}"));
            return $"grammar says {(reference.IsWellFormed ? "well-formed" : "malformed")}, hand-written parser disagrees: {why}";
        }
        if (!reference.IsWellFormed) return null;
        string expected = CoreParts.Describe(reference.Lower());
        string actual = CoreParts.Describe(CoreParts.From(tree.Root, text));
        return expected == actual ? null : $"parts differ:\n--- grammar\n{expected}\n--- hand-written\n{actual}";
    }
}
