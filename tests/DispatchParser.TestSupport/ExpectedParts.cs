using System.Text.Json;
using DispatchParser.Grammar;

namespace DispatchParser.TestSupport;

/// <summary>
/// The parts a valid conformance file pins (its .expected.json), with value equality. Lists are joined with a
/// visible separator so that a mismatch prints readably; the agency is "text @ position", a byline or source
/// "text @ agency" ("-" without one).
/// </summary>
public sealed record ExpectedParts(
    string? Headline,
    string? Dateline,
    string Paragraphs,
    string? Agency,
    string? EndMarker,
    string? Notice,
    string Briefs,
    string LeadIns,
    string Lead,
    string? Byline,
    string? Source)
{
    private const string Separator = " ‖ ";

    public static ExpectedParts Read(string expectedJsonPath)
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllBytes(expectedJsonPath));
        return From(document.RootElement);
    }

    /// <summary>Reads the parts from a JSON object in the export contract (an .expected.json or the exporter's output).</summary>
    public static ExpectedParts From(JsonElement root)
    {
        string? agency = null;
        if (root.TryGetProperty("agency", out JsonElement element) && element.ValueKind == JsonValueKind.Object)
            agency = element.GetProperty("text").GetString() + " @ " + element.GetProperty("position").GetString();
        return new ExpectedParts(
            StringOrNull(root, "headline"),
            StringOrNull(root, "dateline"),
            Strings(root, "paragraphs"),
            agency,
            StringOrNull(root, "endMarker"),
            StringOrNull(root, "notice"),
            Strings(root, "briefs"),
            root.TryGetProperty("leadIns", out JsonElement leadIns) && leadIns.ValueKind == JsonValueKind.Array
                ? string.Join(Separator, leadIns.EnumerateArray().Select(item => item.GetProperty("kind").GetString() + ": " + item.GetProperty("text").GetString()))
                : string.Empty,
            Strings(root, "lead"),
            Mark(root, "byline"),
            Mark(root, "source"));
    }

    /// <summary>The parts the generated parser lowered a dispatch to, in the same form.</summary>
    public static ExpectedParts From(DispatchParts parts) => new(
        parts.Headline?.Text,
        parts.Dateline?.Text,
        string.Join(Separator, parts.Paragraphs.Select(p => p.Text)),
        parts.AgencyTag is { } tag ? tag.Name + " @ " + PositionName(tag.Position) : null,
        parts.EndMarker?.Text,
        parts.Notice?.Text,
        string.Join(Separator, parts.Briefs.Select(b => b.Text)),
        string.Join(Separator, parts.LeadIns.Select(l => LeadInName(l.Kind) + ": " + l.Text)),
        string.Join(Separator, parts.Lead.Select(l => l.Text)),
        parts.Byline is { } byline ? byline.Text + " @ " + (byline.AgencyName ?? "-") : null,
        parts.Source is { } source ? source.Text + " @ " + (source.AgencyName ?? "-") : null);

    private static string LeadInName(LeadInKind kind) => kind switch
    {
        LeadInKind.Residue => "residue",
        LeadInKind.Source => "source",
        _ => "takeLabel",
    };

    private static string PositionName(AgencyTagPosition position) => position switch
    {
        AgencyTagPosition.Signoff => "signoff",
        AgencyTagPosition.Dateline => "dateline",
        AgencyTagPosition.Byline => "byline",
        AgencyTagPosition.Source => "source",
        _ => position.ToString(),
    };

    /// <summary>A byline or source object as "text @ agency"; absent or null when there is none.</summary>
    private static string? Mark(JsonElement root, string name) =>
        root.TryGetProperty(name, out JsonElement mark) && mark.ValueKind == JsonValueKind.Object
            ? mark.GetProperty("text").GetString() + " @ " + (StringOrNull(mark, "agency") ?? "-")
            : null;

    private static string? StringOrNull(JsonElement root, string name) =>
        root.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Strings(JsonElement root, string name) =>
        root.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.Array
            ? string.Join(Separator, value.EnumerateArray().Select(item => item.GetString() ?? "<null>"))
            : string.Empty;
}
