using System.Globalization;
using System.Text;
using DispatchParser.Tests.Grammar;
using DispatchParser.Text;
using Xunit.Abstractions;

namespace DispatchParser.Tests.Corpus;

/// <summary>
/// The parser against hand-labelled real copy: every file of ../shared/corpus/raw/{ttc3600-tr,
/// 1150haber-tr, saudinewsnet-ar} is labelled in Labels/*.tsv (conventions in Labels/README.md).
/// Compared per file (<see cref="CorpusLabels.ComparedFields"/>): the headline, the agency's registry id, the end marker's
/// kind, where the first body paragraph starts (whether all four are right), the layout, the paragraph count, and the
/// lines of the byline and of the source (Labels/README.md, "Bylines and sources": an own-line <c>X – واس</c> is the
/// dateline, not a source). Labelled but NOT compared yet: the agency's position, the end marker's placement, the notice
/// line and the residue lines.
/// Every current misread is named in Labels/known-misreads.tsv with its reason: a misread not on the
/// list fails, and so does a listed misread that now reads right (remove its line), so the list stays
/// true and shrinks as the parser improves.
/// Figures: <c>dotnet test --filter CorpusAccuracy --logger "console;verbosity=detailed"</c>;
/// misreads one per line: <c>tests/DispatchParser.Tests/Corpus/misreads.sh</c>.
/// </summary>
public sealed class CorpusAccuracyTests
{
    private readonly ITestOutputHelper _output;

    public CorpusAccuracyTests(ITestOutputHelper output) => _output = output;

    private static string CorpusFile(CorpusLabel label) => Path.Combine(TestPaths.CorpusDirectory, "raw", label.Folder, label.File);

    [Fact]
    public void Label_files_and_the_allow_list_are_well_formed()
    {
        IReadOnlyList<CorpusLabel> labels = CorpusLabels.LoadAll();
        Assert.Equal(227, labels.Count);
        var duplicates = labels.GroupBy(label => label.Key).Where(group => group.Count() > 1).Select(group => group.Key).ToList();
        Assert.True(duplicates.Count == 0, "labelled twice: " + string.Join(", ", duplicates));

        var keys = labels.Select(label => label.Key).ToHashSet();
        var allowed = KnownMisreads.Load(CorpusLabels.AllowListFile);
        foreach (KnownMisread misread in allowed)
        {
            Assert.True(keys.Contains(misread.File), $"known-misreads.tsv names {misread.File}, which has no label");
            Assert.Contains(misread.Field, CorpusLabels.ComparedFields);
        }
        var twice = allowed.GroupBy(misread => (misread.File, misread.Field)).Where(group => group.Count() > 1).Select(group => group.Key).ToList();
        Assert.True(twice.Count == 0, "allow-listed twice: " + string.Join(", ", twice));
    }

