using DispatchParser.Diagnostics;
using DispatchParser.Syntax;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DispatchParser.Cli.Tests.Core;

/// <summary>The normalizer behind <c>dispatch format</c>: what it changes, what it keeps, and that it is idempotent.</summary>
public sealed class SyntaxNormalizerTests
{
    private static readonly string[] s_lines =
    [
        "", "", "  ", "\t", "\u00A0", "Başlık", "Başlık  ", "  Girintili satır", "ANKARA (AA) - Metin.", "ANKARA (AA) -",
        "عين اليوم – واس", "Metin. (AA)", "Metin. (İLKHA) \t", "(AA)", "Reuter", "MORE", "// انتهى //", " 10:12 ت م",
        "YASAL UYARI: Tüm hakları saklıdır.", "تنبيه: جميع الحقوق محفوظة", "Kısa haber.", "\uFEFF", "\uFEFFMetin",
        "text \uFEFF", "UYARI: yorum", "x",
    ];

    private static readonly string[] s_breaks = ["\n", "\n", "\r\n", "\r"];

    private static Arbitrary<string> DispatchLikeText() =>
        Gen.Elements(s_lines).Zip(Gen.Elements(s_breaks)).ListOf()
            .Zip(Gen.Elements(true, false).Zip(Gen.Elements(true, false)))
            .Select(parts =>
            {
                (IList<(string Line, string Break)> lines, (bool bom, bool finalBreak)) = parts;
                var text = new System.Text.StringBuilder(bom ? "\uFEFF" : "");
                for (int i = 0; i < lines.Count; i++)
                {
                    text.Append(lines[i].Line);
                    if (i < lines.Count - 1 || finalBreak) text.Append(lines[i].Break);
                }
                return text.ToString();
            })
            .ToArbitrary();

    [Theory]
    [InlineData("Headline\n\nBody. (AA)\nYASAL UYARI: x\n", "Headline\n\nBody. (AA)\nYASAL UYARI: x\n")]
    [InlineData("Headline\r\n\r\nBody. (AA)\r\nYASAL UYARI: x", "Headline\n\nBody. (AA)\nYASAL UYARI: x")]
    [InlineData("\n \nHeadline  \n \t\n\n\nBody. (AA)  \n\nMore.\n\n// انتهى //\n\nYASAL UYARI: x \n\nBrief one.\n\nBrief two.\n\n\n",
        "Headline\n\nBody. (AA)\nMore.\n// انتهى //\nYASAL UYARI: x\nBrief one.\nBrief two.\n")]
    [InlineData("Headline\rBody. (AA)\rYASAL UYARI: x\r", "Headline\nBody. (AA)\nYASAL UYARI: x\n")] // no separator: none is invented
    [InlineData("\uFEFF\nHeadline\n\nBody. (AA)\nYASAL UYARI: x", "\uFEFFHeadline\n\nBody. (AA)\nYASAL UYARI: x")]
    [InlineData("Headline\n\nBody.\nReuter\nText.\nYASAL UYARI: x\n", "Headline\n\nBody.\nReuter\nText.\nYASAL UYARI: x\n")] // skipped line kept
    [InlineData("  Indented headline\n\n  Body. (AA)\nYASAL UYARI: x", "  Indented headline\n\n  Body. (AA)\nYASAL UYARI: x")]
    [InlineData("Headline\n\n", "Headline\n\n")]
    [InlineData("", "")]
    [InlineData("\n\n  \n", "")]
    public void Normalizes_the_layout_and_nothing_else(string input, string expected) =>
        Assert.Equal(expected, Normalize(input));

    [Fact]
    public void Uses_the_line_break_it_is_given()
    {
        DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText("Headline\n\nBody. (AA)\nYASAL UYARI: x\n");
        Assert.Equal("Headline\r\n\r\nBody. (AA)\r\nYASAL UYARI: x\r\n", SyntaxNormalizer.Normalize(tree, "\r\n"));
        Assert.Throws<ArgumentException>(() => SyntaxNormalizer.Normalize(tree, "\n\n"));
    }

