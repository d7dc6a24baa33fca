using System.Text.Json;
using DispatchParser.Grammar;
using Xunit.Abstractions;

namespace DispatchParser.Tests.Grammar;

/// <summary>
/// The generated parser against the conformance suite (tests/conformance): every valid file
/// parses without error and lowers to exactly the parts of its .expected.json; every invalid
/// file has at least one error.
/// </summary>
public sealed class ConformanceTests
{
    private readonly ITestOutputHelper _output;

    public ConformanceTests(ITestOutputHelper output) => _output = output;

    public static TheoryData<string> ValidFiles() => FilesIn("valid");

    public static TheoryData<string> InvalidFiles() => FilesIn("invalid");

    [Fact]
    public void Conformance_suite_is_not_empty()
    {
        Assert.True(Directory.Exists(TestPaths.ConformanceDirectory), $"Missing folder {TestPaths.ConformanceDirectory}.");
        Assert.NotEmpty(FileNames("valid"));
        Assert.NotEmpty(FileNames("invalid"));
    }

    [Theory]
    [MemberData(nameof(ValidFiles))]
    public void Valid_dispatch_parses_and_lowers_to_the_expected_parts(string name)
    {
        var path = Path.Combine(TestPaths.ConformanceDirectory, "valid", name);
        var expectedPath = Path.ChangeExtension(path, ".expected.json");
        Assert.True(File.Exists(expectedPath), $"{name} has no sibling {Path.GetFileName(expectedPath)}.");

        var result = DispatchGrammar.Parse(GrammarTestText.ReadExact(path));
        foreach (var error in result.Errors)
        {
            _output.WriteLine($"{name}({error.Line},{error.Column + 1}): {error.Message}");
        }

        Assert.True(result.IsWellFormed, $"{name}: {result.Errors.Count} error(s), first: {(result.Errors.Count > 0 ? result.Errors[0] : null)}");

        var expected = ExpectedParts.Read(expectedPath);
        var actual = ExpectedParts.From(result.Lower());
        Assert.Equal(expected.Headline, actual.Headline);
        Assert.Equal(expected.Dateline, actual.Dateline);
        Assert.Equal(expected.Paragraphs, actual.Paragraphs);
        Assert.Equal(expected.Agency, actual.Agency);
        Assert.Equal(expected.EndMarker, actual.EndMarker);
        Assert.Equal(expected.Notice, actual.Notice);
        Assert.Equal(expected.Briefs, actual.Briefs);
        Assert.Equal(expected.LeadIns, actual.LeadIns);
        Assert.Equal(expected.Lead, actual.Lead);
        Assert.Equal(expected.Byline, actual.Byline);
        Assert.Equal(expected.Source, actual.Source);
    }

    [Theory]
    [MemberData(nameof(InvalidFiles))]
    public void Invalid_dispatch_has_an_error(string name)
    {
        var text = GrammarTestText.ReadExact(Path.Combine(TestPaths.ConformanceDirectory, "invalid", name));
        var result = DispatchGrammar.Parse(text);
        Assert.False(result.IsWellFormed, $"{name} was accepted by the generated parser.");
        _ = result.Lower(); // must not throw on malformed input either
    }

    private static TheoryData<string> FilesIn(string folder)
    {
        var data = new TheoryData<string>();
        foreach (var name in FileNames(folder))
        {
            data.Add(name);
        }

        return data;
    }

    private static string[] FileNames(string folder)
    {
        var directory = Path.Combine(TestPaths.ConformanceDirectory, folder);
        return Directory.Exists(directory)
            ? [.. Directory.EnumerateFiles(directory, "*.txt").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)]
            : [];
    }

    /// <summary>The .expected.json format, with value equality for assertions.</summary>
    private sealed record ExpectedParts(
        string? Headline,
        string? Dateline,
        IReadOnlyList<string> Paragraphs,
        (string Text, string Position)? Agency,
        string? EndMarker,
        string? Notice,
        IReadOnlyList<string> Briefs,
        IReadOnlyList<string> LeadIns,
        (string Text, string? Agency)? Byline,
        (string Text, string? Agency)? Source,
        string Lead)
    {
        public static ExpectedParts Read(string path)
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = document.RootElement;
            (string, string)? agency = null;
            if (root.TryGetProperty("agency", out var agencyElement) && agencyElement.ValueKind == JsonValueKind.Object)
            {
                agency = (agencyElement.GetProperty("text").GetString()!, agencyElement.GetProperty("position").GetString()!);
            }

            return new ExpectedParts(
                StringOrNull(root, "headline"),
                StringOrNull(root, "dateline"),
                Strings(root, "paragraphs"),
                agency,
                StringOrNull(root, "endMarker"),
                StringOrNull(root, "notice"),
                Strings(root, "briefs"),
                root.TryGetProperty("leadIns", out var leadIns) && leadIns.ValueKind == JsonValueKind.Array
                    ? [.. leadIns.EnumerateArray().Select(item => $"{item.GetProperty("kind").GetString()}: {item.GetProperty("text").GetString()}")]
                    : [],
                Mark(root, "byline"),
                Mark(root, "source"),
                string.Join(" ‖ ", Strings(root, "lead")));
        }

        /// <summary>A byline or source object, <c>{"text": str, "agency": str|null}</c>; absent or null when the file has none.</summary>
        private static (string, string?)? Mark(JsonElement root, string name) =>
            root.TryGetProperty(name, out var mark) && mark.ValueKind == JsonValueKind.Object
                ? (mark.GetProperty("text").GetString()!, StringOrNull(mark, "agency"))
                : null;

        public static ExpectedParts From(DispatchParts parts) => new(
            parts.Headline?.Text,
            parts.Dateline?.Text,
            [.. parts.Paragraphs.Select(p => p.Text)],
            parts.AgencyTag is { } tag ? (tag.Name, PositionName(tag.Position)) : null,
            parts.EndMarker?.Text,
            parts.Notice?.Text,
            [.. parts.Briefs.Select(b => b.Text)],
            [.. parts.LeadIns.Select(l => $"{LeadInName(l.Kind)}: {l.Text}")],
            parts.Byline is { } byline ? (byline.Text, byline.AgencyName) : null,
            parts.Source is { } source ? (source.Text, source.AgencyName) : null,
            string.Join(" ‖ ", parts.Lead.Select(l => l.Text)));

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

        private static string? StringOrNull(JsonElement root, string name) =>
            root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

        private static string[] Strings(JsonElement root, string name) =>
            root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
                ? [.. value.EnumerateArray().Select(item => item.GetString() ?? string.Empty)]
                : [];
    }
}
