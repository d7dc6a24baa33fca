using DispatchParser.Analysis;
using DispatchParser.Diagnostics;
using DispatchParser.Syntax;
using DispatchParser.Tests.Grammar;
using Xunit.Abstractions;

namespace DispatchParser.Tests.Analysis;

/// <summary>
/// The analyzers over the real dispatches of ../shared/corpus (never copied into the repository).
/// Skipped, with a message, when the corpus is absent.
/// </summary>
public sealed class AnalysisCorpusTests
{
    private readonly ITestOutputHelper _output;

    public AnalysisCorpusTests(ITestOutputHelper output) => _output = output;

    [SkippableFact]
    public void Analysis_of_every_corpus_file_never_throws_and_reports_inside_the_text()
    {
        SkipWithoutCorpus();
        var files = Directory.EnumerateFiles(TestPaths.CorpusDirectory, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(files);

        var byCode = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (string file in files)
        {
            string raw = TestText.ReadExact(file);
            // A Reuters record is analysed both as it is on disk and as the dispatch it contains.
            IEnumerable<string> texts = ReutersRecord.IsRecord(raw) ? [raw, ReutersRecord.ToDispatch(raw)] : [raw];
            foreach (string text in texts)
            {
                DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(text, ParseOptions.Strict);
                IReadOnlyList<Diagnostic> diagnostics = DispatchAnalyzer.GetAllDiagnostics(tree);
                foreach (Diagnostic diagnostic in diagnostics)
                {
                    Assert.True(diagnostic.Span.End <= text.Length, $"{Relative(file)}: {diagnostic} lies outside the text.");
                    if (diagnostic.Code.StartsWith("DSP02", StringComparison.Ordinal))
                        byCode[diagnostic.Code] = byCode.GetValueOrDefault(diagnostic.Code) + 1;
                }
            }
        }

        _output.WriteLine($"{files.Count} files analysed; analyzer diagnostics under strict: " +
            (byCode.Count == 0 ? "none" : string.Join(", ", byCode.Select(entry => $"{entry.Key} × {entry.Value}"))));
    }

    [SkippableFact]
    public void Reference_dispatch_has_no_analyzer_warning_or_error_under_strict()
    {
        SkipWithoutCorpus();
        string path = Path.Combine(TestPaths.CorpusDirectory, "reference", "ilkha-ar-reference.txt");
        Assert.True(File.Exists(path), $"Missing {path}.");

        DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(TestText.ReadExact(path), ParseOptions.Strict);
        var serious = DispatchAnalyzer.Analyze(tree).Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning).ToList();

        Assert.True(serious.Count == 0, string.Join(Environment.NewLine, serious));
        Assert.Equal("İLKHA", tree.Root.AgencyTag?.Name);
    }

    private void SkipWithoutCorpus()
    {
        if (!TestPaths.CorpusAvailable)
        {
            _output.WriteLine($"Corpus not found at {TestPaths.CorpusDirectory}: skipped.");
        }

        Skip.IfNot(TestPaths.CorpusAvailable, TestPaths.CorpusAbsent);
    }

    private static string Relative(string file) => Path.GetRelativePath(TestPaths.CorpusDirectory, file);
}
