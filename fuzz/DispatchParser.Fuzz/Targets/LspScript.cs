using System.Buffers;
using System.Globalization;
using System.Text;

namespace DispatchParser.Fuzz.Targets;

/// <summary>
/// A sequence of JSON-RPC messages decoded from a fuzz input, framed as LSP frames (Content-Length headers).
/// The input is split into records at each 0x1E byte (at most <see cref="MaxRecords"/>); a record's first
/// byte picks the message (<see cref="Operation"/>, modulo their count), its second byte is flags (bit 0:
/// the second document; bit 1: the text is UTF-16LE, which reaches lone surrogates, written as <c>\uD800</c>
/// escapes in the JSON string), the rest is the payload: the text, or positions (one byte per line or
/// character) followed by the text. Every script starts with <c>initialize</c>/<c>initialized</c> and ends
/// with <c>shutdown</c>; <see cref="ExitFrame"/> follows once its answer is in (as a client does: sent at once,
/// a shutdown and an exit race the answers still being written).
/// </summary>
internal sealed class LspScript
{
    public const byte RecordSeparator = 0x1E;
    public const int MaxRecords = 64;

    internal enum Operation
    {
        Open, ChangeFull, ChangeRange, Hover, Symbols, SemanticTokens, Folding, Formatting, CodeAction, Close,
        RawBody, RawBytes, StaleChange, EarlyShutdown, UnknownMethod, Cancel,
    }

    private static readonly string[] s_uris = ["file:///fuzz/a.dispatch", "file:///fuzz/b%20c.txt"];

    private readonly ArrayBufferWriter<byte> _frames = new();
    private readonly Dictionary<string, int> _versions = new(StringComparer.Ordinal);
    private int _nextId = 1;

    /// <summary>Every document text the script sends (didOpen, didChange), for the JSON round-trip checks.</summary>
    public List<string> Texts { get; } = [];

    /// <summary>The ids of the requests the script sent, each of which must get a response.</summary>
    public List<int> RequestIds { get; } = [];

    /// <summary>The text of each open document when it is known exactly (opened or replaced whole, never edited by range); its version.</summary>
    public Dictionary<string, (string Text, int Version)> KnownTexts { get; } = new(StringComparer.Ordinal);

    /// <summary>The script sent something other than well-formed frames of its own (raw bodies or bytes): answers cannot be counted.</summary>
    public bool HasRawInput { get; private set; }

    public bool ShutDownEarly { get; private set; }

    /// <summary>Every frame but the final exit notification.</summary>
    public byte[] Frames => _frames.WrittenSpan.ToArray();

    private readonly List<int> _chunkEnds = [];

    /// <summary>
    /// <see cref="Frames"/> cut where each message of the script ends (initialize, initialized, each record, the final
    /// shutdown; a raw record's bytes are one piece): the lockstep driver hands the server one piece at a time.
    /// </summary>
    public IEnumerable<ReadOnlyMemory<byte>> Chunks
    {
        get
        {
            ReadOnlyMemory<byte> frames = _frames.WrittenMemory;
            int start = 0;
            foreach (int end in _chunkEnds)
            {
                if (end > start) yield return frames[start..end];
                start = end;
            }
        }
    }

    /// <summary>The id of the final shutdown request.</summary>
    public int ShutdownId { get; private set; }

    public static byte[] ExitFrame { get; } = Encoding.ASCII.GetBytes("Content-Length: 33\r\n\r\n{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");

    public static LspScript Decode(ReadOnlySpan<byte> data)
    {
        var script = new LspScript();
        script.Request("initialize", """{"processId":null,"rootUri":null,"capabilities":{"general":{"positionEncodings":["utf-16"]}}}""");
        script.EndChunk();
        script.Notify("initialized", "{}");
        script.EndChunk();
        int records = 0;
        while (data.Length > 0 && records++ < MaxRecords)
        {
            int end = data.IndexOf(RecordSeparator);
            ReadOnlySpan<byte> record = end < 0 ? data : data[..end];
            data = end < 0 ? [] : data[(end + 1)..];
            if (record.Length > 0) script.Add(record);
            script.EndChunk();
        }
        script.ShutdownId = script._nextId;
        script.Request("shutdown", null);
        script.EndChunk();
        return script;
    }

