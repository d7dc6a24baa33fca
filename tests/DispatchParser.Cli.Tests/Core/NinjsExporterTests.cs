using System.Text.Json;
using DispatchParser.Cli.Tests.Schemas;
using DispatchParser.Export;
using DispatchParser.Syntax;

namespace DispatchParser.Cli.Tests.Core;

/// <summary>
/// The ninjs export, in process: valid under the official ninjs 3.1 JSON Schema for every conformance file and
/// every file of the shared corpus, and what maps where.
/// </summary>
public sealed class NinjsExporterTests
{
    public static TheoryData<string> AllFiles() =>
        [.. TestPaths.ValidConformanceFiles().Concat(TestPaths.InvalidConformanceFiles())
            .Select(path => Path.GetRelativePath(TestPaths.ConformanceDirectory, path))];

    [SkippableTheory]
    [MemberData(nameof(AllFiles))]
    public void Every_conformance_file_exports_valid_ninjs_3_1(string name)
    {
        DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(TestText.ReadExact(Path.Combine(TestPaths.ConformanceDirectory, name)));
        Assert.Empty(NinjsSchema.Validate(NinjsExporter.ExportJson(tree)));
    }

    [SkippableFact]
    public void Every_corpus_file_exports_valid_ninjs_3_1()
    {
        NinjsSchema.SkipWhenAbsent();
        Skip.IfNot(TestPaths.CorpusAvailable, TestPaths.CorpusAbsent);
        string[] files = [.. Directory.EnumerateFiles(TestPaths.CorpusDirectory, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];
        Assert.NotEmpty(files);
        var failures = new List<string>();
        foreach (string file in files)
        {
            DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(TestText.ReadExact(file));
            foreach (string error in NinjsSchema.Validate(NinjsExporter.ExportJson(tree)))
                failures.Add($"{Path.GetRelativePath(TestPaths.CorpusDirectory, file)}: {error}");
        }
        Assert.True(failures.Count == 0, $"{failures.Count} schema errors in {files.Length} files:\n{string.Join('\n', failures.Take(20))}");
    }

    [SkippableFact]
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
        Assert.Empty(NinjsSchema.Validate(root));
    }

    [SkippableTheory]
    // A byline with a reporter, a place and an agency; a Turkish notice.
    [InlineData("Başlık burada\n\nCAN ARSLAN Kemer DHA\nMeclis bütçeyi kabul etti.\nYASAL UYARI: Tüm hakları saklıdır.\n", "CAN ARSLAN Kemer DHA", "Kemer", "tr")]
    // An Arabic dateline's place; the Arabic notice.
    [InlineData("عنوان الخبر\n\nالرياض – واس\nنص الخبر هنا.\nتنبيه: جميع الحقوق محفوظة.\n", null, "الرياض", "ar")]
    // An English credit's reporter; no notice, so the language comes from the letters.
    [InlineData("Council passes the budget\n\nThe council passed the budget. (Jane Smith / Reuters)\n", "Jane Smith", null, "en")]
    // A signed sign-off: its reporter is the byline, its place where the story comes from.
    [InlineData("Kütüphane gece de açık\n\nBelediye kararı duyurdu.\nAyşe DEMİR / İZMİR, (DHA)\nYASAL UYARI: Tüm hakları saklıdır.\n", "Ayşe DEMİR", "İZMİR", "tr")]
    // A signature of a place alone names nobody.
    [InlineData("Sınırda yoğunluk\n\nAraç kuyrukları oluştu.\nKARS, (İHA)\nYASAL UYARI: Tüm hakları saklıdır.\n", null, "KARS", "tr")]
    // A byline line wins over the signature, and so does the byline's place.
    [InlineData("Kütüphane gece de açık\n\nCAN ARSLAN Kemer DHA\nBelediye kararı duyurdu.\nAyşe DEMİR / İZMİR, (DHA)\nYASAL UYARI: Tüm hakları saklıdır.\n", "CAN ARSLAN Kemer DHA", "Kemer", "tr")]
    public void Byline_place_and_language_map_to_by_located_and_language(string text, string? by, string? located, string language)
    {
        using JsonDocument json = JsonDocument.Parse(NinjsExporter.ExportJson(DispatchSyntaxTree.ParseText(text)));
        JsonElement root = json.RootElement;
        Assert.Equal(by, root.TryGetProperty("by", out JsonElement byValue) ? byValue.GetString() : null);
        Assert.Equal(located, root.TryGetProperty("located", out JsonElement place) ? place.GetString() : null);
        Assert.Equal(language, root.GetProperty("language").GetString());
        Assert.Empty(NinjsSchema.Validate(root));
    }

    [SkippableFact]
    public void Missing_parts_are_left_out_and_the_uri_is_a_content_hash()
    {
        DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText("");
        using JsonDocument json = JsonDocument.Parse(NinjsExporter.ExportJson(tree));
        JsonElement root = json.RootElement;
        foreach (string name in new[] { "headlines", "bodies", "infoSources", "copyrightNotice", "usageTerms", "associations" })
            Assert.False(root.TryGetProperty(name, out _), name);
        // SHA-256 of the empty string.
        Assert.Equal("urn:sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", root.GetProperty("uri").GetString());
        Assert.Empty(NinjsSchema.Validate(root));
    }

    [SkippableTheory]
    // 1.x lower-case names where 3.x has camelCase; no uri at all.
    [InlineData("""{"uri": "urn:a", "copyrightnotice": "x"}""", "copyrightnotice")]
    [InlineData("""{"type": "text"}""", "uri")]
    // A relative uri (format uri is asserted), a type outside the enum, a headline without value.
    [InlineData("""{"uri": "news/1"}""", "/uri")]
    [InlineData("""{"uri": "urn:a", "type": "story"}""", "/type")]
    [InlineData("""{"uri": "urn:a", "headlines": [{"text": "x"}]}""", "/headlines/0")]
    // An association without name, an urgency out of range, a body that is not a string.
    [InlineData("""{"uri": "urn:a", "associations": [{"uri": "urn:b"}]}""", "/associations/0")]
    [InlineData("""{"uri": "urn:a", "urgency": 12}""", "/urgency")]
    [InlineData("""{"uri": "urn:a", "bodies": [{"value": 3}]}""", "/bodies/0/value")]
    public void The_schema_rejects_what_ninjs_3_1_forbids(string document, string where)
    {
        IReadOnlyList<string> errors = NinjsSchema.Validate(document);
        Assert.NotEmpty(errors);
        Assert.Contains(errors, error => error.Contains(where, StringComparison.Ordinal));
    }

    [SkippableFact]
    public void The_schema_accepts_a_minimal_item()
    {
        // The other side of the rejections above: the check is not one that fails on everything.
        Assert.Empty(NinjsSchema.Validate("""{"uri": "urn:a", "type": "text", "headlines": [{"value": "x"}]}"""));
    }
}
