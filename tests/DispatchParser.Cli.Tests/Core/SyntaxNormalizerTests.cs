using DispatchParser.Diagnostics;
using DispatchParser.Syntax;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DispatchParser.Cli.Tests.Core;

/// <summary>
/// The normalizer behind <c>dispatch format</c> (<see cref="SyntaxNormalizer"/>, whose own examples are in
/// DispatchParser.Tests): properties over generated dispatches — idempotent, every token kept, one
/// line-break style, no trailing whitespace — and the conformance suite.
/// </summary>
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
    [InlineData("Headline \r\n\r\n\r\nBody. (AA)\t\r\nYASAL UYARI: x", "Headline\n\nBody. (AA)\nYASAL UYARI: x")]
    [InlineData("Headline\rBody. (AA)\rYASAL UYARI: x\r", "Headline\n\nBody. (AA)\nYASAL UYARI: x\n")] // the missing separator is inserted
    [InlineData("Headline\n\nBody.\nReuter\nText.\nYASAL UYARI: x\n", "Headline\n\nBody.\nReuter\nText.\nYASAL UYARI: x\n")] // skipped line kept
    // Regression: a stray byte-order mark on a blank line after the headline is skipped text inside the
    // separator; it was dropped with the separator's blank lines (content lost, and not idempotent).
    [InlineData("Headline\n\uFEFF\nBody. (AA)\nYASAL UYARI: x", "Headline\n\n\uFEFF\nBody. (AA)\nYASAL UYARI: x")]
    [InlineData("", "")]
    public void Normalizes_line_breaks_the_separator_and_trailing_whitespace(string input, string expected) =>
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
    public void Normalized_conformance_file_keeps_its_tokens_and_loses_its_layout_departures(string name)
    {
        string text = TestText.ReadExact(Path.Combine(TestPaths.ConformanceDirectory, "valid", name));
        DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(text, ParseOptions.Strict);
        DispatchSyntaxTree normalized = DispatchSyntaxTree.ParseText(SyntaxNormalizer.Normalize(tree), ParseOptions.Strict);
        Assert.Equal(ContentTokens(tree), ContentTokens(normalized));
        string[] layoutCodes = ["DSP0102", "DSP0104"]; // separator not one empty line, trailing whitespace
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
            // A missing separator is inserted: the one error the normalizer may fix.
            Assert.Equal(ErrorCodes(before).Where(code => code != "DSP0002").Order(), ErrorCodes(after).Where(code => code != "DSP0002").Order());
        });

    [Property(MaxTest = 500)]
    public Property The_result_has_one_line_break_style_and_no_trailing_whitespace() =>
        Prop.ForAll(DispatchLikeText(), text =>
        {
            string result = Normalize(text);
            Assert.DoesNotContain('\r', result);
            Assert.All(result.Split('\n'), line => Assert.False(line.Length > 0 && IsWhitespace(line[^1]), $"trailing whitespace in {Show(result)}"));
            DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(result, ParseOptions.Strict);
            // A stray byte-order mark kept on its own line after the separator still counts as one more blank line (DSP0102).
            bool strayMark = result.Length > 1 && result.AsSpan(1).Contains('\uFEFF');
            Assert.False(tree.GetDiagnostics().Any(diagnostic => diagnostic.Code == "DSP0104" || (diagnostic.Code == "DSP0102" && !strayMark)),
                $"{Show(text)} normalized to {Show(result)}: {string.Join(", ", tree.GetDiagnostics())}");
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
