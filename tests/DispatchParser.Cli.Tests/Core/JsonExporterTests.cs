using System.Text.Json;
using DispatchParser.Diagnostics;
using DispatchParser.Dialects;
using DispatchParser.Export;
using DispatchParser.Syntax;

namespace DispatchParser.Cli.Tests.Core;

/// <summary>The JSON export contract, in process: the conformance suite's expected parts, and its edge cases.</summary>
public sealed class JsonExporterTests
{
    private static readonly JsonValueKind[] s_stringOrNull = [JsonValueKind.String, JsonValueKind.Null];
    private static readonly string[] s_positions = ["signoff", "dateline", "byline", "source"];
    private static readonly string[] s_endMarkerKinds = ["end", "continues"];
    private static readonly string[] s_severities = ["error", "warning", "info"];

    public static TheoryData<string> ValidFiles() => [.. TestPaths.ValidConformanceFiles().Select(Path.GetFileName).OfType<string>()];

    public static TheoryData<string> InvalidFiles() => [.. TestPaths.InvalidConformanceFiles().Select(Path.GetFileName).OfType<string>()];

    [Theory]
    [MemberData(nameof(ValidFiles))]
    public void Valid_conformance_file_exports_its_expected_parts(string name)
    {
        string path = Path.Combine(TestPaths.ConformanceDirectory, "valid", name);
        DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(TestText.ReadExact(path), ParseOptions.Strict);
        using JsonDocument json = JsonDocument.Parse(DispatchJsonExporter.ExportJson(tree));

        Assert.Equal(ExpectedParts.Read(TestText.ExpectedJsonPath(path)), ExpectedParts.From(json.RootElement));
        AssertContractShape(json.RootElement);
        // The wrapped layout is well-formed for the grammar but an error under strict (DSP0108, grammar/README.md 1.1).
        Assert.DoesNotContain(json.RootElement.GetProperty("diagnostics").EnumerateArray(),
            diagnostic => diagnostic.GetProperty("severity").GetString() == "error" && diagnostic.GetProperty("code").GetString() != "DSP0108");
    }

    /// <summary>
    /// A credit's reporter (<c>(Ayşe Demir / DHA)</c>, <c>(DHA/Mehmet KAYA)</c>) is ninjs <c>by</c> (who wrote the item) but not
    /// the JSON <c>byline</c>, on purpose: <c>byline</c> is the specification's byline part (grammar/README.md section 4: the byline
    /// line, else a signed sign-off's reporter), which the grammar's lowering reads alike and the conformance suite pins
    /// (v:credit-own-line-tr and v:credit-end-of-paragraph-tr export <c>"byline": null</c>); a credit is the agency mark, whose
    /// name is <c>agency.text</c>. Existing field names keep their meaning (issue 12, item 3); README "The parts as JSON" says so.
    /// </summary>
    [Theory]
    [InlineData("Başlık\n\nYangın söndürüldü. (Ayşe Demir / DHA)\nYASAL UYARI: Haklar saklıdır.", "Ayşe Demir")]
    [InlineData("Başlık\n\nYangın söndürüldü.\n(DHA/Mehmet KAYA)\nYASAL UYARI: Haklar saklıdır.", "Mehmet KAYA")]
    public void A_credits_reporter_is_ninjs_by_but_not_the_json_byline(string text, string reporter)
    {
        DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(text);
        Assert.True(tree.Root.AgencyTag!.IsCredit);
        Assert.Equal(reporter, tree.Root.AgencyTag.ReporterToken.Text);

        using JsonDocument json = JsonDocument.Parse(DispatchJsonExporter.ExportJson(tree));
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("byline").ValueKind);
        Assert.Equal("DHA", json.RootElement.GetProperty("agency").GetProperty("text").GetString());
        Assert.Equal("signoff", json.RootElement.GetProperty("agency").GetProperty("position").GetString());

