using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DispatchParser.Dialects;
using DispatchParser.Syntax;
using DispatchParser.Text;

namespace DispatchParser.Export;

/// <summary>
/// Writes a dispatch as an IPTC ninjs 3.1 news item (schema <see cref="SchemaUri"/>; property names are
/// the 3.x camelCase ones): <c>uri</c> (the one required property; a content hash unless given),
/// <c>standard</c>, <c>type</c> "text", <c>language</c> (BCP 47), <c>headlines</c>, <c>bodies</c> (the body as plain
/// text, the dateline included, the agency tag left out), <c>by</c> (the byline, a signed sign-off's reporter,
/// or a credit's reporter), <c>located</c> (the dateline's, byline's or signed sign-off's place), <c>infoSources</c> (the agency), <c>copyrightNotice</c>
/// and <c>usageTerms</c> (the legal notice), and <c>associations</c> (each brief as a text item).
/// Parts the dispatch lacks are left out rather than written empty.
/// </summary>
public static class NinjsExporter
{
    public const string SchemaUri = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#";
    public const string PlainText = "text/plain";

    private static readonly JsonEncodedText s_uri = JsonEncodedText.Encode("uri");
    private static readonly JsonEncodedText s_standard = JsonEncodedText.Encode("standard");
    private static readonly JsonEncodedText s_name = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText s_version = JsonEncodedText.Encode("version");
    private static readonly JsonEncodedText s_schema = JsonEncodedText.Encode("schema");
    private static readonly JsonEncodedText s_type = JsonEncodedText.Encode("type");
    private static readonly JsonEncodedText s_text = JsonEncodedText.Encode("text");
    private static readonly JsonEncodedText s_representationType = JsonEncodedText.Encode("representationType");
    private static readonly JsonEncodedText s_full = JsonEncodedText.Encode("full");
    private static readonly JsonEncodedText s_headlines = JsonEncodedText.Encode("headlines");
    private static readonly JsonEncodedText s_bodies = JsonEncodedText.Encode("bodies");
    private static readonly JsonEncodedText s_contentType = JsonEncodedText.Encode("contentType");
    private static readonly JsonEncodedText s_plainText = JsonEncodedText.Encode(PlainText);
    private static readonly JsonEncodedText s_value = JsonEncodedText.Encode("value");
    private static readonly JsonEncodedText s_infoSources = JsonEncodedText.Encode("infoSources");
    private static readonly JsonEncodedText s_literal = JsonEncodedText.Encode("literal");
    private static readonly JsonEncodedText s_copyrightNotice = JsonEncodedText.Encode("copyrightNotice");
    private static readonly JsonEncodedText s_usageTerms = JsonEncodedText.Encode("usageTerms");
    private static readonly JsonEncodedText s_associations = JsonEncodedText.Encode("associations");
    private static readonly JsonEncodedText s_rel = JsonEncodedText.Encode("rel");
    private static readonly JsonEncodedText s_brief = JsonEncodedText.Encode("brief");
    private static readonly JsonEncodedText s_language = JsonEncodedText.Encode("language");
    private static readonly JsonEncodedText s_by = JsonEncodedText.Encode("by");
    private static readonly JsonEncodedText s_located = JsonEncodedText.Encode("located");

    [ThreadStatic] private static ArrayBufferWriter<byte>? s_threadBuffer;

    /// <summary>The dispatch as a ninjs 3.1 JSON object; <paramref name="uri"/> defaults to <see cref="ContentUri"/>.</summary>
    public static string ExportJson(DispatchSyntaxTree tree, string? uri = null, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArrayBufferWriter<byte> buffer = DispatchJsonExporter.RentBuffer(ref s_threadBuffer, tree.Text.Length);
        using (var writer = new Utf8JsonWriter(buffer, DispatchJsonExporter.WriterOptions(indented)))
        {
            Write(writer, tree, uri);
        }
        string json = Encoding.UTF8.GetString(buffer.WrittenSpan);
        DispatchJsonExporter.ReturnBuffer(ref s_threadBuffer, buffer);
        return json;
    }