    [Theory]
    [MemberData(nameof(JsonExporterTests.ValidFiles), MemberType = typeof(JsonExporterTests))]
    public void Normalized_conformance_file_has_the_same_parts_and_no_layout_departures(string name)
    {
        string text = TestText.ReadExact(Path.Combine(TestPaths.ConformanceDirectory, "valid", name));
        DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(text, ParseOptions.Strict);
        DispatchSyntaxTree normalized = DispatchSyntaxTree.ParseText(SyntaxNormalizer.Normalize(tree), ParseOptions.Strict);
        Assert.Equal(ContentTokens(tree), ContentTokens(normalized));
        string[] layoutCodes = ["DSP0101", "DSP0102", "DSP0103", "DSP0104", "DSP0106"];
        Assert.DoesNotContain(normalized.GetDiagnostics(), diagnostic => layoutCodes.Contains(diagnostic.Code));
        Assert.DoesNotContain('\r', normalized.Text.Text);
    }

    [Property(MaxTest = 500)]
    public Property Normalizing_is_idempotent() =>
        Prop.ForAll(DispatchLikeText(), text =>
        {
            string once = Normalize(text);
            Assert.Equal(once, Normalize(once));
        });

    [Property(MaxTest = 500)]
    public Property Every_token_keeps_its_text_and_errors_stay() =>
        Prop.ForAll(DispatchLikeText(), text =>
        {
            DispatchSyntaxTree before = DispatchSyntaxTree.ParseText(text, ParseOptions.Strict);
            DispatchSyntaxTree after = DispatchSyntaxTree.ParseText(SyntaxNormalizer.Normalize(before), ParseOptions.Strict);
            Assert.Equal(ContentTokens(before), ContentTokens(after));
            // A byte-order mark alone on a line before the headline moves to the start, where it is no longer an error.
            Assert.Equal(ErrorCodes(before).Where(code => code != "DSP0007"), ErrorCodes(after).Where(code => code != "DSP0007"));
        });

    [Property(MaxTest = 500)]
    public Property The_result_is_in_canonical_layout() =>
        Prop.ForAll(DispatchLikeText(), text =>
        {
            string result = Normalize(text);
            Assert.DoesNotContain('\r', result);
            string[] lines = result.Split('\n');
            int blank = lines.Take(lines.Length - 1).Count(line => line.Length == 0);
            Assert.True(blank <= 1, $"more than one blank line in {Show(result)}");
            Assert.All(lines, line => Assert.False(line.Length > 0 && IsWhitespace(line[^1]), $"trailing whitespace in {Show(result)}"));
            bool endsWithBreak = text.Length > 0 && text[^1] is '\n' or '\r';
            // A final line break is kept exactly when the input had one (for a result with a line of text;
            // a separator that ends the text keeps its line break).
            if (result.TrimStart('\uFEFF').Length > 0 && !result.EndsWith("\n\n", StringComparison.Ordinal))
                Assert.Equal(endsWithBreak, result.EndsWith('\n'));
        });

    private static string Normalize(string text) => SyntaxNormalizer.Normalize(DispatchSyntaxTree.ParseText(text));

    /// <summary>The text of every token that is not layout (the separator's line break, the end of the file).</summary>
    private static string[] ContentTokens(DispatchSyntaxTree tree) =>
        [.. tree.Root.DescendantTokens()
            .Where(token => !token.IsMissing && token.Kind is not (SyntaxKind.BlankLineToken or SyntaxKind.EndOfFileToken))
            .Select(token => $"{token.Kind}:{token.Text}")];

    private static string[] ErrorCodes(DispatchSyntaxTree tree) =>
        [.. tree.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).Select(diagnostic => diagnostic.Code)];

    private static bool IsWhitespace(char c) =>
        c is ' ' or '\t' or '\u000B' or '\u000C' or '\u00A0' or '\u1680' or '\u202F' or '\u205F' or '\u3000' or (>= '\u2000' and <= '\u200A');

    private static string Show(string text) => System.Text.Json.JsonSerializer.Serialize(text);
}