    private void Add(ReadOnlySpan<byte> record)
    {
        var operation = (Operation)(record[0] % 16);
        byte flags = record.Length > 1 ? record[1] : (byte)0;
        ReadOnlySpan<byte> payload = record.Length > 2 ? record[2..] : [];
        string uri = s_uris[flags & 1];
        string document = $$"""{"uri":{{Json(uri)}}}""";
        switch (operation)
        {
            case Operation.Open:
            {
                string text = Text(payload, flags);
                int version = NextVersion(uri);
                KnownTexts[uri] = (text, version);
                Notify("textDocument/didOpen", $$$"""{"textDocument":{"uri":{{{Json(uri)}}},"languageId":"dispatch","version":{{{version}}},"text":{{{Json(text)}}}}}""");
                break;
            }
            case Operation.ChangeFull:
            {
                string text = Text(payload, flags);
                int version = NextVersion(uri);
                if (KnownTexts.ContainsKey(uri)) KnownTexts[uri] = (text, version);
                Notify("textDocument/didChange", $$$"""{"textDocument":{"uri":{{{Json(uri)}}},"version":{{{version}}}},"contentChanges":[{"text":{{{Json(text)}}}}]}""");
                break;
            }
            case Operation.ChangeRange:
            {
                string range = Range(payload, out ReadOnlySpan<byte> rest);
                KnownTexts.Remove(uri);
                Notify("textDocument/didChange", $$$"""{"textDocument":{"uri":{{{Json(uri)}}},"version":{{{NextVersion(uri)}}}},"contentChanges":[{"range":{{{range}}},"text":{{{Json(Text(rest, flags))}}}}]}""");
                break;
            }
            case Operation.StaleChange:
            {
                // An older version than the last: the server ignores it (and logs), the text stays as it was.
                int version = (_versions.TryGetValue(uri, out int last) ? last : 0) - 1;
                Notify("textDocument/didChange", $$$"""{"textDocument":{"uri":{{{Json(uri)}}},"version":{{{version}}}},"contentChanges":[{"text":{{{Json(Text(payload, flags))}}}}]}""");
                break;
            }
            case Operation.Hover:
                Request("textDocument/hover", $$"""{"textDocument":{{document}},"position":{{Position(payload, 0)}}}""");
                break;
            case Operation.Symbols:
                Request("textDocument/documentSymbol", $$"""{"textDocument":{{document}}}""");
                break;
            case Operation.SemanticTokens:
                Request("textDocument/semanticTokens/full", $$"""{"textDocument":{{document}}}""");
                break;
            case Operation.Folding:
                Request("textDocument/foldingRange", $$"""{"textDocument":{{document}}}""");
                break;
            case Operation.Formatting:
                Request("textDocument/formatting", $$"""{"textDocument":{{document}},"options":{"tabSize":4,"insertSpaces":true""" + "}}");
                break;
            case Operation.CodeAction:
                Request("textDocument/codeAction", $$"""{"textDocument":{{document}},"range":{{Range(payload, out _)}},"context":{"diagnostics":[]""" + "}}");
                break;
            case Operation.Close:
                KnownTexts.Remove(uri);
                Notify("textDocument/didClose", $$"""{"textDocument":{{document}}}""");
                break;
            case Operation.RawBody:
                HasRawInput = true;
                Frame(payload);
                break;
            case Operation.RawBytes:
                HasRawInput = true;
                _frames.Write(payload);
                break;
            case Operation.EarlyShutdown:
                ShutDownEarly = true;
                Request("shutdown", null);
                break;
            case Operation.UnknownMethod:
                Request("textDocument/" + Encoding.UTF8.GetString(payload), "{}");
                break;
            case Operation.Cancel:
                Notify("$/cancelRequest", $$"""{"id":{{_nextId - 1}}}""");
                break;
        }
    }

    private void EndChunk() => _chunkEnds.Add(_frames.WrittenCount);

    private int NextVersion(string uri) => _versions[uri] = (_versions.TryGetValue(uri, out int last) ? last : 0) + 1;

    private string Text(ReadOnlySpan<byte> payload, byte flags)
    {
        string text = DecodeText(payload, flags);
        Texts.Add(text);
        return text;
    }

    private static string DecodeText(ReadOnlySpan<byte> payload, byte flags)
    {
        if ((flags & 2) == 0) return Encoding.UTF8.GetString(payload);
        var chars = new char[payload.Length / 2];
        for (int i = 0; i < chars.Length; i++) chars[i] = (char)(payload[2 * i] | (payload[2 * i + 1] << 8));
        return new string(chars);
    }

    /// <summary>A position from bytes at <paramref name="offset"/> (line, character; 255 is a position far past the end).</summary>
    private static string Position(ReadOnlySpan<byte> payload, int offset)
    {
        int line = offset < payload.Length ? payload[offset] : 0;
        int character = offset + 1 < payload.Length ? payload[offset + 1] : 0;
        if (line == 255) line = int.MaxValue;
        if (character == 255) character = int.MaxValue;
        return string.Create(CultureInfo.InvariantCulture, $$"""{"line":{{line}},"character":{{character}}}""");
    }

    private static string Range(ReadOnlySpan<byte> payload, out ReadOnlySpan<byte> rest)
    {
        rest = payload.Length > 4 ? payload[4..] : [];
        return $$"""{"start":{{Position(payload, 0)}},"end":{{Position(payload, 2)}}}""";
    }

