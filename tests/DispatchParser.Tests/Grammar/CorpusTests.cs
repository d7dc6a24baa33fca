using System.Diagnostics;
using DispatchParser.Grammar;
using Xunit.Abstractions;

namespace DispatchParser.Tests.Grammar;

/// <summary>
/// The generated parser over the real dispatches of ../shared/corpus (never copied into the
/// repository). Skipped, with a message, when the corpus is absent.
/// </summary>
public sealed class CorpusTests
{
    private static readonly TimeSpan s_perFileTimeout = TimeSpan.FromSeconds(10);

    private readonly ITestOutputHelper _output;

    public CorpusTests(ITestOutputHelper output) => _output = output;

    [SkippableFact]
    public async Task Every_corpus_file_parses_without_throwing_within_the_timeout()
    {
        SkipWithoutCorpus();
        var files = Directory.EnumerateFiles(TestPaths.CorpusDirectory, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(files);

        var wellFormed = 0;
        var reutersRecords = 0;
        foreach (var file in files)
        {
            var text = TestText.ReadExact(file);
            if (ReutersRecord.IsRecord(text))
            {
                text = ReutersRecord.ToDispatch(text);
                reutersRecords++;
            }

            var stopwatch = Stopwatch.StartNew();
            var parse = Task.Run(() =>
            {
                var result = DispatchGrammar.Parse(text);
                _ = result.Lower();
                return result;
            });
            GrammarParseResult result;
            try
            {
                result = await parse.WaitAsync(s_perFileTimeout);
            }
            catch (TimeoutException)
            {
                Assert.Fail($"{Relative(file)}: the generated parser took more than {s_perFileTimeout.TotalSeconds} s.");
                throw;
            }

            if (result.IsWellFormed)
            {
                wellFormed++;
            }

            _output.WriteLine($"{Relative(file)}: {(result.IsWellFormed ? "well-formed" : $"{result.Errors.Count} error(s)")}, {stopwatch.ElapsedMilliseconds} ms");
        }

        _output.WriteLine($"{files.Count} files ({reutersRecords} Reuters records converted), {wellFormed} well-formed.");
    }

    [SkippableFact]
    public void Reference_dispatch_parses_into_its_parts()
    {
        SkipWithoutCorpus();
        var path = Path.Combine(TestPaths.CorpusDirectory, "reference", "ilkha-ar-reference.txt");
        Assert.True(File.Exists(path), $"Missing {path}.");

        var result = DispatchGrammar.Parse(TestText.ReadExact(path));
        Assert.Empty(result.Errors);

        var parts = result.Lower();
        Assert.NotNull(parts.Headline);
        Assert.Null(parts.Dateline);
        Assert.Equal(7, parts.Paragraphs.Count);
        Assert.NotNull(parts.AgencyTag);
        Assert.Equal("İLKHA", parts.AgencyTag.Name);
        Assert.Equal("(İLKHA)", parts.AgencyTag.Text);
        Assert.Equal(AgencyTagPosition.Signoff, parts.AgencyTag.Position);
        Assert.Null(parts.EndMarker);
        Assert.NotNull(parts.Notice);
        Assert.StartsWith("تنبيه:", parts.Notice.Text, StringComparison.Ordinal);
        Assert.Equal(4, parts.Briefs.Count);
        Assert.Contains("(NDMA)", parts.Briefs[3].Text, StringComparison.Ordinal);
        Assert.False(parts.Paragraphs[6].Text.EndsWith(' '), "the last paragraph keeps the space before its tag");
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
