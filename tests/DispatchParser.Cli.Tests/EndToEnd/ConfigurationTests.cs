using System.Text.Json.Nodes;

namespace DispatchParser.Cli.Tests.EndToEnd;

/// <summary>
/// Issue 15, item 1: dispatch.toml (found above each input, or --config), --severity, and
/// <c>dispatch config show</c>, honoured by check, export, tree, format and jsonl.
/// </summary>
public sealed class ConfigurationTests
{
    // No blank line after the headline, no tag, no notice: DSP0002 (warning), DSP0003 (error), DSP0004 (warning) under standard.
    private const string Broken = "Başlık\nMetin paragrafı burada.\n";
    private const string Canonical = "Başlık\n\nANKARA (AA) - Metin.\nYASAL UYARI: Tüm hakları saklıdır.\n";

    [Fact]
    public void A_dispatch_toml_above_the_input_sets_profile_and_severities()
    {
        using var folder = new TempFolder();
        folder.Write("dispatch.toml", "profile = \"lenient\"\n[severity]\nDSP0004 = \"none\"\n");
        string path = folder.Write("feeds/a.txt", Broken);

        ProcessResult result = InProcess.Run("check", path);

        Assert.Equal(0, result.ExitCode); // lenient: DSP0003 is a warning
        Assert.Contains(result.StdoutLines, line => line.Contains("warning DSP0003", StringComparison.Ordinal));
        Assert.DoesNotContain("DSP0004", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_command_line_wins_over_the_file_and_severity_is_repeatable()
    {
        using var folder = new TempFolder();
        folder.Write("dispatch.toml", "profile = \"lenient\"\n[severity]\nDSP0004 = \"none\"\n");
        string path = folder.Write("a.txt", Broken);

        ProcessResult result = InProcess.Run("check", path, "--profile", "strict", "--severity", "DSP0004=info", "--severity", "dsp0002=none");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.StdoutLines, line => line.Contains("error DSP0003", StringComparison.Ordinal));
        Assert.Contains(result.StdoutLines, line => line.Contains("info DSP0004", StringComparison.Ordinal));
        Assert.DoesNotContain("DSP0002", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_and_tree_honour_dispatch_toml_and_severity_for_one_file_and_for_many()
    {
        using var folder = new TempFolder();
        folder.Write("dispatch.toml", "[severity]\nDSP0004 = \"none\"\nDSP0002 = \"error\"\n");
        string path = folder.Write("a.txt", Broken);
        folder.Write("b.txt", Broken);

        static string[] Codes(JsonNode? diagnostics) => [.. diagnostics!.AsArray().Select(d => (string)d!["code"]! + "=" + (string)d["severity"]!)];

        JsonNode single = JsonNode.Parse(InProcess.Run("export", path).Stdout)!;
        Assert.Equal(["DSP0002=error", "DSP0003=error"], Codes(single["diagnostics"]));

        string[] lines = InProcess.Run("export", folder.Path).StdoutLines;
        Assert.Equal(2, lines.Length);
        Assert.All(lines, line => Assert.Equal(["DSP0002=error", "DSP0003=error"], Codes(JsonNode.Parse(line)!["diagnostics"])));

        JsonNode tree = JsonNode.Parse(InProcess.Run("tree", path, "--format", "json").Stdout)!;
        Assert.Equal(["DSP0002=error", "DSP0003=error"], Codes(tree["diagnostics"]));

        JsonNode overridden = JsonNode.Parse(InProcess.Run("export", path, "--severity", "DSP0004=info").Stdout)!;
        Assert.Contains("DSP0004=info", Codes(overridden["diagnostics"]));
    }

    [Fact]
    public void Exclude_globs_leave_out_files_a_folder_walk_finds_but_not_files_named()
    {
        using var folder = new TempFolder();
        folder.Write("dispatch.toml", "exclude = [\"drafts/**\"]\n");
        folder.Write("a.txt", Canonical);
        string draft = folder.Write("drafts/b.txt", Broken);

        ProcessResult walked = InProcess.Run("check", folder.Path);
        Assert.Equal(0, walked.ExitCode);
        Assert.Equal("Checked 1 file: 0 errors, 0 warnings, 0 infos.", walked.StdoutLines[^1]);

        ProcessResult named = InProcess.Run("check", draft);
        Assert.Equal(1, named.ExitCode);

        ProcessResult formatted = InProcess.Run("format", "--check", folder.Path);
        Assert.Equal(0, formatted.ExitCode); // the unformatted draft is excluded
    }

    [Fact]
    public void Config_names_a_file_for_standard_input_and_jsonl()
    {
        using var folder = new TempFolder();
        string config = folder.Write("settings.toml", "[severity]\nDSP0004 = \"error\"\n");
        const string line = """{"text": "Başlık\n\nMetin. (AA)"}""";

        ProcessResult jsonl = InProcess.Run(["jsonl", "--config", config], line + "\n");
        JsonNode diagnostic = JsonNode.Parse(Assert.Single(jsonl.StdoutLines))!["dispatch"]!["diagnostics"]![0]!;
        Assert.Equal("DSP0004", (string?)diagnostic["code"]);
        Assert.Equal("error", (string?)diagnostic["severity"]);

        ProcessResult check = InProcess.Run(["check", "-", "--config", config], "Başlık\n\nMetin. (AA)\n");
        Assert.Equal(1, check.ExitCode);
    }

    [Theory]
    [InlineData("profil = \"strict\"\n", "unknown setting 'profil' (known: profile, include, exclude, encoding, [severity])")]
    [InlineData("profile = \"loose\"\n", "profile must be \"strict\", \"standard\" or \"lenient\", not \"loose\"")]
    [InlineData("[severity]\nDSP9999 = \"none\"\n", "unknown diagnostic code 'DSP9999'")]
    [InlineData("[severity]\nDSP0004 = \"off\"\n", "severity of DSP0004 must be none, info, warning or error, not 'off'")]
    [InlineData("profile = \n", "(1,11) : error : Missing value after `=`.")]
    public void A_broken_configuration_is_a_one_line_problem_for_the_inputs_it_covers(string toml, string reason)
    {
        using var folder = new TempFolder();
        string config = folder.Write("dispatch.toml", toml);
        string path = folder.Write("a.txt", Canonical);

        ProcessResult result = InProcess.Run("check", path);

        Assert.Equal(2, result.ExitCode);
        string problem = Assert.Single(result.StderrLines);
        Assert.StartsWith($"dispatch: {path}: configuration {config}", problem, StringComparison.Ordinal);
        Assert.EndsWith(reason, problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("DSP0004", "--severity takes CODE=none|info|warning|error, not 'DSP0004'")]
    [InlineData("DSP0004=off", "--severity DSP0004 must be none, info, warning or error, not 'off'")]
    [InlineData("XYZ=none", "--severity: unknown diagnostic code 'XYZ'")]
    public void A_bad_severity_option_is_a_usage_error(string value, string message)
    {
        ProcessResult result = InProcess.Run("check", "--severity", value, TestPaths.SamplesDirectory);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["dispatch: " + message], result.StderrLines);
    }

    [Fact]
    public void Config_show_prints_each_setting_and_where_it_came_from()
    {
        using var folder = new TempFolder();
        string config = folder.Write("dispatch.toml", "profile = \"lenient\"\nexclude = [\"drafts/**\"]\n[severity]\nDSP0004 = \"none\"\n");
        string path = folder.Write("drafts/a.txt", Broken);

        ProcessResult result = InProcess.Run("config", "show", path, "--severity", "DSP0002=error");

        Assert.Equal(0, result.ExitCode);
        string[] lines = result.StdoutLines;
        Assert.Equal($"configuration: {config}", lines[1]);
        Assert.Equal($"profile = lenient  (dispatch.toml: {config})", lines[2]);
        Assert.Equal($"exclude = [\"drafts/**\"]  (dispatch.toml: {config})", lines[4]);
        Assert.Equal("encoding = utf-8  (default)", lines[5]);
        Assert.Equal("taken by folder walks and globs: no", lines[6]);
        Assert.Contains("DSP0001 = warning  (profile lenient) Missing headline", lines);
        Assert.Contains("DSP0002 = error    (--severity) Missing separator", lines);
        Assert.Contains($"DSP0004 = none     (dispatch.toml: {config}) Missing legal notice", lines);
    }

    [Fact]
    public void Without_a_configuration_config_show_gives_the_defaults()
    {
        using var folder = new TempFolder();
        string path = folder.Write("a.txt", Canonical);
        ProcessResult result = InProcess.Run("config", "show", path);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("profile = standard  (default)", result.StdoutLines[2]);
        Assert.Contains("DSP0004 = warning  (profile standard) Missing legal notice", result.StdoutLines);
    }
}
