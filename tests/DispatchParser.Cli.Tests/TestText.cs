using System.Text;
using System.Text.Json;

namespace DispatchParser.Cli.Tests;

/// <summary>Reading test files exactly, and the .expected.json format of the conformance suite.</summary>
public static class TestText
{
    /// <summary>A file as UTF-8 with its byte-order mark kept (File.ReadAllText would drop it).</summary>
    public static string ReadExact(string path) => Encoding.UTF8.GetString(File.ReadAllBytes(path));

    public static string ExpectedJsonPath(string dispatchPath) => Path.ChangeExtension(dispatchPath, ".expected.json");
}

/// <summary>The parts a conformance file pins (its .expected.json), with value equality.</summary>
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
                ? string.Join(" ‖ ", leadIns.EnumerateArray().Select(item => item.GetProperty("kind").GetString() + ": " + item.GetProperty("text").GetString()))
                : string.Empty,
            Strings(root, "lead"),
            Mark(root, "byline"),
            Mark(root, "source"));
    }

    /// <summary>A byline or source object as "text @ agency"; absent or null when there is none.</summary>
    private static string? Mark(JsonElement root, string name) =>
        root.TryGetProperty(name, out JsonElement mark) && mark.ValueKind == JsonValueKind.Object
            ? mark.GetProperty("text").GetString() + " @ " + (StringOrNull(mark, "agency") ?? "-")
            : null;

    public static ExpectedParts Read(string expectedJsonPath)
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllBytes(expectedJsonPath));
        return From(document.RootElement);
    }

    private static string? StringOrNull(JsonElement root, string name) =>
        root.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    // Lists joined with a visible separator so that a mismatch prints readably and compares by value.
    private static string Strings(JsonElement root, string name) =>
        root.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.Array
            ? string.Join(" ‖ ", value.EnumerateArray().Select(item => item.GetString() ?? "<null>"))
            : string.Empty;
}

/// <summary>A temporary folder removed at the end of a test.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "dispatch-cli-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string relativePath, string text) => WriteBytes(relativePath, Encoding.UTF8.GetBytes(text));

    public string WriteBytes(string relativePath, byte[] bytes)
    {
        string path = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
