namespace DispatchParser.Tests.Corpus;

/// <summary>Where a dispatch's first body paragraph starts: 1-based line, 1-based UTF-16 column (Labels/README.md).</summary>
public readonly record struct LineColumn(int Line, int Column)
{
    public static LineColumn Parse(string text)
    {
        string[] parts = text.Split(':');
        if (parts.Length != 2 || !int.TryParse(parts[0], out int line) || !int.TryParse(parts[1], out int column) || line < 1 || column < 1)
            throw new FormatException($"'{text}' is not line:column");
        return new LineColumn(line, column);
    }

    public override string ToString() => $"{Line}:{Column}";
}

/// <summary>
/// One hand-labelled corpus file, read by eye as a news editor would (Labels/README.md states the
/// conventions). <see cref="CorpusLabels.ComparedFields"/> names the values compared with the parser; the rest
/// (agency position, end-marker placement, notice, residue) are labelled but not compared yet.
/// </summary>
public sealed record CorpusLabel(
    string Folder,
    string File,
    string Headline,
    string Agency,
    string AgencyPosition,
    string EndMarker,
    string EndMarkerPlacement,
    LineColumn FirstParagraph,
    string FirstWord,
    string Byline,
    string Source,
    string Notice,
    string Layout,
    int Paragraphs,
    string Residue,
    string Note)
{
    /// <summary><c>folder/file</c>, the key of the allow-list.</summary>
    public string Key => $"{Folder}/{File}";
}
