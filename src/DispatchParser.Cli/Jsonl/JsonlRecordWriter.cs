using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using DispatchParser.Cli.Checking;
using DispatchParser.Cli.Input;
using DispatchParser.Diagnostics;
using DispatchParser.Export;
using DispatchParser.Syntax;

namespace DispatchParser.Cli.Jsonl;

/// <summary>
/// Turns one JSON Lines input line into its output line. A JSON object with a string text field comes
/// out as the input's bytes, unchanged, with one field added at the end: the output field (default
/// <c>dispatch</c>) holding the parts and diagnostics of the export contract — so no input field is ever
/// overwritten, and fields named <c>error</c> or <c>line</c> mean nothing special. Anything else comes out
/// with the output field holding <c>{"error": …, "line": N}</c> (and <c>"raw"</c>: the line, when it is not
/// an object whose fields are kept). The input is read with <see cref="Utf8JsonReader"/> straight from
/// its bytes; only the dispatch text becomes a string. One instance per thread: it reuses its buffers.
/// </summary>
internal sealed class JsonlRecordWriter : IDisposable
{
    private readonly byte[] _textField;
    private readonly string _textFieldName;
    private readonly byte[] _outputField;
    private readonly string _outputFieldName;
    private readonly byte[] _outputPropertyPrefix; // ,"dispatch":
    private readonly ParseOptions _options;
    private readonly Utf8JsonWriter _writer;
    private readonly ArrayBufferWriter<byte> _repaired = new(1024);
    private readonly List<(int LineOffset, int RepairedOffset)> _invalid = [];

    public JsonlRecordWriter(string textField, string outputField, ParseOptions options)
    {
        _textFieldName = textField;
        _textField = Encoding.UTF8.GetBytes(textField);
        _outputFieldName = outputField;
        _outputField = Encoding.UTF8.GetBytes(outputField);
        byte[] encodedName = JsonEncodedText.Encode(outputField, DispatchJsonExporter.WriterOptions().Encoder).EncodedUtf8Bytes.ToArray();
        _outputPropertyPrefix = [(byte)',', (byte)'"', .. encodedName, (byte)'"', (byte)':'];
        _options = options;
        _writer = new Utf8JsonWriter(new ArrayBufferWriter<byte>(1), DispatchJsonExporter.WriterOptions());
    }

    /// <summary>Appends the output line for <paramref name="line"/> (LF included); false when the line was not a dispatch record.</summary>
    public bool Append(ReadOnlySpan<byte> line, long lineNumber, IBufferWriter<byte> output)
    {
        _invalid.Clear();
        ReadOnlySpan<byte> json = line;
        if (!Utf8.IsValid(line)) json = Repair(line);
        bool ok = AppendRecord(json, lineNumber, output);
        output.Write("\n"u8);
        return ok;
    }

    /// <summary>
    /// The output line for a line that was too long to read. It is written as soon as the limit is passed, before
    /// the line's end is read (a line may never end), so it gives the limit, not the line's length.
    /// </summary>
    public void AppendTooLong(long maxBytes, long lineNumber, IBufferWriter<byte> output)
    {
        WriteError(output, $"line too large (over {DispatchReader.Limit(maxBytes)}; see --max-line-size)",
            lineNumber, raw: default, withRaw: false);
        output.Write("\n"u8);
    }

    private bool AppendRecord(ReadOnlySpan<byte> json, long lineNumber, IBufferWriter<byte> output)
    {
        JsonTextLookup found = JsonTextLookup.Find(json, _textField, _outputField);
        if (found.Error is { } error)
        {
            WriteError(output, error, lineNumber, json);
            return false;
        }
        (string? text, int textStart, int objectStart, int objectEnd, bool hasFields, bool collision) =
            (found.Text, found.TextStart, found.ObjectStart, found.ObjectEnd, found.HasFields, found.Collision);

        if (collision)
        {
            WriteError(output, $"the input already has a field \"{_outputFieldName}\": name another output field with --output-field",
                lineNumber, json);
            return false;
        }

        // The input object as it came, without its closing brace, then the output field.
        output.Write(json[objectStart..objectEnd]);
        output.Write(hasFields ? _outputPropertyPrefix : _outputPropertyPrefix.AsSpan(1));
        _writer.Reset(output);
        bool ok;
        if (text is null)
        {
            WriteErrorObject($"no string field \"{_textFieldName}\"", lineNumber, raw: default, withRaw: false);
            ok = false;
        }
        else
        {
            DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(text, _options);
            IReadOnlyList<Diagnostic> decoding = _invalid.Count == 0 ? [] : DecodingDiagnostics(json, textStart, text.Length);
            DispatchJsonExporter.Write(_writer, tree, DispatchDiagnostics.GetAll(tree, decoding, warningsAsErrors: false));
            ok = true;
        }
        _writer.Flush();
        output.Write("}"u8);
        return ok;
    }

