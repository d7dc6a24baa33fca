namespace DispatchParser.Tests.Corpus;

/// <summary>One allow-listed misread: a labelled file (<c>folder/file</c>), a compared field, and why the parser misreads it.</summary>
public sealed record KnownMisread(string File, string Field, string Reason);

public static class KnownMisreads
{
    private const string Header = "file\tfield\treason";

    /// <summary>The allow-list; throws <see cref="FormatException"/> on a row without a file, field and reason.</summary>
    public static IReadOnlyList<KnownMisread> Load(string path)
    {
        string[] lines = File.ReadAllLines(path);
        if (lines.Length == 0 || lines[0] != Header) throw new FormatException($"{path}: the header must be '{Header}' (tab-separated)");
        var misreads = new List<KnownMisread>();
        for (int i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0) continue;
            string[] columns = lines[i].Split('\t');
            if (columns.Length != 3 || columns.Any(column => column.Trim().Length == 0))
                throw new FormatException($"{path}:{i + 1}: expected file, field and a reason, tab-separated");
            misreads.Add(new KnownMisread(columns[0], columns[1], columns[2]));
        }
        return misreads;
    }
}
