using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using DispatchParser.Cli.Jsonl;
using DispatchParser.Text;

namespace DispatchParser.Cli.Input.Containers;

/// <summary>
/// The records of a JSON Lines file for <c>--input jsonl</c>: each line's text field is one dispatch, read
/// as <c>dispatch jsonl</c> reads it (<see cref="JsonLineReader"/>, <see cref="JsonTextLookup"/>, invalid
/// UTF-8 replaced). A diagnostic is placed on the record's line, at the column where its character is
/// written inside the JSON string (an escape such as <c>\n</c> or <c>\u00e7</c> counts as written).
/// </summary>
public static class JsonlContainer
{
    public const string DefaultTextField = "text";

    /// <summary>The records of <paramref name="bytes"/>; lines that hold no dispatch become records with a problem.</summary>
    public static IEnumerable<ContainerRecord> Records(byte[] bytes, int maxLineBytes, string textField = DefaultTextField)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        byte[] field = Encoding.UTF8.GetBytes(textField);
        var repaired = new ArrayBufferWriter<byte>(1024);
        var invalid = new List<(int LineOffset, int RepairedOffset)>();
        using var reader = new JsonLineReader(new MemoryStream(bytes, writable: false), maxLineBytes);
        int number = 0;
        while (reader.TryReadLine(out ReadOnlySpan<byte> line, out long skipped))
        {
            number++;
            var start = new LinePosition(number - 1, 0);
            if (skipped > 0)
            {
                yield return new ContainerRecord(number, null, start, null, null,
                    $"line {number.ToString(CultureInfo.InvariantCulture)}: line too large (over {DispatchReader.Limit(maxLineBytes)}; see --max-line-size)");
                continue;
            }
            invalid.Clear();
            ReadOnlySpan<byte> json = Utf8.IsValid(line) ? line : JsonlRecordWriter.Repair(line, repaired, invalid);
            JsonTextLookup found = JsonTextLookup.Find(json, field, []);
            string? problem = found.Error ?? (found.Text is null ? $"no string field \"{textField}\"" : null);
            if (problem is not null)
            {
                yield return new ContainerRecord(number, null, start, null, null, $"line {number.ToString(CultureInfo.InvariantCulture)}: {problem}");
                continue;
            }
            string lineText = Encoding.UTF8.GetString(json);
            int textColumn = Encoding.UTF8.GetCharCount(json[..found.TextStart]);
            var invalidAt = new List<(LinePosition, long)>(invalid.Count);
            foreach ((int lineOffset, int repairedOffset) in invalid)
                invalidAt.Add((new LinePosition(number - 1, Encoding.UTF8.GetCharCount(json[..repairedOffset])), lineOffset));
            yield return new ContainerRecord(number, null, start, found.Text, EscapeMap(lineText, textColumn, number - 1), null) { InvalidUtf8 = invalidAt };
        }
    }

    /// <summary>Maps each character of the decoded string back to its column in the line, escapes included.</summary>
    private static Func<int, LinePosition> EscapeMap(string line, int contentStart, int lineIndex)
    {
        var map = new OffsetMap();
        int text = 0, column = contentStart, runStart = contentStart, runText = 0;
        while (column < line.Length && line[column] != '"')
        {
            if (line[column] != '\\')
            {
                column++;
                text++;
                continue;
            }
            if (column > runStart) map.Add(runText, column - runStart, runStart, column - runStart);
            int length = column + 1 < line.Length && line[column + 1] == 'u' ? 6 : 2;
            map.Add(text, 1, column, length);
            column += length;
            text++;
            runStart = column;
            runText = text;
        }
        if (column > runStart) map.Add(runText, column - runStart, runStart, column - runStart);
        return offset => new LinePosition(lineIndex, map.ToContainer(offset));
    }
}
