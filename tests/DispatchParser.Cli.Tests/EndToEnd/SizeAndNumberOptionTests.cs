namespace DispatchParser.Cli.Tests.EndToEnd;

/// <summary>
/// Issue 18, item 7: whole-number options reject what they cannot hold with a usage message (they used
/// to end in "internal error: InvalidOperationException"), --max-file-size is capped at what one .NET
/// string can hold, and "too large" gives the sizes exactly.
/// </summary>
public sealed class SizeAndNumberOptionTests
{
    [Theory]
    [InlineData("--max-file-size", "abc", "--max-file-size takes a whole number from 1 to 1023, not 'abc'.")]
    [InlineData("--max-file-size", "99999999999", "--max-file-size takes a whole number from 1 to 1023, not '99999999999'.")]
    [InlineData("--max-file-size", "1100", "--max-file-size takes a whole number from 1 to 1023, not '1100'.")]
    [InlineData("--max-file-size", "0", "--max-file-size takes a whole number from 1 to 1023, not '0'.")]
    [InlineData("--jobs", "abc", "--jobs takes a whole number from 1 to 1024, not 'abc'.")]
    [InlineData("--jobs", "-3", "--jobs takes a whole number from 1 to 1024, not '-3'.")]
    public void A_number_option_that_cannot_be_held_is_a_usage_error(string option, string value, string message)
    {
        foreach (string command in new[] { "check", "format" })
        {
            ProcessResult result = InProcess.Run(command, option, value, TestPaths.SamplesDirectory);
            Assert.Equal(2, result.ExitCode);
            Assert.Equal(["dispatch: " + message, $"Run 'dispatch {command} --help' for usage."], result.StderrLines);
            Assert.DoesNotContain("Exception", result.Stderr, StringComparison.Ordinal);
        }
    }

    // Found by the cli fuzz target (fuzz/regressions/cli/cli-profile-takes-an-option-as-its-value): the
    // option parser gave `-q` to --profile as its value and the profile lookup threw ("internal error").
    [Theory]
    [InlineData("check")]
    [InlineData("jsonl")]
    [InlineData("export")]
    public void A_profile_value_that_looks_like_an_option_is_a_usage_error(string command)
    {
        ProcessResult result = InProcess.Run([command, "--profile", "-q", "-"], "Başlık\n\nMetin (AA)\n");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'-q'", result.StderrLines[0].Replace("--profile -q:", "'-q'", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_jsonl_command_rejects_a_bad_jobs_value_the_same_way()
    {
        ProcessResult result = InProcess.Run(["jsonl", "--jobs", "abc"], "");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("dispatch: --jobs takes a whole number from 1 to 1024, not 'abc'.", result.StderrLines[0]);
    }

    [Fact]
    public void One_byte_over_the_limit_is_reported_with_exact_sizes()
    {
        using var folder = new TempFolder();
        string path = folder.WriteBytes("big.txt", [.. Enumerable.Repeat((byte)'a', 1024 * 1024 + 1)]);
        ProcessResult result = InProcess.Run("check", "--max-file-size", "1", path);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal([$"dispatch: {path}: file too large (1,048,577 bytes; the limit is 1,048,576 bytes = 1 MB, see --max-file-size)"], result.StderrLines);

        ProcessResult exact = InProcess.Run("check", "--max-file-size", "1", folder.WriteBytes("exact.txt", [.. Enumerable.Repeat((byte)'a', 1024 * 1024)]));
        Assert.Empty(exact.Stderr);
    }

    [Fact]
    public void The_cap_is_documented_in_the_help()
    {
        ProcessResult result = InProcess.Run("check", "--help");
        Assert.Contains("at most 1023, what one .NET string can hold", result.Stdout, StringComparison.Ordinal);
    }
}

/// <summary>The command list is written out (a Native AOT build trims what reflection would find); it must hold every command.</summary>
public sealed class CommandListTests
{
    [Fact]
    public void Every_command_class_is_in_the_list()
    {
        string[] listed = [.. CliApp.DiscoverCommands().Select(command => command.GetType().FullName!).Order(StringComparer.Ordinal)];
        string[] defined = [.. typeof(CliApp).Assembly.GetTypes()
            .Where(type => type.IsClass && !type.IsAbstract && typeof(ICliCommand).IsAssignableFrom(type))
            .Select(type => type.FullName!).Order(StringComparer.Ordinal)];
        Assert.Equal(defined, listed);
    }
}
