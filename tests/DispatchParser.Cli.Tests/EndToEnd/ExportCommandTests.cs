using System.Text.Json;
using DispatchParser.Cli.Tests.Core;
using DispatchParser.Cli.Tests.Schemas;

namespace DispatchParser.Cli.Tests.EndToEnd;

/// <summary><c>dispatch export</c>: the json contract against the conformance suite, and ninjs 3.1.</summary>
public sealed class ExportCommandTests
{
    public static TheoryData<string> ValidFiles() => JsonExporterTests.ValidFiles();

    [Theory]
    [MemberData(nameof(ValidFiles))]
    public void Json_export_of_every_valid_conformance_file_has_its_expected_parts(string name)
    {
        string path = Path.Combine(TestPaths.ConformanceDirectory, "valid", name);
        ProcessResult result = InProcess.Run("export", path, "--profile", "strict");
        Assert.True(result.ExitCode == 0, result.ToString());
        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(ExpectedParts.Read(TestText.ExpectedJsonPath(path)), ExpectedParts.From(json.RootElement));
        JsonExporterTests.AssertContractShape(json.RootElement);
    }

    [Fact]
    public void Json_export_is_indented_unless_compact_and_reads_standard_input()
    {
        ProcessResult indented = InProcess.Run("export", Path.Combine(TestPaths.SamplesDirectory, "broken.txt"));
        Assert.Equal(0, indented.ExitCode); // exported: the errors are in the JSON
        Assert.StartsWith("{\n  \"headline\": \"Diyarbakır'da kütüphane haftası etkinlikleri başladı\",", indented.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"code\": \"DSP0003\"", indented.Stdout, StringComparison.Ordinal);

        ProcessResult compact = InProcess.RunBytes(["export", "-", "--compact"], File.ReadAllBytes(Path.Combine(TestPaths.SamplesDirectory, "broken.txt")));
        Assert.Single(compact.StdoutLines);
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(
            System.Text.Json.Nodes.JsonNode.Parse(indented.Stdout), System.Text.Json.Nodes.JsonNode.Parse(compact.Stdout)));
    }

    [SkippableTheory]
    [InlineData("tests/samples/ilkha-tr.txt")]
    [InlineData("tests/samples/broken.txt")]
    [InlineData("tests/conformance/valid/briefs-dateline-and-signoff-en.txt")]
    [InlineData("tests/conformance/valid/end-marker-more-then-stamp-ar.txt")]
    [InlineData("tests/conformance/valid/dateline-own-line-hijri-date-ar.txt")]
    [InlineData("tests/conformance/invalid/empty-file.txt")]
    public void Ninjs_export_is_valid_under_the_ninjs_3_1_schema(string path)
    {
        ProcessResult result = InProcess.Run("export", Path.Combine(TestPaths.RepositoryRoot, path), "--format", "ninjs");
        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        Assert.Empty(NinjsSchema.Validate(json.RootElement));
        Assert.StartsWith("urn:sha256:", json.RootElement.GetProperty("uri").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Ninjs_export_maps_the_parts()
    {
        ProcessResult result = DispatchProcess.Run("export", "tests/samples/ilkha-tr.txt", "-f", "ninjs", "--uri", "https://example.org/news/1");
        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        JsonElement root = json.RootElement;
        Assert.Equal("https://example.org/news/1", root.GetProperty("uri").GetString());
        Assert.Equal("Diyarbakır'da kütüphane haftası etkinlikleri başladı", root.GetProperty("headlines")[0].GetProperty("value").GetString());
        Assert.Equal(3, root.GetProperty("bodies")[0].GetProperty("value").GetString()!.Split('\n').Length);
        Assert.Equal("İlke Haber Ajansı", root.GetProperty("infoSources")[0].GetProperty("name").GetString());
        Assert.StartsWith("YASAL UYARI:", root.GetProperty("copyrightNotice").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("YASAL UYARI:", root.GetProperty("usageTerms").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, root.GetProperty("associations").GetArrayLength());
        Assert.Equal("https://example.org/news/1#brief-1", root.GetProperty("associations")[0].GetProperty("uri").GetString());
    }

    [Fact]
    public void Unknown_format_is_a_usage_error()
    {
        ProcessResult result = InProcess.Run("export", "tests/samples/ilkha-tr.txt", "--format", "xml");
        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Stdout);
    }
}
