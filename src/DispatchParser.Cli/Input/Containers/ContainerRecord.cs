using DispatchParser.Text;

namespace DispatchParser.Cli.Input.Containers;

/// <summary>What an input holds: one dispatch (<c>text</c>), or many records of a container.</summary>
public enum InputFormat
{
    /// <summary>The file is one dispatch.</summary>
    Text,

    /// <summary>A Reuters-21578 .sgm file: each <c>&lt;REUTERS&gt;</c> record is one dispatch.</summary>
    ReutersSgml,

    /// <summary>JSON Lines: each line's <c>text</c> field is one dispatch, read as <c>dispatch jsonl</c> reads it.</summary>
    Jsonl,
}

/// <summary>
/// One dispatch taken out of a container file, and how its text maps back into the container, so that a
/// diagnostic can be placed at the line and column of the container where its characters are.
/// </summary>
/// <param name="Number">1-based number of the record in the container.</param>
/// <param name="Id">The record's own id where the container has one (Reuters' NEWID), else null.</param>
/// <param name="Start">Where the record starts in the container (0-based line and UTF-16 column).</param>
/// <param name="Text">The dispatch text, or null when the record could not be read.</param>
/// <param name="Place">Where a text offset of the dispatch is in the container (0-based line and UTF-16 column).</param>
/// <param name="Problem">Why the record could not be read, or null.</param>
public sealed record ContainerRecord(int Number, string? Id, LinePosition Start, string? Text, Func<int, LinePosition>? Place, string? Problem)
{
    /// <summary>The invalid UTF-8 sequences of the record's bytes: where their U+FFFD is in the container, and their byte offset (in the file, or in the line for JSON Lines).</summary>
    public IReadOnlyList<(LinePosition At, long ByteOffset)> InvalidUtf8 { get; init; } = [];
}

/// <summary>
/// Maps offsets of a text built from pieces of a container back to container offsets: a sorted list of
/// runs (text offset, container offset, length). Characters the builder inserted (the blank line after a
/// headline) map to the end of the run before them; a decoded entity's characters map to the entity.
/// </summary>
public sealed class OffsetMap
{
    private readonly List<(int TextStart, int TextLength, int ContainerStart, int ContainerLength)> _runs = [];

    /// <summary>
    /// Adds a run: <paramref name="textLength"/> characters of the text from <paramref name="textStart"/> come
    /// from <paramref name="containerLength"/> characters of the container at <paramref name="containerStart"/>
    /// (the same number when copied, more for an entity). Runs are added in text order.
    /// </summary>
    public void Add(int textStart, int textLength, int containerStart, int containerLength) =>
        _runs.Add((textStart, textLength, containerStart, containerLength));

    /// <summary>The container offset of text offset <paramref name="offset"/>.</summary>
    public int ToContainer(int offset)
    {
        if (_runs.Count == 0) return 0;
        int low = 0, high = _runs.Count - 1;
        while (low < high)
        {
            int middle = (low + high + 1) / 2;
            if (_runs[middle].TextStart <= offset) low = middle;
            else high = middle - 1;
        }
        (int textStart, int textLength, int containerStart, int containerLength) = _runs[low];
        if (offset <= textStart) return containerStart;
        if (offset >= textStart + textLength) return containerStart + containerLength;
        return textLength == containerLength ? containerStart + (offset - textStart) : containerStart;
    }
}
