using DispatchParser.Analysis;
using DispatchParser.Diagnostics;
using DispatchParser.Syntax;
using DispatchParser.Text;

namespace DispatchParser.Tests.Analysis;

/// <summary>Helpers shared by the analyzer tests: parse with a round-trip check, pick diagnostics, find spans.</summary>
public static class AnalysisTest
{
    /// <summary>The languages of <see cref="SampleDispatch"/>: Arabic, Turkish, Kurmanji, English.</summary>
    public static TheoryData<string> Languages => new() { "ar", "tr", "kmr", "en" };

    /// <summary>
    /// Parses <paramref name="text"/> (standard profile unless told) and checks the tree invariants every
    /// parse test checks: lossless, tokens tiling the text, spans slicing their own text.
    /// </summary>
    internal static DispatchSyntaxTree Parse(string text, ParseOptions? options = null)
    {
        var tree = DispatchSyntaxTree.ParseText(text, options);
        ParseHelper.CheckInvariants(tree, text);
        return tree;
    }

    public static IReadOnlyList<Diagnostic> Analyze(string text, ParseOptions? options = null) =>
        DispatchAnalyzer.Analyze(Parse(text, options));

    /// <summary>The spans of the diagnostics with <paramref name="code"/>, in reported order.</summary>
    public static TextSpan[] Spans(IEnumerable<Diagnostic> diagnostics, string code) =>
        [.. diagnostics.Where(diagnostic => diagnostic.Code == code).Select(diagnostic => diagnostic.Span)];

    /// <summary>The analyzer's spans for <paramref name="code"/> on <paramref name="text"/>, under the strict profile (nothing hidden).</summary>
    public static TextSpan[] Spans(string text, string code) => Spans(Analyze(text, ParseOptions.Strict), code);

    /// <summary>The span of the <paramref name="occurrence"/>-th (1-based) occurrence of <paramref name="needle"/>.</summary>
    public static TextSpan SpanOf(string text, string needle, int occurrence = 1)
    {
        int index = -1;
        for (int i = 0; i < occurrence; i++)
        {
            index = text.IndexOf(needle, index + 1, StringComparison.Ordinal);
            Assert.True(index >= 0, $"'{needle}' occurs fewer than {occurrence} times.");
        }
        return new TextSpan(index, needle.Length);
    }

    /// <summary>The span of the last occurrence of <paramref name="needle"/>.</summary>
    public static TextSpan LastSpanOf(string text, string needle)
    {
        int index = text.LastIndexOf(needle, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{needle}' does not occur.");
        return new TextSpan(index, needle.Length);
    }

    /// <summary>The span of the name inside the last <c>(NAME)</c> group: where a tag's name token is.</summary>
    public static TextSpan TagNameSpan(string text, string name)
    {
        TextSpan group = LastSpanOf(text, $"({name})");
        return new TextSpan(group.Start + 1, name.Length);
    }

    /// <summary>Joins lines with LF and no final line break, the reference dispatch's shape.</summary>
    public static string Lines(params string[] lines) => string.Join("\n", lines);
}