    [SkippableFact]
    public void Labels_cover_every_corpus_file_and_point_at_their_first_word()
    {
        Skip.IfNot(TestPaths.CorpusAvailable, $"The shared corpus is absent ({TestPaths.CorpusDirectory}); the labels are not checked against it.");
        IReadOnlyList<CorpusLabel> labels = CorpusLabels.LoadAll();
        foreach (string folder in CorpusLabels.Folders)
        {
            var files = Directory.EnumerateFiles(Path.Combine(TestPaths.CorpusDirectory, "raw", folder), "*.txt").Select(Path.GetFileName).ToHashSet();
            var labelled = labels.Where(label => label.Folder == folder).Select(label => label.File).ToHashSet();
            Assert.True(files.SetEquals(labelled),
                $"{folder}: unlabelled {string.Join(", ", files.Except(labelled))}; labelled but absent {string.Join(", ", labelled.Except(files))}");
        }

        var wrong = new List<string>();
        foreach (CorpusLabel label in labels)
        {
            SourceText text = SourceText.From(TestText.ReadExact(CorpusFile(label)));
            int lineIndex = label.FirstParagraph.Line - 1;
            bool bom = lineIndex == 0 && text.Length > 0 && text[0] == '\uFEFF';
            int start = lineIndex < text.LineCount ? text.GetLine(lineIndex).Start + label.FirstParagraph.Column - 1 + (bom ? 1 : 0) : -1;
            bool found = start >= 0 && start + label.FirstWord.Length <= text.Length
                && text.Text.AsSpan(start, label.FirstWord.Length).SequenceEqual(label.FirstWord);
            if (!found) wrong.Add($"{label.Key}: '{label.FirstWord}' is not at {label.FirstParagraph}");
            if (label.Headline != "none" && int.Parse(label.Headline, CultureInfo.InvariantCulture) > text.LineCount)
                wrong.Add($"{label.Key}: headline line {label.Headline} is past the end");
        }
        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    [SkippableFact]
    public void CorpusAccuracyReport()
    {
        Skip.IfNot(TestPaths.CorpusAvailable, $"The shared corpus is absent ({TestPaths.CorpusDirectory}); no corpus figures.");
        IReadOnlyList<CorpusLabel> labels = CorpusLabels.LoadAll();
        var misreads = new List<(CorpusLabel Label, string Field, string Expected, string Read)>();
        var report = new AccuracyTable();
        foreach (CorpusLabel label in labels)
        {
            ParserReading reading = ParserReading.Of(TestText.ReadExact(CorpusFile(label)));
            var right = new Dictionary<string, bool>();
            foreach (string field in CorpusLabels.ComparedFields)
            {
                string expected = Expected(label, field);
                string read = reading.Field(field);
                right[field] = expected == read;
                if (!right[field]) misreads.Add((label, field, expected, read));
            }
            report.Add(label.Folder, right);
        }

        _output.WriteLine(report.ToString());
        foreach (var (label, field, expected, read) in misreads)
            _output.WriteLine($"MISREAD {label.Key} {field}: labelled {expected}, parser read {read}");

        var listed = KnownMisreads.Load(CorpusLabels.AllowListFile).Select(misread => (misread.File, misread.Field)).ToHashSet();
        var found = misreads.Select(misread => (misread.Label.Key, misread.Field)).ToHashSet();
        var unexpected = misreads.Where(misread => !listed.Contains((misread.Label.Key, misread.Field))).ToList();
        var fixedNow = listed.Where(entry => !found.Contains(entry)).OrderBy(entry => entry.File, StringComparer.Ordinal).ToList();

        var message = new StringBuilder();
        if (unexpected.Count > 0)
        {
            message.AppendLine(CultureInfo.InvariantCulture,
                $"{unexpected.Count} misread(s) not in Labels/known-misreads.tsv (fix the parser, or add the line with its reason):");
            foreach (var (label, field, expected, read) in unexpected)
                message.AppendLine(CultureInfo.InvariantCulture, $"  {label.Key}\t{field}\t(labelled {expected}, parser read {read}; {label.Note})");
        }
        if (fixedNow.Count > 0)
        {
            message.AppendLine(CultureInfo.InvariantCulture,
                $"{fixedNow.Count} allow-listed misread(s) now read right: remove these lines from Labels/known-misreads.tsv:");
            foreach (var (file, field) in fixedNow)
                message.AppendLine(CultureInfo.InvariantCulture, $"  {file}\t{field}");
        }
        Assert.True(message.Length == 0, message.ToString());
    }

    private static string Expected(CorpusLabel label, string field) => field switch
    {
        "headline" => label.Headline,
        "agency" => label.Agency,
        "endMarker" => label.EndMarker,
        "firstParagraph" => label.FirstParagraph.ToString(),
        "layout" => label.Layout,
        "paragraphs" => label.Paragraphs.ToString(CultureInfo.InvariantCulture),
        "byline" => label.Byline,
        "source" => label.Source,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "not a compared field"),
    };
}