    /// <summary>Writes the dispatch as one ninjs object.</summary>
    public static void Write(Utf8JsonWriter writer, DispatchSyntaxTree tree, string? uri = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(tree);
        DocumentSyntax root = tree.Root;
        ReadOnlySpan<char> text = tree.Text.AsSpan();
        uri ??= ContentUri(tree.Text);

        writer.WriteStartObject();
        writer.WriteString(s_uri, uri);
        writer.WriteStartObject(s_standard);
        writer.WriteString(s_name, "ninjs");
        writer.WriteString(s_version, "3.1");
        writer.WriteString(s_schema, SchemaUri);
        writer.WriteEndObject();
        writer.WriteString(s_type, s_text);
        writer.WriteString(s_representationType, s_full);
        if (DispatchLanguage.Of(root) is { } language) writer.WriteString(s_language, language);

        if (ExportedParts.Headline(root) is { } headline)
        {
            writer.WriteStartArray(s_headlines);
            writer.WriteStartObject();
            writer.WriteString(s_contentType, s_plainText);
            writer.WriteString(s_value, Slice(text, headline));
            writer.WriteEndObject();
            writer.WriteEndArray();
        }

        TextSpan? dateline = ExportedParts.Dateline(root);
        SyntaxList<ParagraphSyntax> paragraphs = root.Paragraphs;
        if (dateline is not null || paragraphs.Count > 0)
        {
            writer.WriteStartArray(s_bodies);
            writer.WriteStartObject();
            writer.WriteString(s_contentType, s_plainText);
            writer.WritePropertyName(s_value);
            WriteBody(writer, text, root, dateline, paragraphs);
            writer.WriteEndObject();
            writer.WriteEndArray();
        }

        if (ExportedParts.By(root) is { } by) writer.WriteString(s_by, Slice(text, by));
        if (ExportedParts.Located(root) is { } located) writer.WriteString(s_located, Slice(text, located));

        if (ExportedParts.Agency(root) is { } agency)
        {
            Agency? known = agency.Id is null ? null : AgencyRegistry.Default.FindByAlias(Slice(text, agency.Name));
            writer.WriteStartArray(s_infoSources);
            writer.WriteStartObject();
            if (known is null) writer.WriteString(s_name, Slice(text, agency.Name));
            else writer.WriteString(s_name, known.Name);
            writer.WriteString(s_literal, Slice(text, agency.Name));
            writer.WriteEndObject();
            writer.WriteEndArray();
        }

        if (ExportedParts.Notice(root) is { } notice)
        {
            writer.WriteString(s_copyrightNotice, Slice(text, notice));
            writer.WriteString(s_usageTerms, Slice(text, notice));
        }

        SyntaxList<BriefSyntax> briefs = root.Briefs;
        if (briefs.Count > 0)
        {
            writer.WriteStartArray(s_associations);
            int number = 0;
            foreach (BriefSyntax brief in briefs)
            {
                number++;
                string suffix = number.ToString(CultureInfo.InvariantCulture);
                writer.WriteStartObject();
                writer.WriteString(s_name, "brief " + suffix);
                writer.WriteString(s_rel, s_brief);
                writer.WriteString(s_uri, uri + "#brief-" + suffix);
                writer.WriteString(s_type, s_text);
                writer.WriteStartArray(s_bodies);
                writer.WriteStartObject();
                writer.WriteString(s_contentType, s_plainText);
                writer.WriteString(s_value, LogicalLine.Reading(brief.TextToken.TextSpanChars));
                writer.WriteEndObject();
                writer.WriteEndArray();
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    /// <summary>
    /// A stable identifier for a text: <c>urn:sha256:</c> and the SHA-256 of its UTF-8 bytes in lower-case hex.
    /// </summary>
    public static string ContentUri(SourceText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        ReadOnlySpan<char> chars = text.AsSpan();
        byte[] rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(Math.Min(chars.Length, 16384)));
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            Encoder encoder = Encoding.UTF8.GetEncoder();
            while (true)
            {
                int take = Math.Min(chars.Length, 16384);
                int written = encoder.GetBytes(chars[..take], rented, flush: take == chars.Length);
                hash.AppendData(rented, 0, written);
                chars = chars[take..];
                if (chars.IsEmpty) break;
            }
            return "urn:sha256:" + Convert.ToHexStringLower(hash.GetHashAndReset());
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// The body as it reads, written in segments (no copy): the dateline, then the paragraphs one per
    /// line (an inline dateline stays on the first).
    /// </summary>
    private static void WriteBody(Utf8JsonWriter writer, ReadOnlySpan<char> text, DocumentSyntax root, TextSpan? dateline, SyntaxList<ParagraphSyntax> paragraphs)
    {
        bool first = true;
        if (dateline is { } span)
        {
            writer.WriteStringValueSegment(Slice(text, span), isFinalSegment: false);
            if (paragraphs.Count > 0) writer.WriteStringValueSegment(root.Dateline!.IsOwnLine ? "\n" : " ", isFinalSegment: false);
        }
        foreach (ParagraphSyntax paragraph in paragraphs)
        {
            if (!first) writer.WriteStringValueSegment("\n", isFinalSegment: false);
            writer.WriteStringValueSegment(LogicalLine.Reading(paragraph.TextToken.TextSpanChars), isFinalSegment: false);
            first = false;
        }
        writer.WriteStringValueSegment(ReadOnlySpan<char>.Empty, isFinalSegment: true);
    }

    private static ReadOnlySpan<char> Slice(ReadOnlySpan<char> text, TextSpan span) => LogicalLine.Reading(text.Slice(span.Start, span.Length));
}
