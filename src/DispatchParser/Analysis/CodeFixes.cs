using DispatchParser.Diagnostics;
using DispatchParser.Dialects;
using DispatchParser.Syntax;
using DispatchParser.Text;

namespace DispatchParser.Analysis;

/// <summary>A fix for one diagnostic: what it does, in words, and the change to the text that does it.</summary>
public sealed record CodeFix(string Title, Diagnostic Diagnostic, TextChange Change);

/// <summary>
/// The fixes the front ends offer (the language server as quick fixes, <c>dispatch check --fix</c> applied
/// to files), written once: DSP0002 inserts the missing blank line after the headline; DSP0202 removes the
/// bidirectional control character; DSP0003 adds the tag of the agency the legal notice names to the end
/// of the last paragraph; DSP0107 turns a bare sign-off (<c>AA</c>), a lower-case tag (<c>(dha)</c>) or a tag
/// followed by a full stop into the canonical tag (<c>(AA)</c>, <c>(DHA)</c>).
/// </summary>
public static class CodeFixes
{
    /// <summary>The codes that have a fix.</summary>
    public static IReadOnlyList<string> FixableCodes { get; } = ["DSP0002", "DSP0003", "DSP0107", "DSP0202"];

    /// <summary>The fix for <paramref name="diagnostic"/> of <paramref name="tree"/>, or null when there is none.</summary>
    public static CodeFix? For(DispatchSyntaxTree tree, Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(diagnostic);
        (string Title, TextChange Change)? fix = diagnostic.Code switch
        {
            "DSP0002" => InsertSeparator(tree),
            "DSP0202" => RemoveBidiControl(tree, diagnostic),
            "DSP0003" => AddNoticeAgencyTag(tree),
            "DSP0107" => CanonicalTag(tree, diagnostic),
            _ => null,
        };
        return fix is { } found ? new CodeFix(found.Title, diagnostic, found.Change) : null;
    }

    /// <summary>
    /// The fixes for <paramref name="diagnostics"/> that can be applied together: in text order, each once,
    /// none overlapping another (the later of two overlapping fixes is left for the next run).
    /// </summary>
    public static IReadOnlyList<CodeFix> ForAll(DispatchSyntaxTree tree, IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var fixes = new List<CodeFix>();
        foreach (Diagnostic diagnostic in diagnostics)
            if (For(tree, diagnostic) is { } fix) fixes.Add(fix);
        fixes.Sort((left, right) => left.Change.Span.Start != right.Change.Span.Start
            ? left.Change.Span.Start.CompareTo(right.Change.Span.Start)
            : left.Change.Span.Length.CompareTo(right.Change.Span.Length));
        var chosen = new List<CodeFix>(fixes.Count);
        int end = -1;
        foreach (CodeFix fix in fixes)
        {
            // Two inserts at one position, or a change starting inside the previous one, cannot both apply.
            if (chosen.Count > 0 && (fix.Change.Span.Start < end || fix.Change.Span.Start == chosen[^1].Change.Span.Start)) continue;
            chosen.Add(fix);
            end = fix.Change.Span.End;
        }
        return chosen;
    }

    /// <summary>The text with <paramref name="fixes"/> applied (from <see cref="ForAll"/>: sorted, not overlapping).</summary>
    public static string Apply(DispatchSyntaxTree tree, IReadOnlyList<CodeFix> fixes)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(fixes);
        return fixes.Count == 0 ? tree.Text.ToString() : tree.Text.WithChanges(fixes.Select(fix => fix.Change)).ToString();
    }

    /// <summary>The separator goes after the headline's line break (or, in a one-line text, after the headline and a new break).</summary>
    private static (string, TextChange) InsertSeparator(DispatchSyntaxTree tree)
    {
        SourceText text = tree.Text;
        string lineBreak = LineBreak.FirstIn(text.AsSpan());
        int position = tree.Root.Headline.FullSpan.End;
        bool afterBreak = position > 0 && text[position - 1] is '\n' or '\r';
        string insert = afterBreak ? lineBreak : lineBreak + lineBreak;
        return ("Insert a blank line after the headline", TextChange.Insert(position, insert));
    }

    private static (string, TextChange) RemoveBidiControl(DispatchSyntaxTree tree, Diagnostic diagnostic)
    {
        string character = tree.Text.ToString(diagnostic.Span);
        string name = character.Length == 1 ? $"U+{(int)character[0]:X4}" : "the bidirectional control character";
        return ($"Remove bidirectional control character {name}", TextChange.Delete(diagnostic.Span));
    }

    /// <summary>
    /// The tag goes at the end of the last paragraph, in the spelling the notice uses when that is a canonical alias
    /// (an Arabic notice's <c>الأناضول</c>), else the agency's first alias (<c>aa</c> in a notice gives <c>(AA)</c>).
    /// </summary>
    private static (string, TextChange)? AddNoticeAgencyTag(DispatchSyntaxTree tree)
    {
        DocumentSyntax root = tree.Root;
        if (root.Paragraphs.LastOrDefault() is not { } last) return null;
        if (root.Notice.FindNamedAgency() is not { } named) return null;
        Agency agency = named.Agency;
        string tag = $"({CanonicalSpelling(agency, named.Spelling)})";
        return ($"Add agency tag {tag} ({agency.Name}, named by the legal notice)", TextChange.Insert(last.Span.End, " " + tag));
    }

    /// <summary>
    /// The body's tag or sign-off the DSP0107 diagnostic is about, rewritten as the canonical tag: parentheses, the
    /// spelling kept unless it is a lower-case one (then the agency's first alias), no full stop. A credit keeps its
    /// reporter and a signed sign-off its signature, so they are left alone, as are the other departures (a byline or source line naming the agency alone,
    /// an end marker ending the paragraph's line), which have no one right rewrite.
    /// </summary>
    private static (string, TextChange)? CanonicalTag(DispatchSyntaxTree tree, Diagnostic diagnostic)
    {
        if (tree.Root.AgencyTag is not { IsMissing: false, IsCredit: false, SignatureToken.IsNone: true } tag) return null;
        SyntaxToken name = tag.NameToken;
        // The tag as written, from its parenthesis (or name) to its full stop: DSP0107's span.
        TextSpan span = tag.Span;
        if (span != diagnostic.Span) return null;
        string spelling = name.Text;
        string canonical = AgencyRegistry.Default.FindByAlias(spelling) is { } agency ? CanonicalSpelling(agency, spelling) : spelling;
        string replacement = $"({canonical})";
        string written = tree.Text.ToString(span);
        if (written == replacement) return null;
        string title = tag.OpenParenToken.IsNone
            ? $"Replace the bare sign-off '{written}' with the tag {replacement}"
            : $"Replace '{written}' with the canonical tag {replacement}";
        return (title, new TextChange(span, replacement));
    }

    /// <summary><paramref name="spelling"/> when it is one of the agency's aliases and not a lower-case variant of another, else the first alias.</summary>
    private static string CanonicalSpelling(Agency agency, string spelling) =>
        agency.Aliases.Contains(spelling, StringComparer.Ordinal) && !AgencyRegistry.IsLowerCaseVariant(agency, spelling) ? spelling : agency.Aliases[0];
}