        using JsonDocument ninjs = JsonDocument.Parse(NinjsExporter.ExportJson(tree));
        Assert.Equal(reporter, ninjs.RootElement.GetProperty("by").GetString());
    }

    [Theory]
    [MemberData(nameof(InvalidFiles))]
    public void Invalid_conformance_file_exports_with_an_error_diagnostic(string name)
    {
        string path = Path.Combine(TestPaths.ConformanceDirectory, "invalid", name);
        DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(TestText.ReadExact(path), ParseOptions.Strict);
        using JsonDocument json = JsonDocument.Parse(DispatchJsonExporter.ExportJson(tree));

        AssertContractShape(json.RootElement);
        Assert.Contains(json.RootElement.GetProperty("diagnostics").EnumerateArray(),
            diagnostic => diagnostic.GetProperty("severity").GetString() == "error");
    }

    [Fact]
    public void Arabic_and_Turkish_text_is_written_unescaped()
    {
        string json = Export("الصين وروسيا تقرران تعزيز التعاون\n\nنص الخبر. (İLKHA)\nتنبيه: وكالة إيلكا الإخبارية تمتلك جميع الحقوق\n");
        Assert.Contains("\"headline\":\"الصين وروسيا تقرران تعزيز التعاون\"", json, StringComparison.Ordinal);
        Assert.Contains("\"text\":\"İLKHA\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_parts_are_null_and_lists_empty()
    {
        using JsonDocument json = JsonDocument.Parse(Export(""));
        JsonElement root = json.RootElement;
        foreach (string name in new[] { "headline", "dateline", "agency", "endMarker", "notice" })
            Assert.Equal(JsonValueKind.Null, root.GetProperty(name).ValueKind);
        Assert.Equal(0, root.GetProperty("paragraphs").GetArrayLength());
        Assert.Equal(0, root.GetProperty("briefs").GetArrayLength());
        JsonElement first = root.GetProperty("diagnostics")[0];
        Assert.Equal("DSP0001", first.GetProperty("code").GetString());
        Assert.Equal(1, first.GetProperty("line").GetInt32());
        Assert.Equal(1, first.GetProperty("column").GetInt32());
    }

    [Fact]
    public void Agency_named_only_by_the_dateline_has_position_dateline_and_its_registry_id()
    {
        using JsonDocument json = JsonDocument.Parse(Export("Başlık\n\nANKARA (A.A) - Metin.\nYASAL UYARI: x\n"));
        JsonElement agency = json.RootElement.GetProperty("agency");
        Assert.Equal("A.A", agency.GetProperty("text").GetString());
        Assert.Equal("AA", agency.GetProperty("id").GetString());
        Assert.Equal("dateline", agency.GetProperty("position").GetString());
        Assert.Equal("ANKARA (A.A) -", json.RootElement.GetProperty("dateline").GetString());
        Assert.Equal("Metin.", json.RootElement.GetProperty("paragraphs")[0].GetString());
    }

    [Fact]
    public void Unknown_acronym_tag_has_a_null_id()
    {
        using JsonDocument json = JsonDocument.Parse(Export("Headline\n\nText. (KNA)\nLEGAL NOTICE: x\n"));
        JsonElement agency = json.RootElement.GetProperty("agency");
        Assert.Equal("KNA", agency.GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.Null, agency.GetProperty("id").ValueKind);
        Assert.Equal("signoff", agency.GetProperty("position").GetString());
    }

    [Theory]
    // A signed sign-off names its reporter: the byline, with the sign-off's agency.
    [InlineData("Ayşe DEMİR / İZMİR, (DHA)", "Ayşe DEMİR", "DHA")]
    [InlineData("Mert KAYA - Deniz ARSLAN / MUĞLA , (DHA).", "Mert KAYA - Deniz ARSLAN", "DHA")]
    // A place alone names nobody: no byline.
    [InlineData("KARS, (İHA)", null, null)]
    // A plain sign-off has no signature.
    [InlineData("(DHA)", null, null)]
    public void A_signed_sign_off_exports_its_reporter_as_the_byline(string signOff, string? reporter, string? agency)
    {
        using JsonDocument json = JsonDocument.Parse(Export($"Kütüphane gece de açık\n\nBelediye kararı duyurdu.\n{signOff}\nYASAL UYARI: Tüm hakları saklıdır.\n"));
        JsonElement byline = json.RootElement.GetProperty("byline");
        if (reporter is null)
        {
            Assert.Equal(JsonValueKind.Null, byline.ValueKind);
        }
        else
        {
            Assert.Equal(reporter, byline.GetProperty("text").GetString());
            Assert.Equal(agency, byline.GetProperty("agency").GetString());
            Assert.Equal(AgencyRegistry.Default.FindByAlias(agency!)!.Id, byline.GetProperty("id").GetString());
        }
        // The sign-off still names the dispatch's agency, and the signature is no paragraph.
        Assert.Equal("signoff", json.RootElement.GetProperty("agency").GetProperty("position").GetString());
        Assert.Equal(["Belediye kararı duyurdu."], json.RootElement.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public void A_byline_line_wins_over_a_signed_sign_off()
    {
        using JsonDocument json = JsonDocument.Parse(Export(
            "Kütüphane gece de açık\n\nZEYNEP KARA DHA\nBelediye kararı duyurdu.\nAyşe DEMİR / İZMİR, (DHA)\nYASAL UYARI: Tüm hakları saklıdır.\n"));
        JsonElement byline = json.RootElement.GetProperty("byline");
        Assert.Equal("ZEYNEP KARA DHA", byline.GetProperty("text").GetString());
        Assert.Equal("DHA", byline.GetProperty("agency").GetString());
    }

    [Fact]
    public void Diagnostic_columns_count_utf16_code_units_from_one()
    {
        // "😀" is two UTF-16 code units: the trailing whitespace after "Başlık 😀" (9 units) starts at column 10.
        using JsonDocument json = JsonDocument.Parse(Export("Başlık 😀  \n\nText. (AA)\nLEGAL NOTICE: x\n"));
        JsonElement trailing = json.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Single(diagnostic => diagnostic.GetProperty("code").GetString() == "DSP0104");
        Assert.Equal(1, trailing.GetProperty("line").GetInt32());
        Assert.Equal(10, trailing.GetProperty("column").GetInt32());
        Assert.Equal("warning", trailing.GetProperty("severity").GetString());
    }

    [Fact]
    public void Properties_can_be_written_into_an_object_the_caller_opened()
    {
        DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText("Headline\n\nText. (AA)\nYASAL UYARI: x\nBrief.");
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, DispatchJsonExporter.WriterOptions()))
        {
            writer.WriteStartObject();
            writer.WriteString("id", "42");
            DispatchJsonExporter.WriteProperties(writer, tree, tree.GetDiagnostics());
            writer.WriteEndObject();
        }
        using JsonDocument json = JsonDocument.Parse(stream.ToArray());
        Assert.Equal("42", json.RootElement.GetProperty("id").GetString());
        Assert.Equal("Brief.", json.RootElement.GetProperty("briefs")[0].GetString());
    }

    private static string Export(string text) => DispatchJsonExporter.ExportJson(DispatchSyntaxTree.ParseText(text, ParseOptions.Strict));

    /// <summary>Every property of the contract, with its type.</summary>
    private static readonly string[] s_leadInKinds = ["residue", "source", "takeLabel"];

    internal static void AssertContractShape(JsonElement root)
    {
        Assert.Equal(
            ["headline", "leadIns", "dateline", "lead", "byline", "paragraphs", "agency", "source", "endMarker", "endMarkerKind",
                "endMarkerStamp", "notice", "briefs", "diagnostics"],
            root.EnumerateObject().Select(property => property.Name).ToArray());
        foreach (string name in new[] { "headline", "dateline", "endMarker", "endMarkerStamp", "notice" })
            Assert.Contains(root.GetProperty(name).ValueKind, s_stringOrNull);
        Assert.All(root.GetProperty("lead").EnumerateArray(), item => Assert.Equal(JsonValueKind.String, item.ValueKind));
        Assert.Equal(root.GetProperty("endMarker").ValueKind == JsonValueKind.Null, root.GetProperty("endMarkerKind").ValueKind == JsonValueKind.Null);
        if (root.GetProperty("endMarkerKind").ValueKind == JsonValueKind.String)
            Assert.Contains(root.GetProperty("endMarkerKind").GetString(), s_endMarkerKinds);
        foreach (string name in new[] { "byline", "source" })
        {
            JsonElement mark = root.GetProperty(name);
            if (mark.ValueKind == JsonValueKind.Null) continue;
            Assert.Equal(["text", "agency", "id"], mark.EnumerateObject().Select(property => property.Name).ToArray());
            Assert.Equal(JsonValueKind.String, mark.GetProperty("text").ValueKind);
            Assert.Contains(mark.GetProperty("agency").ValueKind, s_stringOrNull);
            Assert.Contains(mark.GetProperty("id").ValueKind, s_stringOrNull);
        }
        Assert.All(root.GetProperty("paragraphs").EnumerateArray(), item => Assert.Equal(JsonValueKind.String, item.ValueKind));
        Assert.All(root.GetProperty("briefs").EnumerateArray(), item => Assert.Equal(JsonValueKind.String, item.ValueKind));
        Assert.All(root.GetProperty("leadIns").EnumerateArray(), item =>
        {
            Assert.Equal(["kind", "text"], item.EnumerateObject().Select(property => property.Name).ToArray());
            Assert.Contains(item.GetProperty("kind").GetString(), s_leadInKinds);
        });
        JsonElement agency = root.GetProperty("agency");
        if (agency.ValueKind != JsonValueKind.Null)
        {
            Assert.Equal(["text", "id", "position"], agency.EnumerateObject().Select(property => property.Name).ToArray());
            Assert.Equal(JsonValueKind.String, agency.GetProperty("text").ValueKind);
            Assert.Contains(agency.GetProperty("id").ValueKind, s_stringOrNull);
            Assert.Contains(agency.GetProperty("position").GetString(), s_positions);
        }
        foreach (JsonElement diagnostic in root.GetProperty("diagnostics").EnumerateArray())
        {
            Assert.Equal(["code", "severity", "message", "line", "column"], diagnostic.EnumerateObject().Select(property => property.Name).ToArray());
            Assert.Matches("^DSP[0-9]{4}$", diagnostic.GetProperty("code").GetString());
            Assert.Contains(diagnostic.GetProperty("severity").GetString(), s_severities);
            Assert.True(diagnostic.GetProperty("line").GetInt32() >= 1);
            Assert.True(diagnostic.GetProperty("column").GetInt32() >= 1);
        }
    }
}
