using DispatchParser.Analysis;
using DispatchParser.LanguageServer.Documents;
using DispatchParser.LanguageServer.Protocol;
using DispatchParser.Text;
using CoreDiagnostic = DispatchParser.Diagnostics.Diagnostic;

namespace DispatchParser.LanguageServer.Features;

/// <summary>
/// Quick fixes for the diagnostics in the requested range, computed from the server's own diagnostics of
/// the current version (not from the client's copy, which may be stale). The fixes themselves are the
/// core's <see cref="CodeFixes"/>, which <c>dispatch check --fix</c> applies too; this turns them into
/// LSP code actions.
/// </summary>
internal static class QuickFixes
{
    public static IReadOnlyList<CodeAction> Compute(DocumentSnapshot snapshot, TextSpan range, IReadOnlyList<string>? only)
    {
        if (only is not null && !only.Any(kind => Matches(CodeActionKind.QuickFix, kind))) return [];
        var actions = new List<CodeAction>();
        foreach (CoreDiagnostic diagnostic in snapshot.Diagnostics)
        {
            if (!diagnostic.Span.IntersectsWith(range)) continue;
            if (CodeFixes.For(snapshot.Tree, diagnostic) is not { } fix) continue;
            var edit = new TextEdit(snapshot.Tree.Text.ToRange(fix.Change.Span), fix.Change.NewText);
            actions.Add(new CodeAction
            {
                Title = fix.Title,
                Kind = CodeActionKind.QuickFix,
                Diagnostics = [DiagnosticConverter.Convert(snapshot, diagnostic)],
                IsPreferred = true,
                Edit = new WorkspaceEdit(new Dictionary<string, IReadOnlyList<TextEdit>> { [snapshot.Uri] = [edit] }),
            });
        }
        return actions;
    }

    /// <summary>Code action kinds are hierarchical: <c>quickfix</c> is asked for by <c>quickfix</c> (and by the empty kind).</summary>
    private static bool Matches(string kind, string requested) =>
        requested.Length == 0 || kind == requested || kind.StartsWith(requested + ".", StringComparison.Ordinal);
}
