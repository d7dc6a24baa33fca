namespace DispatchParser.Fuzz.Targets;

/// <summary>What <c>sharpfuzz</c> leaves uninstrumented in each assembly a target instruments.</summary>
internal static class Instrumentation
{
    /// <summary>
    /// Types of DispatchParser.dll left uninstrumented in every target: the spans, positions and changes of the text
    /// layer and the tree's plumbing (green nodes, tokens, trivia, lists, the red base and its walks). Their branches
    /// follow the text's length and the tree's shape, which the parser's own branches already tell apart; instrumented,
    /// every one of their small members takes a probe and is no longer inlined, on every token of every execution. The
    /// invariants still run through them (lossless, tiling, positions, incremental = full); only the coverage feedback
    /// leaves them out. Parsing, analysis, diagnostics, the registry, the exporters, the normalizer, the typed nodes, the
    /// syntax tree and SourceText and TextLine stay instrumented.
    /// </summary>
    public static IReadOnlyList<string> SkippedInParser { get; } =
    [
        "DispatchParser.Text.TextSpan", "DispatchParser.Text.LinePosition", "DispatchParser.Text.TextChange",
        "DispatchParser.Syntax.InternalSyntax.", "DispatchParser.Syntax.SyntaxToken", "DispatchParser.Syntax.SyntaxTrivia",
        "DispatchParser.Syntax.SyntaxList", "DispatchParser.Syntax.SyntaxNode",
    ];

    /// <summary>
    /// Types of DispatchParser.LanguageServer.dll left uninstrumented: the host's start, its session's wait for exit and
    /// drain, and the outgoing backpressure count. The drain runs on the thread pool after the exit handler, at a moment
    /// no lockstep can fix relative to the connection's own teardown, and the lockstep driver reads the count while the
    /// reader runs (see LspLockstep); none of them branches on what the input says.
    /// </summary>
    public static IReadOnlyList<string> SkippedInLanguageServer { get; } =
    [
        "DispatchParser.LanguageServer.LanguageServerHost", "DispatchParser.LanguageServer.LanguageServerSession",
        "DispatchParser.LanguageServer.Rpc.OutgoingBackpressure",
    ];

    /// <summary>
    /// Left uninstrumented in the <c>core</c> target besides <see cref="SkippedInParser"/>: the per-character tests
    /// (the grammar's character classes, a line break's length at an index) and the text diff's common prefix and
    /// suffix. They run once per character or more and were 34 % of the probes a core execution hit (1,496 queue
    /// inputs counted with SharpFuzz's branch callback: CharacterClasses 29.4 %, TextDiff 2.4 %, LineBreak 1.8 %). Their
    /// answers (whitespace or not, a dash of one or two characters, a break of one or two) still reach the instrumented
    /// branches of their callers; what core's feedback loses is the branches inside them, which character of a class
    /// was seen (a U+2009 rather than a space). The <c>differential</c> target, where the grammar's classes are compared
    /// with the parser's, keeps them instrumented.
    /// </summary>
    public static IReadOnlyList<string> SkippedInCore { get; } =
        [.. SkippedInParser, "DispatchParser.Parsing.CharacterClasses", "DispatchParser.Text.LineBreak", "DispatchParser.Text.TextDiff"];

    /// <summary>The type-name prefixes <c>sharpfuzz</c> skips in <paramref name="assembly"/> of <paramref name="target"/> (none: all of it).</summary>
    public static IReadOnlyList<string> Skipped(IFuzzTarget target, string assembly) => assembly switch
    {
        "DispatchParser.dll" => target is CoreTarget ? SkippedInCore : SkippedInParser,
        "DispatchParser.LanguageServer.dll" => SkippedInLanguageServer,
        _ => [],
    };

    /// <summary>One line per assembly, as run.sh reads it: the file name, then <c>-PREFIX,PREFIX…</c> when some types are skipped.</summary>
    public static string Describe(IFuzzTarget target) => string.Join('\n', target.InstrumentedAssemblies.Select(assembly =>
        Skipped(target, assembly) is { Count: > 0 } skipped ? $"{assembly} -{string.Join(',', skipped)}" : assembly));
}
