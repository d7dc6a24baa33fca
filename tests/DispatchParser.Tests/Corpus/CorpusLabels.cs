using DispatchParser.Dialects;

namespace DispatchParser.Tests.Corpus;

/// <summary>Reads and checks the label files of tests/DispatchParser.Tests/Corpus/Labels.</summary>
public static class CorpusLabels
{
    /// <summary>The labelled folders of ../shared/corpus/raw, one TSV each.</summary>
    public static readonly IReadOnlyList<string> Folders = ["ttc3600-tr", "1150haber-tr", "saudinewsnet-ar"];

    /// <summary>The compared fields, in report order.</summary>
    public static readonly IReadOnlyList<string> ComparedFields = ["headline", "agency", "endMarker", "firstParagraph", "layout", "paragraphs", "byline", "source"];

    /// <summary>The four parts of "all four" (the issues' measure); layout, paragraph count, byline and source come on top ("all eight").</summary>
    public static readonly IReadOnlyList<string> PartFields = ["headline", "agency", "endMarker", "firstParagraph"];

    public static readonly string[] Header =
    [
        "file", "headline", "agency", "agencyPosition", "endMarker", "endMarkerPlacement", "firstParagraph",
        "firstWord", "byline", "source", "notice", "layout", "paragraphs", "residue", "note",
    ];

    private static readonly HashSet<string> s_positions = ["tag", "signoff", "dateline", "byline", "source", "-"];
    private static readonly HashSet<string> s_endMarkers = ["end", "continues", "-"];
    private static readonly HashSet<string> s_placements = ["inline", "own-line", "-"];
    private static readonly HashSet<string> s_layouts = ["canonical", "wrapped"];

    public static string Directory => Path.Combine(TestPaths.RepositoryRoot, "tests", "DispatchParser.Tests", "Corpus", "Labels");

    public static string AllowListFile => Path.Combine(Directory, "known-misreads.tsv");

    /// <summary>Every label of every folder; throws <see cref="FormatException"/> naming the row on a malformed label.</summary>
    public static IReadOnlyList<CorpusLabel> LoadAll() => Folders.SelectMany(Load).ToList();

    public static IReadOnlyList<CorpusLabel> Load(string folder)
    {
        string path = Path.Combine(Directory, folder + ".tsv");
        string[] lines = File.ReadAllLines(path);
        if (lines.Length == 0 || lines[0] != string.Join('\t', Header))
            throw new FormatException($"{path}: the header must be: {string.Join(' ', Header)}");
        var labels = new List<CorpusLabel>();
        for (int i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0) continue;
            try
            {
                labels.Add(ParseRow(folder, lines[i]));
            }
            catch (FormatException error)
            {
                throw new FormatException($"{path}:{i + 1}: {error.Message}", error);
            }
        }
        return labels;
    }

    private static CorpusLabel ParseRow(string folder, string row)
    {
        string[] c = row.Split('\t');
        if (c.Length != Header.Length) throw new FormatException($"{c.Length} columns, expected {Header.Length}");
        var label = new CorpusLabel(folder, c[0], c[1], c[2], c[3], c[4], c[5], LineColumn.Parse(c[6]), c[7], c[8], c[9], c[10], c[11],
            int.TryParse(c[12], out int paragraphs) ? paragraphs : throw new FormatException($"paragraphs '{c[12]}' is not a number"), c[13], c[14]);
        Check(label.Headline == "none" || IsLineNumber(label.Headline), $"headline '{label.Headline}' is neither a line number nor none");
        Check(label.Agency == "none" || AgencyRegistry.Default.FindById(label.Agency) is not null, $"agency '{label.Agency}' is not a registry id");
        Check(s_positions.Contains(label.AgencyPosition), $"agencyPosition '{label.AgencyPosition}'");
        Check((label.Agency == "none") == (label.AgencyPosition == "-"), "an agency needs a position and none has none");
        Check(s_endMarkers.Contains(label.EndMarker), $"endMarker '{label.EndMarker}'");
        Check(s_placements.Contains(label.EndMarkerPlacement), $"endMarkerPlacement '{label.EndMarkerPlacement}'");
        Check((label.EndMarker == "-") == (label.EndMarkerPlacement == "-"), "an end marker needs a placement and none has none");
        Check(label.FirstWord.Length > 0 && !label.FirstWord.Contains(' ', StringComparison.Ordinal), "firstWord must be one word");
        Check(label.Byline == "-" || IsLineNumber(label.Byline), $"byline '{label.Byline}'");
        Check(label.Source == "-" || IsLineNumber(label.Source), $"source '{label.Source}'");
        Check(label.Notice == "-" || IsLineNumber(label.Notice), $"notice '{label.Notice}'");
        Check(s_layouts.Contains(label.Layout), $"layout '{label.Layout}'");
        Check(label.Residue == "-" || label.Residue.Split(',').All(IsLineNumber), $"residue '{label.Residue}'");
        return label;
    }

    private static bool IsLineNumber(string text) => int.TryParse(text, out int line) && line >= 1;

    private static void Check(bool condition, string message)
    {
        if (!condition) throw new FormatException(message);
    }
}
