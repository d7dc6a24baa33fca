using System.Text.Json;

namespace DispatchParser.Cli.Tests.EndToEnd;

/// <summary>
/// <c>export</c> and <c>tree --format json</c> over many files in one process: JSON Lines, one object per
/// file with its path, in input order; an unreadable input gets its error record and exit code 2.
/// </summary>
public sealed class ManyFilesTests
{
    private const string Canonical = SampleTexts.Canonical;
    private const string Broken = SampleTexts.Broken;

    [Fact]
    public void Export_of_a_folder_and_files_writes_one_json_line_per_file_with_its_path()
    {
        using var folder = new TempFolder();
        string a = folder.Write("feed/a.txt", Canonical);
        string b = folder.Write("feed/sub/b.txt", Broken);
        string missing = Path.Combine(folder.Path, "missing.txt");

        ProcessResult result = InProcess.Run("export", Path.Combine(folder.Path, "feed"), missing, "--jobs", "2");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal([$"dispatch: {missing}: file not found"], result.StderrLines);
        JsonElement[] lines = Lines(result);
        Assert.Equal([a, b, missing], lines.Select(line => line.GetProperty("path").GetString()));
        Assert.Equal("path", lines[0].EnumerateObject().First().Name);
        Assert.Equal("ANKARA (AA) -", lines[0].GetProperty("dateline").GetString());
        Assert.Contains(lines[1].GetProperty("diagnostics").EnumerateArray(), diagnostic => diagnostic.GetProperty("code").GetString() == "DSP0003");
        Assert.Equal("file not found", lines[2].GetProperty("error").GetString());

        // The same parts as exporting each file alone.
        using JsonDocument alone = JsonDocument.Parse(InProcess.Run("export", "--compact", b).Stdout);
        foreach (JsonProperty property in alone.RootElement.EnumerateObject())
            Assert.Equal(property.Value.GetRawText(), lines[1].GetProperty(property.Name).GetRawText());
    }

    [Fact]
    public void Export_ninjs_of_a_glob_gives_each_item_its_content_hash()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", Canonical);
        folder.Write("b.txt", Broken);
        ProcessResult result = InProcess.Run("export", "-f", "ninjs", Path.Combine(folder.Path, "*.txt"));
        Assert.Equal(0, result.ExitCode);
        JsonElement[] lines = Lines(result);
        Assert.Equal(2, lines.Length);
        Assert.All(lines, line => Assert.StartsWith("urn:sha256:", line.GetProperty("uri").GetString(), StringComparison.Ordinal));
        Assert.NotEqual(lines[0].GetProperty("uri").GetString(), lines[1].GetProperty("uri").GetString());
    }

    [Fact]
    public void One_file_still_gives_one_indented_document()
    {
        using var folder = new TempFolder();
        string a = folder.Write("a.txt", Canonical);
        ProcessResult result = InProcess.Run("export", a);
        Assert.StartsWith("{\n", result.Stdout, StringComparison.Ordinal);
        using JsonDocument document = JsonDocument.Parse(result.Stdout);
        Assert.False(document.RootElement.TryGetProperty("path", out _));
    }

    [Fact]
    public void Tree_json_of_many_files_is_json_lines_with_the_full_fidelity_tree()
    {
        using var folder = new TempFolder();
        string a = folder.Write("a.txt", Canonical);
        string b = folder.Write("b.txt", Broken);

        ProcessResult result = InProcess.Run("tree", "--format", "json", folder.Path);

        Assert.Equal(0, result.ExitCode);
        JsonElement[] lines = Lines(result);
        Assert.Equal([a, b], lines.Select(line => line.GetProperty("path").GetString()));
        foreach ((JsonElement line, string text) in lines.Zip([Canonical, Broken]))
        {
            JsonElement tree = line.GetProperty("tree");
            Assert.Equal("Document", tree.GetProperty("kind").GetString());
            Assert.Equal(text, FullText(tree)); // tokens and trivia give back every character
        }
        Assert.Contains(lines[1].GetProperty("tree").GetProperty("children").EnumerateArray(),
            child => child.GetProperty("kind").GetString() == "Separator" && child.GetProperty("missing").GetBoolean());
        Assert.Contains(lines[1].GetProperty("diagnostics").EnumerateArray(), diagnostic => diagnostic.GetProperty("code").GetString() == "DSP0002");

        ProcessResult single = InProcess.Run("tree", "--format", "json", a);
        using JsonDocument document = JsonDocument.Parse(single.Stdout);
        Assert.Equal(Canonical, FullText(document.RootElement.GetProperty("tree")));
    }

    private static string FullText(JsonElement element)
    {
        if (element.TryGetProperty("children", out JsonElement children))
            return string.Concat(children.EnumerateArray().Select(FullText));
        static string Trivia(JsonElement list) => string.Concat(list.EnumerateArray().Select(item => item.GetProperty("text").GetString()));
        return Trivia(element.GetProperty("leading")) + element.GetProperty("text").GetString() + Trivia(element.GetProperty("trailing"));
    }

    private static JsonElement[] Lines(ProcessResult result) =>
        [.. result.StdoutLines.Select(line => JsonDocument.Parse(line).RootElement.Clone())];
}