    private void Request(string method, string? parameters)
    {
        int id = _nextId++;
        RequestIds.Add(id);
        Frame(Encoding.UTF8.GetBytes(parameters is null
            ? $$"""{"jsonrpc":"2.0","id":{{id}},"method":{{Json(method)}}}"""
            : $$"""{"jsonrpc":"2.0","id":{{id}},"method":{{Json(method)}},"params":{{parameters}}}"""));
    }

    private void Notify(string method, string? parameters) =>
        Frame(Encoding.UTF8.GetBytes(parameters is null
            ? $$"""{"jsonrpc":"2.0","method":{{Json(method)}}}"""
            : $$"""{"jsonrpc":"2.0","method":{{Json(method)}},"params":{{parameters}}}"""));

    private void Frame(ReadOnlySpan<byte> body)
    {
        _frames.Write(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"Content-Length: {body.Length}\r\n\r\n")));
        _frames.Write(body);
    }

    /// <summary>A JSON string literal; surrogates (paired or lone) and controls as <c>\uXXXX</c> escapes, as a client may send them.</summary>
    internal static string Json(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (char c in text)
        {
            if (c == '"') builder.Append("\\\"");
            else if (c == '\\') builder.Append("\\\\");
            else if (c < 0x20 || char.IsSurrogate(c) || c == '\u2028' || c == '\u2029')
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            else builder.Append(c);
        }
        return builder.Append('"').ToString();
    }

    /// <summary>
    /// Issue 18 item 2 as a seed, so the fuzzer starts from lone surrogates in LSP messages (not only reaching them
    /// through the UTF-16LE flag): open <c>Başlık\n\nMetin (AA)\nYASAL UYARI: x\n</c>, insert U+D83D alone at (2,0),
    /// ask for symbols and formatting, delete (2,0)–(2,1) (the surrogate, not the M), then open a second document
    /// holding a lone U+DC00 and a reversed pair, and ask for hover, semantic tokens and a full replacement.
    /// </summary>
    public static byte[] LoneSurrogateSeed()
    {
        var seed = new MemoryStream();
        void Record(Operation operation, byte flags, ReadOnlySpan<byte> payload)
        {
            if (seed.Length > 0) seed.WriteByte(RecordSeparator);
            seed.WriteByte((byte)operation);
            seed.WriteByte(flags);
            seed.Write(payload);
        }
        const byte Utf16 = 2, Second = 1;
        Record(Operation.Open, 0, Encoding.UTF8.GetBytes("Başlık\n\nMetin (AA)\nYASAL UYARI: x\n"));
        Record(Operation.ChangeRange, Utf16, [2, 0, 2, 0, .. Utf16LittleEndian("\uD83D")]);
        Record(Operation.Symbols, 0, []);
        Record(Operation.Formatting, 0, []);
        Record(Operation.ChangeRange, Utf16, [2, 0, 2, 1]);
        Record(Operation.Open, Second | Utf16, Utf16LittleEndian("Ba\uDC00şlık\n\nMetin \uDC00\uD800 (AA)\n"));
        Record(Operation.Hover, Second, [0, 2]);
        Record(Operation.SemanticTokens, Second, []);
        Record(Operation.ChangeFull, Second | Utf16, Utf16LittleEndian("\uD800\n\nMetin (AA)\n"));
        Record(Operation.Close, 0, []);
        return seed.ToArray();
    }

    /// <summary>The UTF-16LE code units of <paramref name="text"/> as they are (Encoding.Unicode would write a lone surrogate as U+FFFD).</summary>
    private static byte[] Utf16LittleEndian(string text)
    {
        byte[] bytes = new byte[text.Length * 2];
        for (int i = 0; i < text.Length; i++)
        {
            bytes[2 * i] = (byte)text[i];
            bytes[2 * i + 1] = (byte)(text[i] >> 8);
        }
        return bytes;
    }

    /// <summary>Encodes a seed: open a dispatch, ask for every feature, replace it, ask again, close.</summary>
    public static byte[] Seed(string text, int index)
    {
        var seed = new MemoryStream();
        void Record(Operation operation, byte flags, ReadOnlySpan<byte> payload)
        {
            if (seed.Length > 0) seed.WriteByte(RecordSeparator);
            seed.WriteByte((byte)operation);
            seed.WriteByte(flags);
            seed.Write(payload);
        }
        byte[] utf8 = Encoding.UTF8.GetBytes(text.Replace("\u001E", "", StringComparison.Ordinal));
        Record(Operation.Open, 0, utf8);
        Record(Operation.Hover, 0, [0, 2]);
        Record(Operation.Symbols, 0, []);
        Record(Operation.SemanticTokens, 0, []);
        Record((index % 2 == 0) ? Operation.CodeAction : Operation.Folding, 0, [0, 0, 255, 255]);
        Record(Operation.ChangeRange, 0, [(byte)(index % 5), (byte)(index % 7), (byte)(index % 5), (byte)(index % 11), (byte)'x']);
        Record(Operation.Formatting, 0, []);
        Record(Operation.Close, 0, []);
        return seed.ToArray();
    }
}
