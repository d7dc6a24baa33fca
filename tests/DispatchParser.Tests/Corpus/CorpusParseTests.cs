using DispatchParser.Diagnostics;
using DispatchParser.Syntax;
using DispatchParser.Tests.Grammar;
using Xunit.Abstractions;

namespace DispatchParser.Tests.Corpus;

/// <summary>
/// The hand-written parser over the real dispatches of ../shared/corpus (never copied into the
/// repository; skipped with a message when absent). Prints, per source folder, how many files had each part.
/// </summary>
public sealed class CorpusParseTests
{
    private readonly ITestOutputHelper _output;

    public CorpusParseTests(ITestOutputHelper output) => _output = output;

    /// <summary>Corpus files whose dateline is, correctly, not found: it is not the first body line.</summary>
    private static readonly Dictionary<string, string> s_notFirstLine = new()
    {
        ["3alyoum_2015-07-24_0045.txt"] = "a crawled navigation line ('Next Previous') stands before the dateline, so the dateline is a plain paragraph",
    };

    private static string Raw(string folder) => Path.Combine(TestPaths.CorpusDirectory, "raw", folder);

    /// <summary>The files of a corpus folder whose INDEX.tsv selection column is <paramref name="selection"/>.</summary>
    private static IEnumerable<string> Selected(string folder, string selection) =>
        File.ReadLines(Path.Combine(Raw(folder), "INDEX.tsv")).Skip(1)
            .Select(line => line.Split('\t'))
            .Where(columns => columns.Length > 1 && columns[1] == selection)
            .Select(columns => Path.Combine(Raw(folder), columns[0]));

    private static DispatchSyntaxTree Parse(string path, ParseOptions? options = null)
    {
        string text = TestText.ReadExact(path);
        if (ReutersRecord.IsRecord(text)) text = ReutersRecord.ToDispatch(text);
        return ParseHelper.Parse(text, options ?? ParseOptions.Lenient);
    }

    [SkippableFact]
    public void Every_corpus_file_round_trips_and_reports_its_parts_per_folder()
    {
        Skip.IfNot(TestPaths.CorpusAvailable, TestPaths.CorpusAbsent);
        var folders = Directory.EnumerateFiles(TestPaths.CorpusDirectory, "*.txt", SearchOption.AllDirectories)
            .GroupBy(path => Path.GetRelativePath(TestPaths.CorpusDirectory, Path.GetDirectoryName(path)!))
            .OrderBy(group => group.Key, StringComparer.Ordinal);
        int total = 0;
        _output.WriteLine("folder                  files headline dateline tag signoff endmark notice briefs  strict-clean");
        foreach (IGrouping<string, string> folder in folders)
        {
            int files = 0, headline = 0, dateline = 0, tag = 0, signOff = 0, endMarker = 0, notice = 0, briefs = 0, clean = 0;
            foreach (string path in folder)
            {
                DispatchSyntaxTree tree = Parse(path); // ParseHelper checks the round trip and positions.
                DocumentSyntax root = tree.Root;
                files++;
                if (!root.Headline.IsMissing) headline++;
                if (root.Dateline is not null) dateline++;
                if (root.AgencyTag is { IsMissing: false, IsSignOff: false }) tag++;
                if (root.AgencyTag is { IsSignOff: true }) signOff++;
                if (root.EndMarker is not null) endMarker++;
                if (!root.Notice.IsMissing) notice++;
                if (root.Briefs.Count > 0) briefs++;
                if (!tree.WithOptions(ParseOptions.Strict).HasErrors) clean++;
            }
            total += files;
            _output.WriteLine($"{folder.Key,-22} {files,6} {headline,8} {dateline,8} {tag,3} {signOff,7} {endMarker,7} {notice,6} {briefs,6}  {clean,12}");
        }
        Assert.True(total > 300, $"only {total} corpus files");
    }

