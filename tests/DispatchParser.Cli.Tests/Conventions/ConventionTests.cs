using System.Text.Json;
using System.Text.RegularExpressions;
using DispatchParser.Cli.Output;

namespace DispatchParser.Cli.Tests.Conventions;

/// <summary>The command-line conventions: colour variables, SARIF help links, the samples the README names.</summary>
public sealed partial class ConventionTests
{
    [Theory]
    [InlineData(ColorMode.Auto, true, null, null, null, true)]
    [InlineData(ColorMode.Auto, false, null, null, null, false)]
    [InlineData(ColorMode.Auto, true, "1", null, null, false)] // NO_COLOR
    [InlineData(ColorMode.Auto, true, "", null, null, true)] // an empty NO_COLOR is not set
    [InlineData(ColorMode.Auto, false, null, "1", null, true)] // FORCE_COLOR into a pipe
    [InlineData(ColorMode.Auto, false, null, "0", null, false)]
    [InlineData(ColorMode.Auto, false, null, "false", null, false)]
    [InlineData(ColorMode.Auto, true, "1", "1", null, false)] // NO_COLOR wins
    [InlineData(ColorMode.Auto, true, null, null, "dumb", false)] // TERM=dumb
    [InlineData(ColorMode.Auto, false, null, "1", "dumb", true)]
    [InlineData(ColorMode.Always, false, "1", null, "dumb", true)] // the option wins over the environment
    [InlineData(ColorMode.Never, true, null, "1", null, false)]
    public void Colour_follows_the_option_then_NO_COLOR_FORCE_COLOR_and_TERM(
        ColorMode mode, bool terminal, string? noColor, string? forceColor, string? term, bool expected)
    {
        var environment = new Dictionary<string, string?> { ["NO_COLOR"] = noColor, ["FORCE_COLOR"] = forceColor, ["TERM"] = term };
        Assert.Equal(expected, Ansi.For(mode, terminal, name => environment.GetValueOrDefault(name)).Enabled);
    }

    [Fact]
    public void FORCE_COLOR_colours_a_pipe_and_NO_COLOR_stops_it()
    {
        string sample = Path.Combine("tests", "samples", "broken.txt");
        ProcessResult forced = DispatchProcess.Run(["check", sample], input: null, environment: new Dictionary<string, string> { ["FORCE_COLOR"] = "1" });
        Assert.Contains("\e[1;31merror\e[0m", forced.Stdout, StringComparison.Ordinal);

        ProcessResult both = DispatchProcess.Run(["check", sample], input: null,
            environment: new Dictionary<string, string> { ["FORCE_COLOR"] = "1", ["NO_COLOR"] = "1" });
        Assert.DoesNotContain('\e', both.Stdout);
    }

    [SkippableFact]
    public void TERM_dumb_turns_off_colour_on_a_terminal()
    {
        Skip.IfNot(Terminal.IsAvailable, "util-linux script is not installed: no pseudo-terminal to run on");
        string sample = Path.Combine("tests", "samples", "broken.txt");
        Assert.Contains("\e[", Terminal.Run(["check", sample]).Stdout, StringComparison.Ordinal);
        ProcessResult dumb = Terminal.Run(["check", sample], new Dictionary<string, string> { ["TERM"] = "dumb" });
        Assert.Contains("error DSP0003", dumb.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain('\e', dumb.Stdout);
    }

    [Fact]
    public void Every_SARIF_rule_links_to_the_table_of_codes()
    {
        ProcessResult result = InProcess.Run("check", "--format", "sarif", Path.Combine(TestPaths.SamplesDirectory, "broken.txt"));
        using JsonDocument log = JsonDocument.Parse(result.Stdout);
        JsonElement rules = log.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules");
        Assert.NotEqual(0, rules.GetArrayLength());
        foreach (JsonElement rule in rules.EnumerateArray())
        {
            string helpUri = rule.GetProperty("helpUri").GetString()!;
            Assert.True(Uri.IsWellFormedUriString(helpUri, UriKind.Absolute), helpUri);
            Assert.Equal(SarifCheckReporter.HelpUri, helpUri);
            Assert.Contains(rule.GetProperty("id").GetString()!, rule.GetProperty("help").GetProperty("text").GetString(), StringComparison.Ordinal);
        }
        string readme = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "README.md"));
        Assert.Contains("## Diagnostics", readme, StringComparison.Ordinal);
        foreach (JsonElement rule in rules.EnumerateArray())
            Assert.Contains($"| {rule.GetProperty("id").GetString()} |", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void The_samples_live_under_tests_and_every_path_the_README_names_exists()
    {
        Assert.False(Directory.Exists(Path.Combine(TestPaths.RepositoryRoot, "samples")), "the top level holds grammar, src, tests, fuzz only");
        string readme = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "README.md"));
        string[] named = SamplePath().Matches(readme).Select(match => match.Value).Distinct().ToArray();
        Assert.NotEmpty(named);
        foreach (string path in named)
            Assert.True(File.Exists(Path.Combine(TestPaths.RepositoryRoot, path)) || Directory.Exists(Path.Combine(TestPaths.RepositoryRoot, path)), path);
        Assert.DoesNotMatch(@"(?<![\w/])samples/", readme);
    }

    [GeneratedRegex(@"tests/samples/[\w.-]*")]
    private static partial Regex SamplePath();
}
