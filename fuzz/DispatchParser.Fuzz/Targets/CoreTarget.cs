using System.Buffers;
using System.Text.Json;
using System.Text.Unicode;
using DispatchParser.Analysis;
using DispatchParser.Diagnostics;
using DispatchParser.Export;
using DispatchParser.Syntax;
using DispatchParser.Text;
using DispatchParser.TestSupport;
using static DispatchParser.Fuzz.Targets.Invariant;

namespace DispatchParser.Fuzz.Targets;

/// <summary>
/// Calls every public entry point on one input and throws <see cref="InvariantViolationException"/> when an
/// invariant breaks: lossless, tokens tiling the text, incremental = full (the input's edit, by change, by new text
/// or as two changes, and its undo), normalizer idempotent and changing only whitespace, analyzers total under the
/// input's profile (or all three: <see cref="CoreInput.Profiles"/>), exporters (JSON, ninjs) writing well-formed JSON, positions (<c>FindToken</c>, line and column).
/// The fuzzer runs the exporters, the normalizer and the undo on the inputs whose header picks them (<see cref="CoreInput.Checks"/>);
/// a replay runs every check.
/// The generated parser is not run here (the <c>differential</c> target compares it): it is what made a
/// single all-in-one target slow.
/// </summary>
internal sealed class CoreTarget : IFuzzTarget
{
    public string Name => "core";

    public IReadOnlyList<string> InstrumentedAssemblies { get; } = ["DispatchParser.dll"];

    /// <summary>A replay: every check, whatever the header's bits 5–6 say (a superset of what the fuzzer ran on the input).</summary>
    public void Run(ReadOnlySpan<byte> data, bool raw) => Run(CoreInput.Decode(data, raw) with { Checks = CoreChecks.All });

    /// <summary>The fuzzer's execution: the checks the header picks (<see cref="CoreInput.Checks"/>).</summary>
    public void Fuzz(ReadOnlySpan<byte> data) => Run(CoreInput.Decode(data));

    public IEnumerable<byte[]> Seeds(string text, int index)
    {
        // Alternate edit modes and positions over the seeds, so that every mode is in the starting corpus.
        // Profiles alternate too (index % 4: strict, standard, lenient, all three), a cycle of 4 against
        // the edit modes' 3, so every pair of the two is in the starting corpus.
        // The checks go round once per four seeds ((index / 4) % 4), so every pair of profile and checks is there too.
        byte[] header = CoreInput.Header((EditMode)(index % 3), position: 7 * index + 16, insertLength: index % 3, deleteRoot: index % 4, profile: index % 4, checks: index / 4 % 4);
        yield return [.. header, .. System.Text.Encoding.UTF8.GetBytes(text)];
    }

    public string Describe(ReadOnlySpan<byte> data, bool raw)
    {
        CoreInput input = CoreInput.Decode(data, raw);
        return $"text:   {Escaping.Literal(input.Text)}\n  edit:   {input.Mode} at {input.Position} delete {input.DeleteLength} insert {Escaping.Literal(input.Insert)}\n  profiles: {string.Join(", ", input.Profiles.Select(p => p.Profile))}\n  checks the fuzzer ran besides the others: {input.Checks} (a replay runs all)";
    }

    /// <summary>
    /// Set by <c>throughput core … --stages</c>: times each stage of <see cref="Run(CoreInput)"/> run on the thread that set
    /// it (per thread, so the tests that read it do not see other tests' stages).
    /// </summary>
    internal static StageClock? Clock { get => s_clock; set => s_clock = value; }

    [ThreadStatic] private static StageClock? s_clock;

    public static void Run(CoreInput input)
    {
        Clock?.Start();
        string text = input.Text;
        // The parser reads the text alone (it is given no options), so one parse serves every profile: each is the
        // same tree judged under its own severities (WithOptions), which is what changes the diagnostics.
        IReadOnlyList<ParseOptions> profiles = input.Profiles;
        DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(text, profiles[0]);
        Clock?.Lap("parse");
        Check(tree.Root.ToFullString() == text, "lossless");
        Clock?.Lap("lossless");
        IReadOnlyList<Diagnostic> firstDiagnostics = [];
        for (int i = 0; i < profiles.Count; i++)
        {
            DispatchSyntaxTree judged = i == 0 ? tree : tree.WithOptions(profiles[i]);
            IReadOnlyList<Diagnostic> diagnostics = DispatchAnalyzer.GetAllDiagnostics(judged);
            foreach (Diagnostic diagnostic in diagnostics)
                Check(diagnostic.Span.Start >= 0 && diagnostic.Span.End <= text.Length, $"diagnostic {diagnostic.Code} at {diagnostic.Span} outside the text under {profiles[i].Profile}");
            if (i == 0) firstDiagnostics = diagnostics;
        }
        Clock?.Lap("analyzers");
        CoreChecks checks = input.Checks;
        if ((checks & CoreChecks.Exporters) != 0) CheckExporters(tree, firstDiagnostics);
        CheckTokensTile(tree, text);
        Clock?.Lap("tokens tile");
        CheckIncremental(tree, input, undo: (checks & CoreChecks.Undo) != 0);
        if ((checks & CoreChecks.Normalizer) != 0) CheckNormalizer(tree, text);
        CheckPositions(tree, text, input.Position);
        Clock?.Lap("positions");
    }

