namespace DispatchParser.Cli.Tests.EndToEnd;

/// <summary>
/// Which files a run reads and what it says about them: extensions, include and exclude globs, the name of
/// standard input, <c>--quiet</c> and <c>--statistics</c>. In process, through <see cref="CliApp.Run"/>.
/// </summary>
public sealed class InputSelectionTests
{
    private const string Canonical = SampleTexts.Canonical;
    private const string Broken = SampleTexts.Broken;

    [Fact]
    public void Extensions_are_compared_case_insensitively_and_can_be_chosen()
    {
        using var folder = new TempFolder();
        string lower = folder.Write("a.txt", Canonical);
        string upper = folder.Write("B.TXT", Canonical);
        string other = folder.Write("c.dispatch", Canonical);
        folder.Write("d.md", Canonical);

        ProcessResult byDefault = InProcess.Run("check", "--format", "json", folder.Path);
        Assert.Equal([upper, lower], JsonPaths(byDefault));

        ProcessResult chosen = InProcess.Run("check", "--format", "json", "--extension", "txt", "--extension", "*.DISPATCH", folder.Path);
        Assert.Equal([upper, lower, other], JsonPaths(chosen));

        ProcessResult none = InProcess.Run("check", "--extension", ".xml", folder.Path);
        Assert.Equal(2, none.ExitCode);
        Assert.Equal([$"dispatch: {folder.Path}: no dispatches (*.xml) in folder"], none.StderrLines);
    }

    [Fact]
    public void Include_and_exclude_globs_select_files_of_folders_and_globs_relative_to_the_folder()
    {
        using var folder = new TempFolder();
        string keep = folder.Write("politics/a.txt", Canonical);
        folder.Write("politics/draft-b.txt", Canonical);
        folder.Write("sport/c.txt", Canonical);
        string named = folder.Write("sport/draft-named.txt", Canonical);

        ProcessResult result = InProcess.Run("check", "--format", "json", "--include", "politics/**", "--exclude", "**/draft-*", folder.Path);
        Assert.Equal([keep], JsonPaths(result));

        ProcessResult globbed = InProcess.Run("check", "--format", "json", "--exclude", "**/draft-*", Path.Combine(folder.Path, "**", "*.txt"));
        Assert.Equal([keep, Path.Combine(folder.Path, "sport", "c.txt")], JsonPaths(globbed));

        // A file named on the command line is read whatever the globs say.
        ProcessResult direct = InProcess.Run("check", "--format", "json", "--exclude", "**/draft-*", named);
        Assert.Equal([named], JsonPaths(direct));
    }

    [Fact]
    public void Stdin_filename_names_standard_input_in_the_output()
    {
        ProcessResult result = InProcess.Run(["check", "-", "--stdin-filename", "feeds/story.txt"], Broken);
        Assert.StartsWith("feeds/story.txt(1,7): warning DSP0002", result.StdoutLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Quiet_prints_the_diagnostics_only()
    {
        ProcessResult result = InProcess.Run(["check", "-", "--quiet"], Broken);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(3, result.StdoutLines.Length);
        Assert.DoesNotContain(result.StdoutLines, line => line.StartsWith("Checked", StringComparison.Ordinal));

        ProcessResult format = InProcess.Run(["format", "--check", "-", "--quiet"], Broken);
        Assert.Equal(1, format.ExitCode);
        Assert.Empty(format.Stderr);
    }

    [Fact]
    public void Statistics_counts_the_diagnostics_per_code()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", Broken);
        folder.Write("b.txt", Broken);
        folder.Write("c.txt", "Başlık\n\nMetin\n");

        ProcessResult result = InProcess.Run("check", "--statistics", folder.Path);
        int header = Array.IndexOf(result.StdoutLines, "Diagnostics per code:");
        Assert.True(header > 0, result.ToString());
        Assert.Equal(
            ["      3  DSP0003  Missing agency tag", "      3  DSP0004  Missing legal notice", "      2  DSP0002  Missing separator"],
            result.StdoutLines[(header + 1)..^1]);
        Assert.StartsWith("Checked 3 files", result.StdoutLines[^1], StringComparison.Ordinal);

        ProcessResult json = InProcess.Run("check", "--statistics", "--format", "json", folder.Path);
        Assert.Contains("      2  DSP0002  Missing separator", json.StderrLines);
        using var document = System.Text.Json.JsonDocument.Parse(json.Stdout); // standard output stays one JSON document
    }

    private static string[] JsonPaths(ProcessResult result)
    {
        using var document = System.Text.Json.JsonDocument.Parse(result.Stdout);
        return [.. document.RootElement.GetProperty("files").EnumerateArray().Select(file => file.GetProperty("path").GetString()!)];
    }
}
