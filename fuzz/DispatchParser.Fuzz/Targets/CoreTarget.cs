using System.Buffers;
using System.Text.Json;
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
/// invariant breaks: lossless (every profile), tokens tiling the text, incremental = full (the input's edit, by
/// change, by new text or as two changes), normalizer idempotent and changing only whitespace, analyzers total,
/// exporters (JSON, ninjs) writing well-formed JSON, positions (<c>FindToken</c>, line and column).
/// The generated parser is not run here (the <c>differential</c> target compares it): it is what made a
/// single all-in-one target slow.
/// </summary>
internal sealed class CoreTarget : IFuzzTarget
{
    private static readonly ParseOptions[] s_profiles = [ParseOptions.Strict, ParseOptions.Standard, ParseOptions.Lenient];

    public string Name => "core";

    public IReadOnlyList<string> InstrumentedAssemblies { get; } = ["DispatchParser.dll"];

    public void Run(ReadOnlySpan<byte> data, bool raw) => Run(CoreInput.Decode(data, raw));

    public IEnumerable<byte[]> Seeds(string text, int index)
    {
        // Alternate edit modes and positions over the seeds, so that every mode is in the starting corpus.
        byte[] header = CoreInput.Header((EditMode)(index % 3), position: 7 * index + 16, insertLength: index % 3, deleteRoot: index % 4);
        yield return [.. header, .. System.Text.Encoding.UTF8.GetBytes(text)];
    }

    public string Describe(ReadOnlySpan<byte> data, bool raw)
    {
        CoreInput input = CoreInput.Decode(data, raw);
        return $"text:   {Escaping.Literal(input.Text)}\n  edit:   {input.Mode} at {input.Position} delete {input.DeleteLength} insert {Escaping.Literal(input.Insert)}";
    }

    public static void Run(CoreInput input)
    {
        string text = input.Text;
        DispatchSyntaxTree strict = null!;
        IReadOnlyList<Diagnostic> strictDiagnostics = [];
        foreach (ParseOptions options in s_profiles)
        {
            DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(text, options);
            Check(tree.Root.ToFullString() == text, $"lossless under {options.Profile}");
            IReadOnlyList<Diagnostic> diagnostics = DispatchAnalyzer.GetAllDiagnostics(tree);
            foreach (Diagnostic diagnostic in diagnostics)
                Check(diagnostic.Span.Start >= 0 && diagnostic.Span.End <= text.Length, $"diagnostic {diagnostic.Code} at {diagnostic.Span} outside the text");
            if (options.Profile == ParseProfile.Strict) (strict, strictDiagnostics) = (tree, diagnostics);
        }
        CheckExporters(strict, strictDiagnostics);
        CheckTokensTile(strict, text);
        CheckIncremental(strict, input);
        CheckNormalizer(strict, text);
        CheckPositions(strict, text, input.Position);
    }

    /// <summary><c>FindToken</c> at the edit position returns the token whose full span holds it; line and column agree with a naive count.</summary>
    private static void CheckPositions(DispatchSyntaxTree tree, string text, int seed)
    {
        int position = seed % (text.Length + 1);
        SyntaxToken token = tree.Root.FindToken(position);
        Check(token.FullSpan.Start <= position && (position < token.FullSpan.End || position == text.Length), $"FindToken({position}) returned {token.Kind} at {token.FullSpan}");
        int line = 0, column = 0;
        for (int i = 0; i < position; i++)
        {
            char c = text[i];
            bool pairedReturn = c == '\r' && i + 1 < text.Length && text[i + 1] == '\n';
            if (pairedReturn && i + 1 < position) continue; // the CR LF pair breaks the line at its LF
            if (c is '\n' || (c == '\r' && !pairedReturn))
            {
                line++;
                column = 0;
            }
            else column++;
        }
        LinePosition actual = tree.Text.GetLinePosition(position);
        Check(actual.Line == line && actual.Character == column, $"line/column of {position}: {actual}, expected ({line},{column})");
    }

    private static readonly ArrayBufferWriter<byte> s_json = new();
    private static readonly Utf8JsonWriter s_compact = new(s_json, DispatchJsonExporter.WriterOptions());
    private static readonly Utf8JsonWriter s_indented = new(s_json, DispatchJsonExporter.WriterOptions(indented: true));

    /// <summary>
    /// Both exporters write well-formed JSON on every input (lone surrogates, NUL and controls included): the JSON
    /// contract with the diagnostics, compact, and ninjs, indented. Into one reused buffer, read back with
    /// <see cref="Utf8JsonReader"/> (this runs on every input).
    /// </summary>
    private static void CheckExporters(DispatchSyntaxTree tree, IReadOnlyList<Diagnostic> diagnostics)
    {
        Export(s_compact, writer => DispatchJsonExporter.Write(writer, tree, diagnostics), "the JSON exporter");
        Export(s_indented, writer => NinjsExporter.Write(writer, tree), "the ninjs exporter");
    }

    private static void Export(Utf8JsonWriter writer, Action<Utf8JsonWriter> write, string exporter)
    {
        s_json.ResetWrittenCount();
        writer.Reset(s_json);
        write(writer);
        writer.Flush();
        try
        {
            var reader = new Utf8JsonReader(s_json.WrittenSpan);
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName) _ = reader.GetString();
            }
            Check(reader.BytesConsumed == s_json.WrittenCount, $"{exporter} wrote more than one JSON value");
        }
        catch (JsonException exception)
        {
            throw new InvariantViolationException($"{exporter} wrote invalid JSON: {exception.Message}");
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

    private static void CheckIncremental(DispatchSyntaxTree tree, CoreInput input)
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
        Check(SameApartFromWhitespace(once, text), "normalizing changes only whitespace and line breaks");
        _ = SyntaxNormalizer.Normalize(tree, "\r\n");
    }

    /// <summary>The two texts hold the same characters once the grammar's whitespace and line breaks are left out (no allocation: this runs on every input).</summary>
    private static bool SameApartFromWhitespace(string left, string right)
    {
        int i = 0, j = 0;
        while (true)
        {
            while (i < left.Length && IsWhitespace(left[i])) i++;
            while (j < right.Length && IsWhitespace(right[j])) j++;
            if (i == left.Length || j == right.Length) return i == left.Length && j == right.Length;
            if (left[i++] != right[j++]) return false;
        }
    }

    private static bool IsWhitespace(char c) =>
        c is ' ' or '\t' or '\u000B' or '\u000C' or '\u00A0' or '\u1680' or '\u202F' or '\u205F' or '\u3000' or (>= '\u2000' and <= '\u200A') or '\r' or '\n';
}
