using System.Text.Json;
using DispatchParser.Cli.Tests.Schemas;
using DispatchParser.Export;
using DispatchParser.Syntax;

namespace DispatchParser.Cli.Tests.Core;

/// <summary>The ninjs export, in process: valid under the ninjs 3.1 rules for every conformance file, and what maps where.</summary>
public sealed class NinjsExporterTests
{
    public static TheoryData<string> AllFiles() =>
        [.. TestPaths.ValidConformanceFiles().Concat(TestPaths.InvalidConformanceFiles())
            .Select(path => Path.GetRelativePath(TestPaths.ConformanceDirectory, path))];

    [Theory]
    [MemberData(nameof(AllFiles))]
    public void Every_conformance_file_exports_valid_ninjs_3_1(string name)
    {
        DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(TestText.ReadExact(Path.Combine(TestPaths.ConformanceDirectory, name)));
        using JsonDocument json = JsonDocument.Parse(NinjsExporter.ExportJson(tree));
        Assert.Empty(NinjsRules.Validate(json.RootElement));
    }

    [Fact]
    public void Parts_map_to_ninjs_properties()
    {
        DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(
            "Başlık\n\nANKARA (AA) - Birinci paragraf.\nİkinci paragraf. (AA)\nYASAL UYARI: Tüm hakları saklıdır.\nBirinci kısa haber.\nİkinci kısa haber.\n");
        using JsonDocument json = JsonDocument.Parse(NinjsExporter.ExportJson(tree, uri: "urn:example:1"));
        JsonElement root = json.RootElement;

        Assert.Equal("urn:example:1", root.GetProperty("uri").GetString());
        Assert.Equal("text", root.GetProperty("type").GetString());
        Assert.Equal("Başlık", root.GetProperty("headlines")[0].GetProperty("value").GetString());
        JsonElement body = root.GetProperty("bodies")[0];
        Assert.Equal("text/plain", body.GetProperty("contentType").GetString());
        Assert.Equal("ANKARA (AA) - Birinci paragraf.\nİkinci paragraf.", body.GetProperty("value").GetString());
        Assert.Equal("Anadolu Ajansı", root.GetProperty("infoSources")[0].GetProperty("name").GetString());
        Assert.Equal("AA", root.GetProperty("infoSources")[0].GetProperty("literal").GetString());
        Assert.Equal("YASAL UYARI: Tüm hakları saklıdır.", root.GetProperty("copyrightNotice").GetString());
        Assert.Equal("YASAL UYARI: Tüm hakları saklıdır.", root.GetProperty("usageTerms").GetString());
        JsonElement associations = root.GetProperty("associations");
        Assert.Equal(2, associations.GetArrayLength());
        Assert.Equal("urn:example:1#brief-2", associations[1].GetProperty("uri").GetString());
        Assert.Equal("İkinci kısa haber.", associations[1].GetProperty("bodies")[0].GetProperty("value").GetString());
        Assert.Empty(NinjsRules.Validate(root));
    }

    [Fact]
    public void Missing_parts_are_left_out_and_the_uri_is_a_content_hash()
    {
        DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText("");
        using JsonDocument json = JsonDocument.Parse(NinjsExporter.ExportJson(tree));
        JsonElement root = json.RootElement;
        foreach (string name in new[] { "headlines", "bodies", "infoSources", "copyrightNotice", "usageTerms", "associations" })
            Assert.False(root.TryGetProperty(name, out _), name);
        // SHA-256 of the empty string.
        Assert.Equal("urn:sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", root.GetProperty("uri").GetString());
        Assert.Empty(NinjsRules.Validate(root));
    }

    [Fact]
    public void The_rules_catch_what_ninjs_3_1_forbids()
    {
        // The validator itself: without uri, with 1.x lower-case names, an association without name.
        using JsonDocument json = JsonDocument.Parse("""
            {"copyrightnotice": "x", "infosources": [], "associations": [{"uri": "urn:a"}], "type": "story", "headlines": [{"text": "x"}]}
            """);
        IReadOnlyList<string> violations = NinjsRules.Validate(json.RootElement);
        Assert.Contains(violations, violation => violation.Contains("'uri' is missing", StringComparison.Ordinal));
        Assert.Contains(violations, violation => violation.Contains("'copyrightnotice' is not allowed", StringComparison.Ordinal));
        Assert.Contains(violations, violation => violation.Contains("'infosources' is not allowed", StringComparison.Ordinal));
        Assert.Contains(violations, violation => violation.Contains("associations[0]: required property 'name'", StringComparison.Ordinal));
        Assert.Contains(violations, violation => violation.Contains("$.type", StringComparison.Ordinal));
        Assert.Contains(violations, violation => violation.Contains("headlines[0]: required property 'value'", StringComparison.Ordinal));
    }
}
