namespace DispatchParser.Cli.Tests.EndToEnd;

/// <summary><c>--version</c>, <c>--help</c> with examples for the root and every command.</summary>
public sealed class HelpAndVersionTests
{
    [Fact]
    public void Version_prints_the_package_version()
    {
        ProcessResult result = DispatchProcess.Run("--version");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("0.1.0", result.Stdout.Trim());
    }

    [Fact]
    public void Root_help_lists_the_commands_and_examples()
    {
        ProcessResult result = DispatchProcess.Run("--help");
        Assert.Equal(0, result.ExitCode);
        foreach (string command in new[] { "check", "tree", "export", "format", "jsonl" })
            Assert.Matches($@"(?m)^  {command} <", result.Stdout);
        Assert.Contains("Examples:\n  dispatch check tests/samples/", result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check", "--format <text|json|sarif>", "dispatch check tests/samples/broken.txt")]
    [InlineData("tree", "--color <auto|always|never>", "dispatch tree tests/samples/ilkha-tr.txt")]
    [InlineData("export", "--format <json|ninjs>", "dispatch export tests/samples/ilkha-tr.txt")]
    [InlineData("format", "--check", "dispatch format --check feeds/")]
    [InlineData("jsonl", "--text-field <name>", "dispatch jsonl crawl.jsonl > parts.jsonl")]
    public void Command_help_shows_its_options_and_examples(string command, string option, string example)
    {
        ProcessResult result = InProcess.Run(command, "--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains(option, result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Examples:", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("  " + example, result.Stdout, StringComparison.Ordinal);
    }
}
