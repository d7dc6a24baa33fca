using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DispatchParser.Diagnostics;
using DispatchParser.Syntax;
using DispatchParser.Text;

namespace DispatchParser.Export;

/// <summary>
/// Writes a dispatch as the JSON of <c>dispatch export --format json</c>:
/// <code>
/// {"headline": str|null, "leadIns": [{"kind": "residue"|"source"|"takeLabel", "text": str}],
///  "dateline": str|null, "lead": [str], "byline": {"text": str, "agency": str|null, "id": str|null}|null,
///  "paragraphs": [str], "agency": {"text": str, "id": str|null, "position": "signoff"|"dateline"|"byline"|"source"}|null,
///  "source": {"text": str, "agency": str|null, "id": str|null}|null,
///  "endMarker": str|null, "endMarkerKind": "end"|"continues"|null, "endMarkerStamp": str|null,
///  "notice": str|null, "briefs": [str],
///  "diagnostics": [{"code": str, "severity": "error"|"warning"|"info", "message": str, "line": int, "column": int}]}
/// </code>
/// Lines and columns count from 1, columns in UTF-16 code units. Text is written from the source
/// without copies, non-ASCII unescaped (Arabic stays readable).
/// </summary>
public static class DispatchJsonExporter
{
    private static readonly JsonEncodedText s_headline = JsonEncodedText.Encode("headline");
    private static readonly JsonEncodedText s_dateline = JsonEncodedText.Encode("dateline");
    private static readonly JsonEncodedText s_paragraphs = JsonEncodedText.Encode("paragraphs");
    private static readonly JsonEncodedText s_agency = JsonEncodedText.Encode("agency");
    private static readonly JsonEncodedText s_text = JsonEncodedText.Encode("text");
    private static readonly JsonEncodedText s_id = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText s_position = JsonEncodedText.Encode("position");
    private static readonly JsonEncodedText s_endMarker = JsonEncodedText.Encode("endMarker");
    private static readonly JsonEncodedText s_endMarkerKind = JsonEncodedText.Encode("endMarkerKind");
    private static readonly JsonEncodedText s_endMarkerStamp = JsonEncodedText.Encode("endMarkerStamp");
    private static readonly JsonEncodedText s_lead = JsonEncodedText.Encode("lead");
    private static readonly JsonEncodedText s_byline = JsonEncodedText.Encode("byline");
    private static readonly JsonEncodedText s_source = JsonEncodedText.Encode("source");
    private static readonly JsonEncodedText s_notice = JsonEncodedText.Encode("notice");
    private static readonly JsonEncodedText s_briefs = JsonEncodedText.Encode("briefs");
    private static readonly JsonEncodedText s_leadIns = JsonEncodedText.Encode("leadIns");
    private static readonly JsonEncodedText s_kind = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText s_diagnostics = JsonEncodedText.Encode("diagnostics");
    private static readonly JsonEncodedText s_code = JsonEncodedText.Encode("code");
    private static readonly JsonEncodedText s_severity = JsonEncodedText.Encode("severity");
    private static readonly JsonEncodedText s_message = JsonEncodedText.Encode("message");
    private static readonly JsonEncodedText s_line = JsonEncodedText.Encode("line");
    private static readonly JsonEncodedText s_column = JsonEncodedText.Encode("column");
    private static readonly JsonEncodedText s_signoff = JsonEncodedText.Encode("signoff");
    private static readonly JsonEncodedText s_datelinePosition = JsonEncodedText.Encode("dateline");

    /// <summary>The severity names, encoded once, indexed by the enum's value.</summary>
    private static readonly JsonEncodedText[] s_severityNames = [.. DiagnosticSeverityNames.All.Select(name => JsonEncodedText.Encode(name))];

    [ThreadStatic] private static ArrayBufferWriter<byte>? s_threadBuffer;