    /// <summary><c>FindToken</c> at the edit position returns the token whose full span holds it; line and column agree with a naive count.</summary>
    private static void CheckPositions(DispatchSyntaxTree tree, string text, int seed)
    {
        int position = seed % (text.Length + 1);
        SyntaxToken token = tree.Root.FindToken(position);
        Check(token.FullSpan.Start <= position && (position < token.FullSpan.End || position == text.Length), $"FindToken({position}) returned {token.Kind} at {token.FullSpan}");
        int line = 0, column = 0, i = 0;
        while (i < position)
        {
            int run = text.AsSpan(i, position - i).IndexOfAny('\r', '\n'); // characters up to the next line break
            if (run < 0)
            {
                column += position - i;
                break;
            }
            column += run;
            i += run;
            bool pairedReturn = LineBreak.LengthAt(text, i) == 2;
            if (pairedReturn && i + 1 == position) column++; // between CR and LF: the pair breaks the line at its LF
            else if (!pairedReturn)
            {
                line++;
                column = 0;
            }
            i++;
        }
        LinePosition actual = tree.Text.GetLinePosition(position);
        Check(actual.Line == line && actual.Character == column, $"line/column of {position}: {actual}, expected ({line},{column})");
    }

    /// <summary>The exporters' output buffer, writers and decoding buffer, reused by every input of a thread (replay and the tests run inputs in parallel).</summary>
    private sealed class ExportBuffers
    {
        public ArrayBufferWriter<byte> Json { get; } = new();
        public Utf8JsonWriter Writer { get; }
        public char[] Chars { get; set; } = new char[4096];

        public ExportBuffers() => Writer = new Utf8JsonWriter(Json, DispatchJsonExporter.WriterOptions());
    }

    [ThreadStatic] private static ExportBuffers? s_buffers;

    private const string FuzzUri = "urn:dispatchparser:fuzz";

    /// <summary>
    /// Both exporters write well-formed JSON on every input (lone surrogates, NUL and controls included): the JSON
    /// contract with the diagnostics and ninjs, both compact. Into one reused buffer, read back with
    /// <see cref="Utf8JsonReader"/> (this runs on every input).
    /// </summary>
    private static void CheckExporters(DispatchSyntaxTree tree, IReadOnlyList<Diagnostic> diagnostics)
    {
        ExportBuffers buffers = s_buffers ??= new ExportBuffers();
        Export(buffers, buffers.Writer, writer => DispatchJsonExporter.Write(writer, tree, diagnostics), "the JSON exporter");
        // A given uri: the default one is the text's SHA-256 (ContentUri), whose only branches are the text's length and
        // which cost more than the read-back of the ninjs item (an OpenSSL hash object per input).
        // Compact like the JSON contract: indenting is the writer's (System.Text.Json's) work, not the exporter's, and took
        // a fifth of the ninjs check.
        Export(buffers, buffers.Writer, writer => NinjsExporter.Write(writer, tree, FuzzUri), "the ninjs exporter");
    }

    private static void Export(ExportBuffers buffers, Utf8JsonWriter writer, Action<Utf8JsonWriter> write, string exporter)
    {
        ArrayBufferWriter<byte> json = buffers.Json;
        json.ResetWrittenCount();
        writer.Reset(json);
        write(writer);
        writer.Flush();
        Clock?.Lap(exporter + ": write");
        try
        {
            // Well-formed: valid UTF-8 throughout, one JSON value, and every escaped string unescapes to valid UTF-16
            // (a lone surrogate written as \uD800 fails CopyString as it fails GetString). Strings without escapes
            // are raw UTF-8, which the first check covers; so nothing is decoded twice and nothing is allocated.
            CheckWellFormedJson(json.WrittenSpan, buffers, exporter);
        }
        catch (JsonException exception)
        {
            throw new InvariantViolationException($"{exporter} wrote invalid JSON: {exception.Message}");
        }
        Clock?.Lap(exporter + ": read back");
    }

