using DispatchParser.Dialects;
using DispatchParser.LanguageServer.Documents;
using DispatchParser.LanguageServer.Protocol;
using DispatchParser.Syntax;
using DispatchParser.Text;
using CoreDiagnostic = DispatchParser.Diagnostics.Diagnostic;

namespace DispatchParser.LanguageServer.Features;

/// <summary>
/// Quick fixes for the diagnostics in the requested range, computed from the server's own diagnostics of
/// the current version (not from the client's copy, which may be stale):
/// DSP0002 inserts the missing blank line after the headline; DSP0202 removes the bidi control character;
/// DSP0003 adds the agency tag of the agency the legal notice names to the end of the last paragraph.
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
            (string Title, TextEdit Edit)? fix = diagnostic.Code switch
            {
                "DSP0002" => InsertSeparator(snapshot.Tree, diagnostic),
                "DSP0202" => RemoveBidiControl(snapshot.Tree, diagnostic),
                "DSP0003" => AddNoticeAgencyTag(snapshot.Tree),
                _ => null,
            };
            if (fix is not { } found) continue;
            actions.Add(new CodeAction
            {
                Title = found.Title,
                Kind = CodeActionKind.QuickFix,
                Diagnostics = [DiagnosticConverter.Convert(snapshot, diagnostic)],
                IsPreferred = true,
                Edit = new WorkspaceEdit(new Dictionary<string, IReadOnlyList<TextEdit>> { [snapshot.Uri] = [found.Edit] }),
            });
        }
        return actions;
    }

    /// <summary>Code action kinds are hierarchical: <c>quickfix</c> is asked for by <c>quickfix</c> (and by the empty kind).</summary>
    private static bool Matches(string kind, string requested) =>
        requested.Length == 0 || kind == requested || kind.StartsWith(requested + ".", StringComparison.Ordinal);

    /// <summary>The separator goes after the headline's line break (or, in a one-line text, after the headline and a new break).</summary>
    private static (string, TextEdit) InsertSeparator(DispatchSyntaxTree tree, CoreDiagnostic diagnostic)
    {
        _ = diagnostic;
        SourceText text = tree.Text;
        string lineBreak = LineBreakOf(text);
        int position = tree.Root.Headline.FullSpan.End;
        bool afterBreak = position > 0 && text[position - 1] is '\n' or '\r';
        string insert = afterBreak ? lineBreak : lineBreak + lineBreak;
        Position at = text.ToPosition(position);
        return ("Insert a blank line after the headline", new TextEdit(new Protocol.Range(at, at), insert));
    }

    private static (string, TextEdit) RemoveBidiControl(DispatchSyntaxTree tree, CoreDiagnostic diagnostic)
    {
        string character = tree.Text.ToString(diagnostic.Span);
        string name = character.Length == 1 ? $"U+{(int)character[0]:X4}" : "the bidirectional control character";
        return ($"Remove bidirectional control character {name}", new TextEdit(tree.Text.ToRange(diagnostic.Span), string.Empty));
    }

    /// <summary>The tag goes at the end of the last paragraph, in the spelling the notice uses when that is an alias.</summary>
    private static (string, TextEdit)? AddNoticeAgencyTag(DispatchSyntaxTree tree)
    {
        DocumentSyntax root = tree.Root;
        if (root.Paragraphs.LastOrDefault() is not { } last) return null;
        if (NoticeAgency.Find(root) is not { } named) return null;
        Agency agency = named.Agency;
        string alias = agency.Aliases.Contains(named.Spelling, StringComparer.Ordinal) ? named.Spelling : agency.Aliases[0];
        Position at = tree.Text.ToPosition(last.Span.End);
        string tag = $"({alias})";
        return ($"Add agency tag {tag} ({agency.Name}, named by the legal notice)", new TextEdit(new Protocol.Range(at, at), " " + tag));
    }

    /// <summary>The text's first line break, so an inserted line matches the document's convention; LF when it has none.</summary>
    private static string LineBreakOf(SourceText text)
    {
        int index = text.AsSpan().IndexOfAny('\r', '\n');
        if (index < 0) return "\n";
        if (text[index] == '\n') return "\n";
        return index + 1 < text.Length && text[index + 1] == '\n' ? "\r\n" : "\r";
    }
}