    /// <summary>Writer options that leave non-ASCII text unescaped.</summary>
    public static JsonWriterOptions WriterOptions(bool indented = false) =>
        new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = indented };

    /// <summary>The dispatch as JSON, with the parser's diagnostics.</summary>
    public static string ExportJson(DispatchSyntaxTree tree, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(tree);
        return ExportJson(tree, tree.GetDiagnostics(), indented);
    }

    /// <summary>The dispatch as JSON, with <paramref name="diagnostics"/> (parser and analyzer diagnostics, in order).</summary>
    public static string ExportJson(DispatchSyntaxTree tree, IReadOnlyList<Diagnostic> diagnostics, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(diagnostics);
        ArrayBufferWriter<byte> buffer = RentBuffer(ref s_threadBuffer, tree.Text.Length);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions(indented)))
        {
            Write(writer, tree, diagnostics);
        }
        string json = Encoding.UTF8.GetString(buffer.WrittenSpan);
        ReturnBuffer(ref s_threadBuffer, buffer);
        return json;
    }

    /// <summary>The thread's output buffer, emptied and big enough for a text of <paramref name="length"/> chars (no regrowth).</summary>
    internal static ArrayBufferWriter<byte> RentBuffer(ref ArrayBufferWriter<byte>? cached, int length)
    {
        int estimate = Math.Max(4096, length / 2 * 3 + 1024); // Arabic and Turkish letters take two UTF-8 bytes
        ArrayBufferWriter<byte> buffer = cached is { } existing && existing.Capacity >= estimate ? existing : new ArrayBufferWriter<byte>(estimate);
        buffer.ResetWrittenCount();
        return buffer;
    }

    /// <summary>Keeps the buffer for the thread's next export unless it is big enough to matter.</summary>
    internal static void ReturnBuffer(ref ArrayBufferWriter<byte>? cached, ArrayBufferWriter<byte> buffer) =>
        cached = buffer.Capacity <= 4 << 20 ? buffer : cached;

    /// <summary>Writes the dispatch as one JSON object.</summary>
    public static void Write(Utf8JsonWriter writer, DispatchSyntaxTree tree, IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        WriteProperties(writer, tree, diagnostics);
        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes the contract's properties into an object the caller has opened (used by JSON Lines
    /// output, which keeps the input's other fields around them).
    /// </summary>
    public static void WriteProperties(Utf8JsonWriter writer, DispatchSyntaxTree tree, IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(diagnostics);
        DocumentSyntax root = tree.Root;
        ReadOnlySpan<char> text = tree.Text.AsSpan();

        WriteOptional(writer, s_headline, text, ExportedParts.Headline(root));
        writer.WriteStartArray(s_leadIns);
        foreach (LeadInSyntax leadIn in root.LeadIns)
        {
            writer.WriteStartObject();
            writer.WriteString(s_kind, ExportedParts.LeadInKindName(leadIn.Kind));
            writer.WriteString(s_text, LogicalLine.Reading(leadIn.TextToken.TextSpanChars));
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        WriteOptional(writer, s_dateline, text, ExportedParts.Dateline(root));

        writer.WriteStartArray(s_lead);
        foreach (ParagraphSyntax paragraph in root.Body.LeadParagraphs)
            writer.WriteStringValue(LogicalLine.Reading(paragraph.TextToken.TextSpanChars));
        writer.WriteEndArray();

        if (ExportedParts.Byline(root) is { } byline) WriteMark(writer, byline.Text, byline.AgencyName, byline.Agency, text);
        else writer.WriteNull(s_byline);

        writer.WriteStartArray(s_paragraphs);
        foreach (ParagraphSyntax paragraph in root.Paragraphs)
            writer.WriteStringValue(LogicalLine.Reading(paragraph.TextToken.TextSpanChars));
        writer.WriteEndArray();

        if (ExportedParts.Agency(root) is { } agency)
        {
            writer.WriteStartObject(s_agency);
            writer.WriteString(s_text, Slice(text, agency.Name));
            if (agency.Id is null) writer.WriteNull(s_id);
            else writer.WriteString(s_id, agency.Id);
            writer.WriteString(s_position, agency.Position switch
            {
                AgencyPosition.Dateline => s_datelinePosition,
                AgencyPosition.Byline => s_byline,
                AgencyPosition.Source => s_source,
                _ => s_signoff,
            });
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull(s_agency);
        }

        if (root.Source is { } source)
            WriteMark(writer, source.Span, source.Agency is null ? default : source.NameToken, source.Agency, text, s_source);
        else writer.WriteNull(s_source);

        WriteOptional(writer, s_endMarker, text, ExportedParts.EndMarker(root));
        if (ExportedParts.EndMarkerKind(root) is { } kind) writer.WriteString(s_endMarkerKind, kind);
        else writer.WriteNull(s_endMarkerKind);
        WriteOptional(writer, s_endMarkerStamp, text, ExportedParts.EndMarkerStamp(root));
        WriteOptional(writer, s_notice, text, ExportedParts.Notice(root));

        writer.WriteStartArray(s_briefs);
        foreach (BriefSyntax brief in root.Briefs)
            writer.WriteStringValue(LogicalLine.Reading(brief.TextToken.TextSpanChars));
        writer.WriteEndArray();

        WriteDiagnostics(writer, tree.Text, diagnostics);
    }

    /// <summary>Writes <c>"diagnostics": [...]</c>; hidden diagnostics are left out.</summary>
    public static void WriteDiagnostics(Utf8JsonWriter writer, SourceText text, IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diagnostics);
        writer.WriteStartArray(s_diagnostics);
        for (int i = 0; i < diagnostics.Count; i++)
        {
            Diagnostic diagnostic = diagnostics[i];
            if (diagnostic.Severity == DiagnosticSeverity.Hidden) continue;
            LinePosition position = text.GetLinePosition(Math.Min(diagnostic.Span.Start, text.Length));
            writer.WriteStartObject();
            writer.WriteString(s_code, diagnostic.Code);
            writer.WriteString(s_severity, s_severityNames[(int)diagnostic.Severity]);
            writer.WriteString(s_message, diagnostic.Message);
            writer.WriteNumber(s_line, position.Line + 1);
            writer.WriteNumber(s_column, position.Character + 1);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    /// <summary>A byline or source object: its text, the agency spelling it names and the agency's id.</summary>
    private static void WriteMark(Utf8JsonWriter writer, TextSpan span, SyntaxToken agencyName, Dialects.Agency? agency, ReadOnlySpan<char> text,
        JsonEncodedText? name = null)
    {
        writer.WriteStartObject(name ?? s_byline);
        writer.WriteString(s_text, Slice(text, span));
        if (agencyName.IsNone) writer.WriteNull(s_agency);
        else writer.WriteString(s_agency, agencyName.TextSpanChars);
        if (agency is null) writer.WriteNull(s_id);
        else writer.WriteString(s_id, agency.Id);
        writer.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter writer, JsonEncodedText name, ReadOnlySpan<char> text, TextSpan? span)
    {
        if (span is { } value) writer.WriteString(name, Slice(text, value));
        else writer.WriteNull(name);
    }

    private static ReadOnlySpan<char> Slice(ReadOnlySpan<char> text, TextSpan span) => LogicalLine.Reading(text.Slice(span.Start, span.Length));
}
