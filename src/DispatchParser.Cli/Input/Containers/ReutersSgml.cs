using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using DispatchParser.Text;

namespace DispatchParser.Cli.Input.Containers;

/// <summary>
/// The records of a Reuters-21578 <c>.sgm</c> file, each one dispatch: its TITLE as the headline, a blank
/// line, then its DATELINE (leading spaces dropped) running into its BODY; entities decoded
/// (<c>&amp;lt;</c>, <c>&amp;#31;</c>, … through <see cref="WebUtility.HtmlDecode(string)"/>), the
/// transmission marks <c>&amp;#2;</c> (start of text) and <c>&amp;#3;</c> (end of text) removed, trailing
/// space trimmed. A record without TITLE and BODY (TYPE="UNPROC") is its TEXT element's content.
/// <para>
/// Why a small scanner and not a parser library: the files are SGML, not XML (no root element, unquoted
/// and bare attribute values in the DTD's style, <c>&amp;#3;</c> and other control-character references
/// XML forbids, stray <c>&lt;</c> in bodies, Latin-1 bytes), so XmlReader and HTML parsers either refuse
/// them or rebuild a different tree; there is no maintained SGML parser for .NET. The collection's layout
/// is fixed and flat — REUTERS records holding TEXT, TITLE, DATELINE and BODY, never nested in themselves —
/// so finding those few tags with regular expressions is exact for it, and keeps every character's
/// offset, which a diagnostic needs to point into the .sgm file. Missing end tags are tolerated: an
/// element ends at its end tag, else at the end of its TEXT or record.
/// </para>
/// </summary>
public static partial class ReutersSgml
{
    [GeneratedRegex("<REUTERS\\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RecordStart();

    [GeneratedRegex("\\bNEWID\\s*=\\s*\"?(\\d+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NewId();

    [GeneratedRegex("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});", RegexOptions.CultureInvariant)]
    private static partial Regex Entity();

    /// <summary>Each <c>&lt;REUTERS&gt;</c> record of <paramref name="container"/>, in order, with the invalid UTF-8 sequences inside it.</summary>
    public static IEnumerable<ContainerRecord> Records(SourceText container, IReadOnlyList<InvalidUtf8Sequence> invalid)
    {
        ArgumentNullException.ThrowIfNull(container);
        ArgumentNullException.ThrowIfNull(invalid);
        string text = container.Text;
        MatchCollection starts = RecordStart().Matches(text);
        for (int i = 0; i < starts.Count; i++)
        {
            Match start = starts[i];
            int limit = i + 1 < starts.Count ? starts[i + 1].Index : text.Length;
            int end = IndexOf(text, "</REUTERS>", start.Index + start.Length, limit) is var close and >= 0 ? close : limit;
            Match id = NewId().Match(start.Value);
            ContainerRecord record = Record(container, i + 1, id.Success ? id.Groups[1].Value : null, start.Index, start.Index + start.Length, end);
            var inside = new List<(LinePosition, long)>();
            foreach (InvalidUtf8Sequence sequence in invalid)
                if (sequence.CharPosition >= start.Index && sequence.CharPosition < limit) inside.Add((container.GetLinePosition(sequence.CharPosition), sequence.ByteOffset));
            yield return inside.Count == 0 ? record : record with { InvalidUtf8 = inside };
        }
    }

    private static ContainerRecord Record(SourceText container, int number, string? id, int recordStart, int from, int to)
    {
        string text = container.Text;
        LinePosition start = container.GetLinePosition(recordStart);
        (int Start, int End)? textElement = Element(text, "TEXT", from, to, to);
        int textEnd = textElement?.End ?? to;
        (int Start, int End)? title = Element(text, "TITLE", from, textEnd, textEnd);
        (int Start, int End)? dateline = Element(text, "DATELINE", from, textEnd, textEnd);
        (int Start, int End)? body = Element(text, "BODY", from, textEnd, textEnd);

        var builder = new MappedText(text);
        if (title is null && body is null)
        {
            if (textElement is not { } whole) return new ContainerRecord(number, id, start, null, null, "record without TEXT, TITLE or BODY");
            builder.AppendDecoded(whole.Start, TrimmedEnd(text, whole.Start, whole.End), trimStart: true);
        }
        else
        {
            if (title is { } headline) builder.AppendDecoded(headline.Start, TrimmedEnd(text, headline.Start, headline.End), trimStart: true);
            builder.Insert("\n\n");
            if (dateline is { } place) builder.AppendDecoded(place.Start, place.End, trimStart: true);
            if (body is { } story) builder.AppendDecoded(story.Start, TrimmedEnd(text, story.Start, story.End), trimStart: dateline is null);
        }
        builder.Insert("\n");
        OffsetMap map = builder.Map;
        return new ContainerRecord(number, id, start, builder.ToString(), offset => container.GetLinePosition(map.ToContainer(offset)), null);
    }

    /// <summary>The content of the first <c>&lt;NAME…&gt;</c> in [from, to): up to its end tag, else up to <paramref name="fallbackEnd"/>.</summary>
    private static (int Start, int End)? Element(string text, string name, int from, int to, int fallbackEnd)
    {
        int open = IndexOf(text, "<" + name, from, to);
        while (open >= 0 && open + name.Length + 1 < text.Length && text[open + name.Length + 1] is not ('>' or ' ' or '\t' or '\r' or '\n'))
            open = IndexOf(text, "<" + name, open + 1, to); // <TEXT…> is not <TITLE>, <D> is not <DATE>
        if (open < 0) return null;
        int contentStart = text.IndexOf('>', open);
        if (contentStart < 0 || contentStart >= to) return null;
        contentStart++;
        int close = IndexOf(text, "</" + name + ">", contentStart, to);
        return (contentStart, close >= 0 ? close : fallbackEnd);
    }

    private static int IndexOf(string text, string value, int from, int to) =>
        from >= to ? -1 : text.IndexOf(value, from, to - from, StringComparison.OrdinalIgnoreCase);

    /// <summary>The end of [start, end) without trailing white space and end-of-text marks (<c>&amp;#3;</c>).</summary>
    private static int TrimmedEnd(string text, int start, int end)
    {
        while (true)
        {
            while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
            if (end - start >= 4 && string.CompareOrdinal(text, end - 4, "&#3;", 0, 4) == 0) end -= 4;
            else return end;
        }
    }

    /// <summary>A text built from pieces of the container, with the map back to it.</summary>
    private sealed class MappedText(string container)
    {
        private readonly StringBuilder _text = new();

        public OffsetMap Map { get; } = new();

        public void Insert(string inserted) => _text.Append(inserted);

        /// <summary>Appends container[start, end) with its entities decoded (and its transmission marks dropped).</summary>
        public void AppendDecoded(int start, int end, bool trimStart)
        {
            // Leading white space, and the start-of-text mark that opens a TEXT element, are not the dispatch's.
            while (trimStart && start < end)
            {
                if (char.IsWhiteSpace(container[start])) start++;
                else if (end - start >= 4 && string.CompareOrdinal(container, start, "&#2;", 0, 4) == 0) start += 4;
                else break;
            }
            int copied = start;
            for (Match entity = Entity().Match(container, start, end - start); entity.Success; entity = entity.NextMatch())
            {
                Copy(copied, entity.Index);
                copied = entity.Index + entity.Length;
                string decoded = WebUtility.HtmlDecode(entity.Value);
                if (decoded is "\u0002" or "\u0003") continue; // transmission marks, not text
                Map.Add(_text.Length, decoded.Length, entity.Index, entity.Length);
                _text.Append(decoded);
            }
            Copy(copied, end);
        }

        private void Copy(int start, int end)
        {
            if (end <= start) return;
            Map.Add(_text.Length, end - start, start, end - start);
            _text.Append(container, start, end - start);
        }

        public override string ToString() => _text.ToString();
    }

    /// <summary>"NEWID 286" or "record 3": how a problem names a record.</summary>
    public static string Describe(ContainerRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.Id is { } id ? "NEWID " + id : "record " + record.Number.ToString(CultureInfo.InvariantCulture);
    }
}
