namespace DispatchParser.Fuzz.Targets;

/// <summary>What <c>sharpfuzz</c> leaves uninstrumented in each assembly a target instruments.</summary>
internal static class Instrumentation
{
    /// <summary>
    /// Types of DispatchParser.dll left uninstrumented: the spans, positions and changes of the text layer and the
    /// tree's plumbing (green nodes, tokens, trivia, lists, the red base and its walks). Their branches follow the
    /// text's length and the tree's shape, which the parser's own branches already tell apart; instrumented, every
    /// one of their small members takes a probe and is no longer inlined, on every token of every execution. The
    /// invariants still run through them (lossless, tiling, positions, incremental = full); only the coverage
    /// feedback leaves them out. Parsing, analysis, diagnostics, the registry, the exporters, the normalizer, the
    /// typed nodes, the syntax tree and SourceText, TextLine and TextDiff stay instrumented.
    /// </summary>
    public static IReadOnlyList<string> SkippedInCore { get; } =
    [
        "DispatchParser.Text.TextSpan", "DispatchParser.Text.LinePosition", "DispatchParser.Text.TextChange",
        "DispatchParser.Syntax.InternalSyntax.", "DispatchParser.Syntax.SyntaxToken", "DispatchParser.Syntax.SyntaxTrivia",
        "DispatchParser.Syntax.SyntaxList", "DispatchParser.Syntax.SyntaxNode",
    ];

    /// <summary>The type-name prefixes <c>sharpfuzz</c> skips in <paramref name="assembly"/> (none: all of it).</summary>
    public static IReadOnlyList<string> Skipped(string assembly) => assembly == "DispatchParser.dll" ? SkippedInCore : [];

    /// <summary>One line per assembly, as run.sh reads it: the file name, then <c>-PREFIX,PREFIX…</c> when some types are skipped.</summary>
    public static string Describe(IFuzzTarget target) => string.Join('\n', target.InstrumentedAssemblies.Select(assembly =>
        Skipped(assembly) is { Count: > 0 } skipped ? $"{assembly} -{string.Join(',', skipped)}" : assembly));
}
