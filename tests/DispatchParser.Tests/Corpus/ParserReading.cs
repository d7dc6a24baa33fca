using System.Text.Json;
using DispatchParser.Export;
using DispatchParser.Syntax;
using DispatchParser.Text;

namespace DispatchParser.Tests.Corpus;

/// <summary>
/// What the parser reads in one dispatch, in the vocabulary of the labels: the headline's line (or
/// <c>none</c>), the agency's registry id (or <c>none</c>, or <c>?spelling</c> for a name the registry
/// does not know), the end marker's kind (<c>end</c>, <c>continues</c> or <c>-</c>) and where the
/// first body paragraph starts (line:column, or <c>-</c> without paragraphs), the layout (<c>canonical</c> or
/// <c>wrapped</c>), how many paragraphs the body has, and the lines of the byline and the source (or <c>-</c>).
/// The agency and end marker are read from the JSON export, the public contract, so that marks the
/// exporter learns to report (bylines, source lines) count without touching this test.
/// </summary>
public sealed record ParserReading(
    string Headline, string Agency, string EndMarker, string FirstParagraph, string Layout, string Paragraphs, string Byline, string Source)
{
    public static ParserReading Of(string text)
    {
        DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(text);
        DocumentSyntax root = tree.Root;

        string headline = root.Headline.IsMissing || root.Headline.TextToken.IsMissing
            ? "none"
            : (tree.Text.GetLinePosition(root.Headline.Span.Start).Line + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

        string firstParagraph = root.Paragraphs.Count == 0 ? "-" : Position(tree.Text, root.Paragraphs[0].Span.Start).ToString();

        using JsonDocument export = JsonDocument.Parse(DispatchJsonExporter.ExportJson(tree));
        string layout = root.Layout == DocumentLayout.Wrapped ? "wrapped" : "canonical";
        // The body's paragraphs (a deck before the byline is not body, Labels/README.md).
        int paragraphs = root.Paragraphs.Count;
        return new ParserReading(headline, AgencyOf(export.RootElement), EndMarkerOf(export.RootElement), firstParagraph, layout,
            paragraphs.ToString(System.Globalization.CultureInfo.InvariantCulture), LineOf(tree.Text, BylineStart(root)), LineOf(tree.Text, SourceStart(root)));
    }

    /// <summary>
    /// Where the writer is named (Labels/README.md, byline): the byline line at the head of the body, else a credit
    /// (<c>(Ayşe Demir / DHA)</c>, its own line or ending the last paragraph) or a signed sign-off that names its
    /// reporter (<c>Ayşe DEMİR / İZMİR, (DHA)</c>); a signature of a place alone (<c>KARS, (İHA)</c>) names no writer.
    /// </summary>
    private static int? BylineStart(DocumentSyntax root)
    {
        if (root.Byline is { } byline) return byline.Span.Start;
        if (root.AgencyTag is { IsMissing: false } tag && (tag.IsCredit || tag.SignatureReporterSpan is not null)) return tag.Span.Start;
        return null;
    }

    /// <summary>Where the source is named (Labels/README.md, source): a source prefix lead-in, else the source line.</summary>
    private static int? SourceStart(DocumentSyntax root)
    {
        foreach (LeadInSyntax leadIn in root.LeadIns)
            if (leadIn.Kind == SyntaxKind.SourcePrefix) return leadIn.Span.Start;
        return root.Source?.Span.Start;
    }

    private static string LineOf(SourceText text, int? position) =>
        position is { } start ? (text.GetLinePosition(start).Line + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : "-";

    /// <summary>1-based line and UTF-16 column; a byte-order mark opening the text is not counted (Labels/README.md).</summary>
    public static LineColumn Position(SourceText text, int position)
    {
        LinePosition line = text.GetLinePosition(position);
        int column = line.Character + 1;
        if (line.Line == 0 && text.Length > 0 && text[0] == '\uFEFF' && position > 0) column--;
        return new LineColumn(line.Line + 1, column);
    }

    private static string AgencyOf(JsonElement export)
    {
        if (!export.TryGetProperty("agency", out JsonElement agency) || agency.ValueKind != JsonValueKind.Object) return "none";
        if (agency.TryGetProperty("id", out JsonElement id) && id.ValueKind == JsonValueKind.String) return id.GetString()!;
        return "?" + (agency.TryGetProperty("text", out JsonElement name) ? name.GetString() : "");
    }

    /// <summary>The kind of <c>endMarker</c>: an object's <c>kind</c>, or for a plain string the kind its words say.</summary>
    private static string EndMarkerOf(JsonElement export)
    {
        if (!export.TryGetProperty("endMarker", out JsonElement marker)) return "-";
        switch (marker.ValueKind)
        {
            case JsonValueKind.Object:
                return marker.TryGetProperty("kind", out JsonElement kind) && kind.ValueKind == JsonValueKind.String ? kind.GetString()! : "?";
            case JsonValueKind.String:
                string text = marker.GetString()!;
                return text.Contains("يتبع", StringComparison.Ordinal) || text.Contains("MORE", StringComparison.Ordinal) ? "continues" : "end";
            default:
                return "-";
        }
    }

    public string Field(string field) => field switch
    {
        "headline" => Headline,
        "agency" => Agency,
        "endMarker" => EndMarker,
        "firstParagraph" => FirstParagraph,
        "layout" => Layout,
        "paragraphs" => Paragraphs,
        "byline" => Byline,
        "source" => Source,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "not a compared field"),
    };
}
