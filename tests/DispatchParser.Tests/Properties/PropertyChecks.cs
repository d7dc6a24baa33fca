using DispatchParser.Analysis;
using DispatchParser.Diagnostics;
using DispatchParser.Export;
using DispatchParser.Parsing;
using DispatchParser.Syntax;
using DispatchParser.Text;

namespace DispatchParser.Tests.Properties;

/// <summary>The checks the properties share, one per invariant of the design (README.md, "Testing").</summary>
internal static class PropertyChecks
{
    public static readonly ParseOptions[] Profiles = [ParseOptions.Strict, ParseOptions.Standard, ParseOptions.Lenient];

    private static readonly string[] s_lineBreaks = ["\n", "\r\n", "\r"];

    /// <summary>Invariant 1 and 2: every profile parses without throwing, and the tree prints the input back exactly.</summary>
    public static void Lossless(string text)
    {
        foreach (ParseOptions options in Profiles)
        {
            DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(text, options);
            string printed = tree.Root.ToFullString();
            if (printed != text)
                throw new InvalidOperationException($"Not lossless under {options.Profile}: printed {Escaping.Literal(printed)}");
            Assert.Equal(text.Length, tree.Root.FullSpan.Length);
        }
    }

    /// <summary>
    /// Invariant 2: every public entry point returns normally on any text — parse under every profile, the
    /// tree's API, the analyzers, both exporters (whose output must be well-formed JSON), the normalizer — and
    /// diagnostics lie inside the text.
    /// </summary>
    public static void Total(string text)
    {
        foreach (ParseOptions options in Profiles)
        {
            DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(SourceText.From(text), options);
            foreach (Diagnostic diagnostic in tree.GetDiagnostics())
            {
                Assert.InRange(diagnostic.Span.Start, 0, text.Length);
                Assert.InRange(diagnostic.Span.End, diagnostic.Span.Start, text.Length);
                Assert.False(string.IsNullOrEmpty(diagnostic.Code));
                _ = diagnostic.ToString();
            }
            _ = tree.HasErrors;
            DocumentSyntax root = tree.Root;
            _ = root.DescendantNodesAndSelf().Count();
            _ = root.DescendantTrivia().Count();
            _ = root.Headline.Text;
            _ = root.Body.Dateline?.Agency;
            _ = root.AgencyTag?.Agency;
            _ = root.EndMarker?.IsContinuation;
            _ = root.Paragraphs.Count + root.Briefs.Count;
            _ = root.FindNode(new TextSpan(0, text.Length));
            _ = tree.WithOptions(ParseOptions.Lenient).GetDiagnostics();
            IReadOnlyList<Diagnostic> all = DispatchAnalyzer.GetAllDiagnostics(tree);
            using (System.Text.Json.JsonDocument.Parse(DispatchJsonExporter.ExportJson(tree, all))) { }
            using (System.Text.Json.JsonDocument.Parse(NinjsExporter.ExportJson(tree))) { }
        }
        foreach (string lineBreak in s_lineBreaks)
            _ = SyntaxNormalizer.Normalize(DispatchSyntaxTree.ParseText(text), lineBreak);
    }

    /// <summary>Invariant 6: spans slice the text, tokens tile it, FindToken agrees at every position, line positions agree with a naive count.</summary>
    public static void Positions(string text)
    {
        DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(text, ParseOptions.Strict);
        ParseHelper.CheckInvariants(tree, text);
        DocumentSyntax root = tree.Root;
        for (int position = 0; position <= text.Length; position++)
        {
            SyntaxToken token = root.FindToken(position);
            if (position < text.Length)
                Assert.True(token.FullSpan.Start <= position && position < token.FullSpan.End,
                    $"FindToken({position}) returned {token.Kind} at {token.FullSpan}");
            else
                Assert.Equal(SyntaxKind.EndOfFileToken, token.Kind);
        }

        SourceText source = tree.Text;
        int line = 0, column = 0;
        for (int position = 0; position <= text.Length; position++)
        {
            LinePosition expected = new(line, column);
            LinePosition actual = source.GetLinePosition(position);
            if (expected != actual)
                throw new InvalidOperationException($"GetLinePosition({position}) is {actual}, a naive count says {expected}");
            bool insideCrLf = position > 0 && text[position - 1] == '\r' && position < text.Length && text[position] == '\n';
            if (!insideCrLf) Assert.Equal(position, source.GetPosition(actual));
            if (position == text.Length) break;
            char c = text[position];
            bool lineBreak = c == '\n' || (c == '\r' && !(position + 1 < text.Length && text[position + 1] == '\n'));
            if (lineBreak)
            {
                line++;
                column = 0;
            }
            else
            {
                column++;
            }
        }
        Assert.Equal(line + 1, source.LineCount);
    }

    /// <summary>Invariant 5 (normalizer half): idempotent, and only whitespace and line breaks change.</summary>
    public static void NormalizerIdempotent(string text)
    {
        foreach (string lineBreak in s_lineBreaks)
        {
            string once = SyntaxNormalizer.Normalize(DispatchSyntaxTree.ParseText(text), lineBreak);
            string twice = SyntaxNormalizer.Normalize(DispatchSyntaxTree.ParseText(once), lineBreak);
            if (once != twice)
                throw new InvalidOperationException($"Normalizing is not idempotent ({Escaping.Literal(lineBreak)}): once {Escaping.Literal(once)}, twice {Escaping.Literal(twice)}");
            string before = WithoutWhitespace(text), after = WithoutWhitespace(once);
            if (before != after)
                throw new InvalidOperationException($"Normalizing changed non-whitespace characters: {Escaping.Literal(before)} became {Escaping.Literal(after)}");
        }
    }

    /// <summary>The text without the grammar's whitespace and line breaks.</summary>
    public static string WithoutWhitespace(string text) =>
        string.Concat(text.Where(c => !CharacterClasses.IsWhitespace(c) && c is not ('\r' or '\n')));

    /// <summary>Invariant 4: after every edit, the incremental tree equals a full parse of the new text.</summary>
    public static void IncrementalEqualsFull(Generators.EditScript script)
    {
        string text = script.Start.Text;
        DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(text, ParseOptions.Strict);
        for (int step = 0; step < script.Edits.Count; step++)
        {
            Generators.Edit edit = script.Edits[step];
            TextChange[] changes = edit.Resolve(text);
            string newText = SourceText.From(text).WithChanges(changes).ToString();
            DispatchSyntaxTree next = edit.Mode == Generators.EditMode.ChangedText
                ? tree.WithChangedText(SourceText.From(newText))
                : tree.WithChanges(changes);
            DispatchSyntaxTree full = DispatchSyntaxTree.ParseText(newText, ParseOptions.Strict);
            if (next.Root.ToFullString() != newText)
                throw new InvalidOperationException($"step {step}: the incremental tree prints {Escaping.Literal(next.Root.ToFullString())}, expected {Escaping.Literal(newText)}");
            string? difference = full.FindDifference(next);
            if (difference is not null)
                throw new InvalidOperationException($"step {step}: incremental differs from full: {difference}\nbefore {Escaping.Literal(text)}\nafter  {Escaping.Literal(newText)}");
            Assert.Equal(
                string.Join(";", full.GetDiagnostics().Select(d => $"{d.Code}@{d.Span}")),
                string.Join(";", next.GetDiagnostics().Select(d => $"{d.Code}@{d.Span}")));
            tree = next;
            text = newText;
        }
    }
}