    [SkippableFact]
    public void Reference_dispatch_parses_under_strict_without_any_diagnostic()
    {
        Skip.IfNot(TestPaths.CorpusAvailable, TestPaths.CorpusAbsent);
        DispatchSyntaxTree tree = Parse(Path.Combine(TestPaths.CorpusDirectory, "reference", "ilkha-ar-reference.txt"), ParseOptions.Strict);
        Assert.Empty(tree.GetDiagnostics());
        DocumentSyntax root = tree.Root;
        Assert.False(root.Headline.IsMissing);
        Assert.Equal(7, root.Paragraphs.Count);
        Assert.Equal("İLKHA", root.AgencyTag!.Name);
        Assert.Equal(SyntaxKind.AgencyTag, root.AgencyTag.Kind);
        Assert.False(root.Notice.IsMissing);
        Assert.Equal(4, root.Briefs.Count);
        Assert.Contains(root.Briefs, brief => brief.Text.Contains("(NDMA)", StringComparison.Ordinal));
    }

    [SkippableTheory]
    [InlineData("AA")]
    [InlineData("DHA")]
    [InlineData("CİHAN")]
    public void Turkish_copy_ending_with_a_tag_gets_that_agency(string agency)
    {
        Skip.IfNot(TestPaths.CorpusAvailable, TestPaths.CorpusAbsent);
        var files = Selected("ttc3600-tr", agency).ToList();
        Assert.NotEmpty(files);
        var wrong = files.Where(path => Parse(path).Root.AgencyTag is not { IsMissing: false } tag || tag.Name != agency)
            .Select(Path.GetFileName).ToList();
        Assert.True(wrong.Count == 0, $"{wrong.Count} of {files.Count} files without the ({agency}) tag: {string.Join(", ", wrong)}");
    }

    [SkippableFact]
    public void Drone_abbreviation_in_Turkish_copy_is_not_a_tag()
    {
        Skip.IfNot(TestPaths.CorpusAvailable, TestPaths.CorpusAbsent);
        string path = Selected("ttc3600-tr", "false-positive:(İHA)=drone-abbrev").Single();
        Assert.True(Parse(path).Root.AgencyTag is null or { IsMissing: true } or { Name: not "İHA" });
    }

    [SkippableFact]
    public void Saudi_Press_Agency_items_get_their_end_marker_and_dateline()
    {
        Skip.IfNot(TestPaths.CorpusAvailable, TestPaths.CorpusAbsent);
        var wire = Selected("saudinewsnet-ar", "spa-wire").Select(path => (path, Parse(path).Root)).ToList();
        Assert.All(wire, item => Assert.True(item.Root.EndMarker is not null, $"{Path.GetFileName(item.path)} has no end marker"));
        int withDateline = wire.Count(item => item.Root.Dateline?.AgencyName == "واس");
        _output.WriteLine($"{wire.Count} SPA wire items, all with an end marker; {withDateline} with a واس dateline (the others are continuation items, which have none)");
        Assert.True(withDateline >= wire.Count / 2, $"only {withDateline} of {wire.Count} SPA items have a واس dateline");

        var datelined = Selected("saudinewsnet-ar", "dateline-was")
            .Where(path => !s_notFirstLine.ContainsKey(Path.GetFileName(path)))
            .Select(path => (path, Parse(path).Root)).ToList();
        Assert.All(datelined, item => Assert.True(item.Root.Dateline?.AgencyName == "واس", $"{Path.GetFileName(item.path)}: no واس dateline"));
    }

    [SkippableFact]
    public void Reuters_bodies_get_the_Reuter_sign_off()
    {
        Skip.IfNot(TestPaths.CorpusAvailable, TestPaths.CorpusAbsent);
        var files = Selected("reuters21578", "Reuter").Concat(Selected("reuters21578", "REUTER")).Concat(Selected("reuters21578", "reuter")).ToList();
        Assert.NotEmpty(files);
        var wrong = files.Where(path => Parse(path).Root.AgencyTag is not { IsSignOff: true } tag
                || !tag.Name.Equals("Reuter", StringComparison.OrdinalIgnoreCase))
            .Select(Path.GetFileName).ToList();
        Assert.True(wrong.Count == 0, $"{wrong.Count} of {files.Count} Reuters bodies without the sign-off: {string.Join(", ", wrong)}");
    }
}
