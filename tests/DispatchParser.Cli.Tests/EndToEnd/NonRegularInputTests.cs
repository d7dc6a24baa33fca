namespace DispatchParser.Cli.Tests.EndToEnd;

/// <summary>
/// Issue 18, item 6: FIFOs and devices. A folder walk skips them with one line each (a FIFO used to hang
/// the run); a device is read through the size limit (/dev/zero used to be read until an
/// OutOfMemoryException, whatever --max-file-size said); a FIFO named directly is read like standard input.
/// </summary>
public sealed class NonRegularInputTests
{
    private const string Canonical = SampleTexts.Canonical;

    [SkippableFact]
    public void A_fifo_and_a_device_link_in_a_folder_are_skipped_and_reported_and_the_rest_is_checked()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "FIFOs and /dev/zero as Linux has them");
        using var folder = new TempFolder();
        folder.Write("a-good.txt", Canonical);
        MakeFifo(Path.Combine(folder.Path, "b-pipe.txt"));
        File.CreateSymbolicLink(Path.Combine(folder.Path, "c-zero.txt"), "/dev/zero");
        folder.Write("d-good.txt", Canonical);

        ProcessResult result = InProcess.Run("check", folder.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            [
                $"dispatch: {Path.Combine(folder.Path, "b-pipe.txt")}: not a regular file but a FIFO (named pipe); skipped",
                $"dispatch: {Path.Combine(folder.Path, "c-zero.txt")}: not a regular file but a character device; skipped",
            ],
            result.StderrLines);
        Assert.Equal("Checked 2 files: 0 errors, 0 warnings, 0 infos; 2 inputs not checked.", result.StdoutLines[^1]);
    }

    [SkippableFact]
    public void Dev_zero_named_directly_stops_at_the_size_limit()
    {
        Skip.IfNot(File.Exists("/dev/zero"), "no /dev/zero here");
        ProcessResult result = InProcess.Run("check", "--max-file-size", "1", "/dev/zero");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["dispatch: /dev/zero: input too large (over 1,048,576 bytes = 1 MB; see --max-file-size)"], result.StderrLines);
    }

    [SkippableFact]
    public void A_link_to_dev_urandom_named_directly_stops_at_the_size_limit()
    {
        Skip.IfNot(File.Exists("/dev/urandom"), "no /dev/urandom here");
        using var folder = new TempFolder();
        string link = Path.Combine(folder.Path, "random.txt");
        File.CreateSymbolicLink(link, "/dev/urandom");
        ProcessResult result = InProcess.Run("export", "--max-file-size", "1", link);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal([$"dispatch: {link}: input too large (over 1,048,576 bytes = 1 MB; see --max-file-size)"], result.StderrLines);
    }

    [SkippableFact]
    public async Task A_fifo_named_directly_is_read_like_standard_input()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "FIFOs as Linux has them");
        using var folder = new TempFolder();
        string fifo = Path.Combine(folder.Path, "feed.txt");
        MakeFifo(fifo);
        Task writer = Task.Run(() => File.WriteAllText(fifo, Canonical)); // opening for writing waits for the reader

        ProcessResult result = InProcess.Run("check", fifo);
        await writer.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Stderr);
        Assert.Equal("Checked 1 file: 0 errors, 0 warnings, 0 infos.", result.StdoutLines[^1]);
    }

    private static void MakeFifo(string path)
    {
        ProcessResult made = DispatchProcess.RunProgram("mkfifo", [path], stdin: null, workingDirectory: Path.GetDirectoryName(path)!);
        Skip.If(made.ExitCode != 0, "mkfifo failed: " + made.Stderr);
    }
}