    /// <summary>
    /// DSP0301 for each invalid UTF-8 sequence of the line: at its U+FFFD in the text when it was inside
    /// the text field, else at the text's start; the message gives its byte offset in the line.
    /// </summary>
    private IReadOnlyList<Diagnostic> DecodingDiagnostics(ReadOnlySpan<byte> repaired, int textStart, int textLength)
    {
        int textEnd = textStart < 0 ? -1 : textStart + FindStringEnd(repaired[textStart..]);
        var sequences = new List<InvalidUtf8Sequence>(_invalid.Count);
        foreach ((int lineOffset, int repairedOffset) in _invalid)
        {
            int position = 0;
            if (textStart >= 0 && repairedOffset >= textStart && repairedOffset < textEnd)
                position = Math.Min(JsonStringDecoder.DecodeEscaped(repaired[textStart..repairedOffset]).Length, textLength);
            if (sequences.Count < DispatchReader.MaxReportedSequences) sequences.Add(new InvalidUtf8Sequence(lineOffset, position));
        }
        sequences.Sort((left, right) => left.CharPosition.CompareTo(right.CharPosition));
        return new DispatchText(null, sequences, null).GetDecodingDiagnostics(_options);
    }

    /// <summary>The length of a JSON string's content (from after its opening quote to its closing quote).</summary>
    private static int FindStringEnd(ReadOnlySpan<byte> content)
    {
        for (int i = 0; i < content.Length; i++)
        {
            if (content[i] == (byte)'\\') i++;
            else if (content[i] == (byte)'"') return i;
        }
        return content.Length;
    }

    /// <summary>The line with each invalid UTF-8 sequence replaced by U+FFFD (EF BF BD), as check decodes files; each remembered.</summary>
    private ReadOnlySpan<byte> Repair(ReadOnlySpan<byte> line) => Repair(line, _repaired, _invalid);

    /// <summary>Writes <paramref name="line"/> into <paramref name="repaired"/> with U+FFFD for each invalid sequence, remembered in <paramref name="invalid"/> (line offset, repaired offset).</summary>
    internal static ReadOnlySpan<byte> Repair(ReadOnlySpan<byte> line, ArrayBufferWriter<byte> repaired, List<(int LineOffset, int RepairedOffset)> invalid)
    {
        repaired.ResetWrittenCount();
        int offset = 0;
        while (offset < line.Length)
        {
            ReadOnlySpan<byte> rest = line[offset..];
            if (System.Text.Rune.DecodeFromUtf8(rest, out _, out int consumed) == OperationStatus.Done)
            {
                repaired.Write(rest[..consumed]);
            }
            else
            {
                invalid.Add((offset, repaired.WrittenCount));
                repaired.Write("\uFFFD"u8);
            }
            offset += Math.Max(consumed, 1);
        }
        return repaired.WrittenSpan;
    }

    private void WriteError(IBufferWriter<byte> output, string error, long lineNumber, ReadOnlySpan<byte> raw, bool withRaw = true)
    {
        output.Write("{"u8);
        output.Write(_outputPropertyPrefix.AsSpan(1));
        _writer.Reset(output);
        WriteErrorObject(error, lineNumber, raw, withRaw);
        _writer.Flush();
        output.Write("}"u8);
    }

    private void WriteErrorObject(string error, long lineNumber, ReadOnlySpan<byte> raw, bool withRaw)
    {
        _writer.WriteStartObject();
        _writer.WriteString("error"u8, error);
        _writer.WriteNumber("line"u8, lineNumber);
        if (withRaw) _writer.WriteString("raw"u8, raw);
        _writer.WriteEndObject();
    }

    public void Dispose() => _writer.Dispose();
}
