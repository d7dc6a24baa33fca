using DispatchParser.Analysis;
using DispatchParser.Diagnostics;
using DispatchParser.Export;
using DispatchParser.Grammar;
using DispatchParser.Syntax;
using DispatchParser.Tests.Infrastructure;
using DispatchParser.Text;

namespace DispatchParser.Fuzz;

/// <summary>An invariant of DESIGN.md does not hold: the fuzzer reports it as a crash.</summary>
internal sealed class InvariantViolationException(string message) : Exception(message);

/// <summary>
/// Calls every public entry point on one input and throws <see cref="InvariantViolationException"/> when an
/// invariant breaks: lossless (every profile), tokens tiling the text, incremental = full (the input's edit, by
/// change, by new text or as two changes), normalizer idempotent and changing only whitespace, analyzers total,
/// exporters (JSON, ninjs) writing well-formed JSON,
/// and — on inputs short enough for the generated parser — grammar agreement (verdict and part spans).
/// </summary>
internal static class FuzzTarget
{
    /// <summary>The generated (ANTLR) parser is slow, above all on non-ASCII text: compare only inputs up to this length.</summary>
    public static int GrammarLimit { get; set; } =
        int.TryParse(Environment.GetEnvironmentVariable("DISPATCH_FUZZ_GRAMMAR_LIMIT"), out int limit) ? limit : 512;

    private static readonly ParseOptions[] s_profiles = [ParseOptions.Strict, ParseOptions.Standard, ParseOptions.Lenient];

    public static void Run(FuzzInput input)
    {
        string text = input.Text;
        DispatchSyntaxTree strict = null!;
        foreach (ParseOptions options in s_profiles)
        {
            DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(text, options);
            Check(tree.Root.ToFullString() == text, $"lossless under {options.Profile}");
            foreach (Diagnostic diagnostic in DispatchAnalyzer.GetAllDiagnostics(tree))
                Check(diagnostic.Span.Start >= 0 && diagnostic.Span.End <= text.Length, $"diagnostic {diagnostic.Code} at {diagnostic.Span} outside the text");
            if (options.Profile == ParseProfile.Strict) strict = tree;
        }
        CheckExporters(strict);
        CheckTokensTile(strict, text);
        CheckIncremental(strict, input);
        CheckNormalizer(strict, text);
        LspFuzzChecks.Run(text);
        if (text.Length <= GrammarLimit && Disagreement(strict, text) is { } why) throw new InvariantViolationException("grammar agreement: " + why);
    }

    /// <summary>Both exporters return well-formed JSON on every input (lone surrogates, NUL and controls included).</summary>
    private static void CheckExporters(DispatchSyntaxTree tree)
    {
        foreach (string json in new[]
        {
            DispatchJsonExporter.ExportJson(tree, DispatchAnalyzer.GetAllDiagnostics(tree)),
            DispatchJsonExporter.ExportJson(tree, indented: true),
            NinjsExporter.ExportJson(tree),
        })
        {
            try
            {
                using var document = System.Text.Json.JsonDocument.Parse(json);
            }
            catch (System.Text.Json.JsonException exception)
            {
                throw new InvariantViolationException("exporter wrote invalid JSON: " + exception.Message);
            }
        }
    }

    private static void CheckTokensTile(DispatchSyntaxTree tree, string text)
    {
        int expected = 0;
        foreach (SyntaxToken token in tree.Root.DescendantTokens())
        {
            Check(token.FullSpan.Start == expected, $"token {token.Kind} starts at {token.FullSpan.Start}, expected {expected}");
            Check(token.Span.End <= text.Length && text.AsSpan(token.Span.Start, token.Span.Length).SequenceEqual(token.Text), $"token {token.Kind} text");
            expected = token.FullSpan.End;
        }
        Check(expected == text.Length, "tokens cover the text");
    }

    private static void CheckIncremental(DispatchSyntaxTree tree, FuzzInput input)
    {
        TextChange[] changes = input.Changes();
        if (changes.Length == 0) return;
        string newText = tree.Text.WithChanges(changes).ToString();
        DispatchSyntaxTree incremental = input.Mode == EditMode.ChangedText
            ? tree.WithChangedText(SourceText.From(newText))
            : tree.WithChanges(changes);
        Check(incremental.Root.ToFullString() == newText, "incremental tree is lossless");
        DispatchSyntaxTree full = DispatchSyntaxTree.ParseText(newText, tree.Options);
        if (full.FindDifference(incremental) is { } difference) throw new InvariantViolationException("incremental = full: " + difference);
        // And back: undoing the edit by new text gives the first tree again.
        DispatchSyntaxTree undone = incremental.WithChangedText(tree.Text);
        if (tree.FindDifference(undone) is { } undoDifference) throw new InvariantViolationException("incremental undo = full: " + undoDifference);
    }

    private static void CheckNormalizer(DispatchSyntaxTree tree, string text)
    {
        string once = SyntaxNormalizer.Normalize(tree);
        string twice = SyntaxNormalizer.Normalize(DispatchSyntaxTree.ParseText(once));
        Check(once == twice, "normalizing is idempotent");
        Check(WithoutWhitespace(once) == WithoutWhitespace(text), "normalizing changes only whitespace and line breaks");
        _ = SyntaxNormalizer.Normalize(tree, "\r\n");
    }

    /// <summary>The text without the grammar's whitespace and line breaks.</summary>
    private static string WithoutWhitespace(string text) =>
        string.Concat(text.Where(c => !(c is ' ' or '\t' or '\u000B' or '\u000C' or '\u00A0' or '\u1680' or '\u202F' or '\u205F' or '\u3000'
            or (>= '\u2000' and <= '\u200A') or '\r' or '\n')));

    /// <summary>As DifferentialTests.Disagreement: the same verdict, and on well-formed input the same parts.</summary>
    private static string? Disagreement(DispatchSyntaxTree strict, string text)
    {
        GrammarParseResult reference = DispatchGrammar.Parse(text);
        bool handWellFormed = !strict.HasErrors;
        if (reference.IsWellFormed != handWellFormed)
        {
            string why = reference.IsWellFormed
                ? "hand-written parser reports " + string.Join(", ", strict.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error))
                : "grammar reports " + string.Join("; ", reference.Errors.Select(e => $"{e.Line}:{e.Column} {e.Message}"));
            return $"grammar says {(reference.IsWellFormed ? "well-formed" : "malformed")}, hand-written parser disagrees: {why}";
        }
        if (!reference.IsWellFormed) return null;
        string expected = CoreParts.Describe(reference.Lower());
        string actual = CoreParts.Describe(CoreParts.From(strict.Root, text));
        return expected == actual ? null : $"parts differ:\n--- grammar\n{expected}\n--- hand-written\n{actual}";
    }

    private static void Check(bool condition, string invariant)
    {
        if (!condition) throw new InvariantViolationException(invariant);
    }
}
