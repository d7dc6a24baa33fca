using System.Text;

namespace DispatchParser.Cli.Tests.EndToEnd;

/// <summary>
/// Every kind of bad input gets a one-line message and the right exit code, the other inputs are still
/// checked, and no stack trace is ever printed.
/// </summary>
public sealed class BadInputTests
{
    private const string Canonical = SampleTexts.Canonical;

    [Fact]
    public void Missing_file()
    {
        ProcessResult result = DispatchProcess.Run("check", "no/such/file.txt");
        AssertOneLineProblem(result, "dispatch: no/such/file.txt: file not found");
    }

    [Fact]
    public void Broken_symbolic_link_in_a_folder_is_unreadable_and_the_rest_is_checked()
    {
        using var folder = new TempFolder();
        folder.Write("a-good.txt", Canonical);
        File.CreateSymbolicLink(Path.Combine(folder.Path, "b-broken.txt"), Path.Combine(folder.Path, "nowhere.txt"));
        ProcessResult result = DispatchProcess.Run(["check", "."], input: null, workingDirectory: folder.Path);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["dispatch: ./b-broken.txt: file not found"], result.StderrLines);
        Assert.Equal("Checked 1 file: 0 errors, 0 warnings, 0 infos; 1 input not checked.", result.StdoutLines[^1]);
    }

    [SkippableFact]
    public void File_without_read_permission()
    {
        Skip.If(Environment.UserName == "root" || OperatingSystem.IsWindows(), "root reads files whatever their permissions");
        using var folder = new TempFolder();
        string path = folder.Write("secret.txt", Canonical);
        File.SetUnixFileMode(path, UnixFileMode.None);
        ProcessResult result = InProcess.Run(["check", path], input: null);
        AssertOneLineProblem(result, $"dispatch: {path}: permission denied");
    }

    [Fact]
    public void Folder_without_dispatches()
    {
        using var folder = new TempFolder();
        folder.Write("readme.md", "# not a dispatch");
        ProcessResult result = InProcess.Run(["check", folder.Path], input: null);
        AssertOneLineProblem(result, $"dispatch: {folder.Path}: no dispatches (*.txt) in folder");
    }

    [Fact]
    public void Binary_file()
    {
        using var folder = new TempFolder();
        string path = folder.WriteBytes("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]);
        ProcessResult result = InProcess.Run(["check", path], input: null);
        AssertOneLineProblem(result, $"dispatch: {path}: binary file (NUL byte at offset 8), not a dispatch");
    }

    [Fact]
    public void Invalid_utf8_is_decoded_with_replacement_and_reported_with_its_byte_offset()
    {
        using var folder = new TempFolder();
        byte[] good = Encoding.UTF8.GetBytes(Canonical);
        int offset = Encoding.UTF8.GetByteCount("Başlık\n\nANKARA (AA) - Birinci");
        byte[] bad = [.. good[..offset], 0xFF, 0xC3, .. good[offset..]]; // a stray byte and a truncated sequence
        string path = folder.WriteBytes("latin.txt", bad);

        ProcessResult standard = InProcess.Run(["check", path], input: null);
        Assert.Equal(0, standard.ExitCode);
        Assert.Equal($"{path}(3,22): warning DSP0301: Invalid UTF-8 byte sequence at byte offset {offset}; decoded as U+FFFD", standard.StdoutLines[0]);
        Assert.Equal($"{path}(3,23): warning DSP0301: Invalid UTF-8 byte sequence at byte offset {offset + 1}; decoded as U+FFFD", standard.StdoutLines[1]);

        ProcessResult strict = InProcess.Run(["check", path, "--profile", "strict"], input: null);
        Assert.Equal(1, strict.ExitCode);
        Assert.StartsWith($"{path}(3,22): error DSP0301:", strict.StdoutLines[0], StringComparison.Ordinal);

        ProcessResult export = InProcess.Run(["export", path], input: null);
        Assert.Equal(0, export.ExitCode);
        Assert.Contains("ANKARA (AA) -", export.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"paragraphs\": [\n    \"Birinci\uFFFD\uFFFD paragraf.\"", export.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"code\": \"DSP0301\"", export.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void File_over_the_size_limit()
    {
        using var folder = new TempFolder();
        string path = Path.Combine(folder.Path, "huge.txt");
        using (var stream = new FileStream(path, FileMode.CreateNew))
        {
            stream.SetLength(100L * 1024 * 1024); // 100 MB, sparse: nothing is written
        }
        ProcessResult result = InProcess.Run(["check", path], input: null);
        AssertOneLineProblem(result, $"dispatch: {path}: file too large (104,857,600 bytes; the limit is 67,108,864 bytes = 64 MB, see --max-file-size)");
    }

    [Fact]
    public void Size_limit_is_an_option_and_applies_to_standard_input()
    {
        string big = Canonical + string.Concat(Enumerable.Repeat("Kısa haber metni.\n", 70_000)); // about 1.3 MB
        ProcessResult result = InProcess.Run(["check", "-", "--max-file-size", "1"], big);
        AssertOneLineProblem(result, "dispatch: <stdin>: input too large (over 1,048,576 bytes = 1 MB; see --max-file-size)");

        ProcessResult allowed = InProcess.Run(["check", "-", "--max-file-size", "2"], big);
        Assert.Equal(0, allowed.ExitCode);
    }

    [Fact]
    public void Empty_file_is_a_dispatch_without_a_headline()
    {
        using var folder = new TempFolder();
        string path = folder.Write("empty.txt", "");
        ProcessResult result = InProcess.Run(["check", path], input: null);
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"{path}(1,1): error DSP0001: The dispatch has no headline: the text is empty", result.StdoutLines[0], StringComparison.Ordinal);
        Assert.Empty(result.Stderr);
    }

    [Fact]
    public void Every_bad_input_in_one_run_is_reported_in_order_and_the_good_one_checked()
    {
        using var folder = new TempFolder();
        folder.Write("1-good.txt", Canonical);
        folder.WriteBytes("2-binary.txt", [0x00, 0x01, 0x02]);
        folder.Write("3-empty.txt", "");
        ProcessResult result = DispatchProcess.Run(["check", "0-missing.txt", ".", "4-missing.txt"], input: null, workingDirectory: folder.Path);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
        [
            "dispatch: 0-missing.txt: file not found",
            "dispatch: ./2-binary.txt: binary file (NUL byte at offset 0), not a dispatch",
            "dispatch: 4-missing.txt: file not found",
        ], result.StderrLines);
        Assert.StartsWith("./3-empty.txt(1,1): error DSP0001", result.StdoutLines[0], StringComparison.Ordinal);
        Assert.Equal("Checked 2 files: 2 errors, 1 warning, 0 infos (1 file with errors); 3 inputs not checked.", result.StdoutLines[^1]);
    }

    [Theory]
    [InlineData("tree")]
    [InlineData("export")]
    [InlineData("format")]
    public void Other_commands_report_a_missing_file_in_one_line(string command)
    {
        ProcessResult result = InProcess.Run(command, "missing.txt");
        AssertOneLineProblem(result, "dispatch: missing.txt: file not found");
    }

    [Fact]
    public void Jsonl_reports_a_missing_file_in_one_line()
    {
        ProcessResult result = InProcess.Run("jsonl", "missing.jsonl");
        AssertOneLineProblem(result, "dispatch: missing.jsonl: file not found");
    }

    private static void AssertOneLineProblem(ProcessResult result, string message)
    {
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal([message], result.StderrLines);
        Assert.DoesNotContain("   at ", result.Stdout + result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Stdout + result.Stderr, StringComparison.Ordinal);
    }
}
