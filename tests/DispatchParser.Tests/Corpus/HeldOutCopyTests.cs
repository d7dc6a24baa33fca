using DispatchParser.TestSupport;

namespace DispatchParser.Tests.Corpus;

/// <summary>
/// The held-out copy (Corpus/HeldOut/README.md): new dispatches, written by the team for every class of the real-copy
/// issues in four languages, each read as its label says — headline, agency, end marker, the first paragraph's start,
/// layout and paragraph count — and read alike by the grammar. No allow-list: a misread here is a bug.
/// </summary>
public sealed class HeldOutCopyTests
{
    private static string Folder => Path.Combine(TestPaths.RepositoryRoot, "tests", "DispatchParser.Tests", "Corpus", "HeldOut");

    public static TheoryData<string> Files()
    {
        var files = new TheoryData<string>();
        foreach (string file in Labels().Keys.Order(StringComparer.Ordinal)) files.Add(file);
        return files;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Held_out_dispatch_is_read_as_labelled(string file)
    {
        string[] label = Labels()[file];
        string text = File.ReadAllText(Path.Combine(Folder, file));

        ParserReading reading = ParserReading.Of(text);

        Assert.Equal(
            $"headline {label[1]}, agency {label[2]}, end marker {label[3]}, first paragraph {label[4]}, {label[5]}, {label[6]} paragraphs",
            $"headline {reading.Headline}, agency {reading.Agency}, end marker {reading.EndMarker}, first paragraph {reading.FirstParagraph}, {reading.Layout}, {reading.Paragraphs} paragraphs");
        Assert.Null(GrammarAgreement.Disagreement(text));
    }

    [Fact]
    public void Every_held_out_file_has_a_label_and_every_class_is_covered()
    {
        var labelled = Labels();
        string[] files = [.. Directory.EnumerateFiles(Folder, "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal)!];
        Assert.Equal(files, labelled.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(10, labelled.Values.Select(row => row[7]).Distinct().Count());
        foreach (string language in new[] { "-ar.txt", "-tr.txt", "-kmr.txt", "-en.txt" })
            Assert.Contains(labelled.Keys, file => file.EndsWith(language, StringComparison.Ordinal));
    }

    /// <summary>labels.tsv: file, headline, agency, endMarker, firstParagraph, layout, paragraphs, class (header row first).</summary>
    private static Dictionary<string, string[]> Labels() =>
        File.ReadAllLines(Path.Combine(Folder, "labels.tsv"))
            .Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => line.Split('\t'))
            .ToDictionary(row => row[0], StringComparer.Ordinal);
}