    /// <summary>
    /// <paramref name="json"/> is one well-formed JSON value: valid UTF-8 throughout, and every string unescapes to valid
    /// UTF-16. The reader checks each escape's form as it reads (a known escape character, four hex digits after
    /// <c>\u</c>); what it leaves to the decoding is whether <c>\u</c> escapes pair their surrogates, so only strings
    /// holding a <c>\u</c> are decoded (a lone <c>\uD800</c> fails CopyString as it fails GetString). The exporters write
    /// <c>\n</c> and <c>\"</c> in most texts, and decoding all of them was most of the read-back's time.
    /// </summary>
    internal static void CheckWellFormedJson(ReadOnlySpan<byte> json, string exporter) => CheckWellFormedJson(json, new ExportBuffers(), exporter);

    private static void CheckWellFormedJson(ReadOnlySpan<byte> json, ExportBuffers buffers, string exporter)
    {
        Check(Utf8.IsValid(json), $"{exporter} wrote invalid UTF-8");
        var reader = new Utf8JsonReader(json);
        while (reader.Read())
        {
            if (reader.TokenType is (JsonTokenType.String or JsonTokenType.PropertyName) && reader.ValueIsEscaped && reader.ValueSpan.IndexOf("\\u"u8) >= 0)
            {
                if (buffers.Chars.Length < reader.ValueSpan.Length) buffers.Chars = new char[reader.ValueSpan.Length * 2];
                _ = reader.CopyString(buffers.Chars);
            }
        }
        Check(reader.BytesConsumed == json.Length, $"{exporter} wrote more than one JSON value");
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

    private static void CheckIncremental(DispatchSyntaxTree tree, CoreInput input, bool undo)
    {
        TextChange[] changes = input.Changes();
        if (changes.Length == 0) return;
        // The oracle's text, made here from the input and not by SourceText (which the trees' own texts are).
        string newText = SourceText.Apply(input.Text, changes);
        DispatchSyntaxTree incremental = input.Mode == EditMode.ChangedText
            ? tree.WithChangedText(SourceText.From(newText))
            : tree.WithChanges(changes);
        Clock?.Lap("incremental parse");
        Check(incremental.Root.ToFullString() == newText, "incremental tree is lossless");
        Clock?.Lap("incremental lossless");
        DispatchSyntaxTree full = DispatchSyntaxTree.ParseText(newText, tree.Options);
        Clock?.Lap("incremental: full parse");
        if (full.FindDifference(incremental) is { } difference) throw new InvariantViolationException("incremental = full: " + difference);
        Clock?.Lap("incremental: compare");
        if (!undo) return;
        // And back: undoing the edit by new text gives the first tree again.
        DispatchSyntaxTree undone = incremental.WithChangedText(tree.Text);
        Clock?.Lap("undo parse");
        if (tree.FindDifference(undone) is { } undoDifference) throw new InvariantViolationException("incremental undo = full: " + undoDifference);
        Clock?.Lap("undo compare");
    }

    private static void CheckNormalizer(DispatchSyntaxTree tree, string text)
    {
        string once = SyntaxNormalizer.Normalize(tree);
        Clock?.Lap("normalize");
        // A text that is already normal parses to this tree again (the parser is deterministic), whose normal form is
        // `once`: idempotent without a second parse.
        if (once != text)
        {
            DispatchSyntaxTree normalized = DispatchSyntaxTree.ParseText(once);
            Clock?.Lap("normalize: parse result");
            string twice = SyntaxNormalizer.Normalize(normalized);
            Clock?.Lap("normalize again");
            Check(once == twice, "normalizing is idempotent");
        }
        Check(SameApartFromWhitespace(once, text), "normalizing changes only whitespace and line breaks");
        Clock?.Lap("normalize: compare");
        _ = SyntaxNormalizer.Normalize(tree, "\r\n");
        Clock?.Lap("normalize CR LF");
    }

    /// <summary>
    /// The two texts hold the same characters once the grammar's whitespace and line breaks are left out. Runs the
    /// texts share are skipped at once (vectorised); only where they part must one side be whitespace. No
    /// allocation: this runs on every input.
    /// </summary>
    internal static bool SameApartFromWhitespace(ReadOnlySpan<char> left, ReadOnlySpan<char> right)
    {
        while (true)
        {
            int common = left.CommonPrefixLength(right);
            left = left[common..];
            right = right[common..];
            if (left.IsEmpty || right.IsEmpty) return SkipWhitespace(left).IsEmpty && SkipWhitespace(right).IsEmpty;
            if (s_whitespace.Contains(left[0])) left = left[1..];
            else if (s_whitespace.Contains(right[0])) right = right[1..];
            else return false;
        }
    }

    private static ReadOnlySpan<char> SkipWhitespace(ReadOnlySpan<char> text)
    {
        int start = text.IndexOfAnyExcept(s_whitespace);
        return start < 0 ? [] : text[start..];
    }

    private static readonly SearchValues<char> s_whitespace = SearchValues.Create(
        " \t\u000B\u000C\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F\u3000\r\n");
}
