using System.Diagnostics;
using Mono.Unix.Native;

namespace DispatchParser.Cli.Tests.Regressions;

/// <summary>
/// The CLI failures of the hostile-input audit, one named test each (items 3, 4, 5, 11 and 13): every
/// input is handled alone, <c>format --write</c> rewrites files as an editor would, folder walks end,
/// unreadable folders are reported, and names cannot forge output.
/// </summary>
public sealed class HostileInputTests
{
    private const string Messy = "Başlık  \n\n\nANKARA (AA) - Metin.\t\nYASAL UYARI: x\n";
    private const string Tidy = "Başlık\n\nANKARA (AA) - Metin.\nYASAL UYARI: x\n";
    private const string Canonical = SampleTexts.Canonical;
    private const string Broken = SampleTexts.Broken;

    // Item 3: one input that fails with anything but an I/O error used to end the whole batch, summary unprinted.
    [Fact]
    public void Format_goes_on_after_an_input_that_throws_and_prints_the_summary()
    {
        using var folder = new TempFolder();
        string first = folder.Write("a.txt", Messy);
        string last = folder.Write("c.txt", Messy);
        ProcessResult result = InProcess.Run(["format", "--check", "--jobs", "1", first, "-", last],
            () => throw new InvalidOperationException("standard input went away"));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal([$"{first}: would be reformatted", $"{last}: would be reformatted"], result.StdoutLines);
        Assert.Equal(
            ["dispatch: <stdin>: internal error: InvalidOperationException: standard input went away", "2 files of 2 would be reformatted."],
            result.StderrLines);
    }

    [Fact]
    public void Format_write_goes_on_after_an_input_that_throws()
    {
        using var folder = new TempFolder();
        string first = folder.Write("a.txt", Messy);
        string last = folder.Write("c.txt", Messy);
        ProcessResult result = InProcess.Run(["format", "--write", first, "-", last], () => throw new NotSupportedException("no input"));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(Tidy, File.ReadAllText(first));
        Assert.Equal(Tidy, File.ReadAllText(last));
        Assert.Equal("2 files of 2 reformatted.", result.StderrLines[^1]);
    }

    // Item 4: --write replaced a symbolic link with a regular file and left its target unformatted.
    [Fact]
    public void Format_write_through_a_symbolic_link_rewrites_its_target_and_keeps_the_link()
    {
        using var folder = new TempFolder();
        string target = folder.Write("real/story.txt", Messy);
        string link = Path.Combine(folder.Path, "link.txt");
        File.CreateSymbolicLink(link, Path.Combine("real", "story.txt"));

        ProcessResult result = InProcess.Run("format", "--write", link);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Path.Combine("real", "story.txt"), new FileInfo(link).LinkTarget);
        Assert.Equal(Tidy, File.ReadAllText(target));
        Assert.Equal(["story.txt"], Directory.GetFiles(Path.GetDirectoryName(target)!).Select(Path.GetFileName));
    }

    // Item 4: --write gave the file to the user running it.
    [SkippableFact]
    public void Format_write_keeps_the_owner_and_group_of_the_file()
    {
        Skip.IfNot(Unprivileged.IsRoot, "only root can give a test file to another user");
        using var folder = new TempFolder();
        string path = folder.Write("theirs.txt", Messy);
        Assert.Equal(0, Syscall.chown(path, 65534, 65534));

        ProcessResult result = InProcess.Run("format", "--write", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Tidy, File.ReadAllText(path));
        Assert.Equal(0, Syscall.stat(path, out Stat status));
        Assert.Equal((65534u, 65534u), (status.st_uid, status.st_gid));
    }

    // Item 4: when the owner cannot be kept (an ordinary user rewriting another user's writable file), the file is left alone.
    [SkippableFact]
    public void Format_write_refuses_when_the_owner_cannot_be_kept()
    {
        Skip.IfNot(Unprivileged.WhyNot is null && Unprivileged.IsRoot, Unprivileged.WhyNot ?? "needs root to create a file owned by someone else");
        using var folder = new TempFolder();
        File.SetUnixFileMode(folder.Path, (UnixFileMode)0b111_111_111); // the unprivileged user may create files here
        string path = folder.Write("roots.txt", Messy);
        File.SetUnixFileMode(path, (UnixFileMode)0b110_110_110);

        ProcessResult result = Unprivileged.Run(folder.Path, "format", "--write", "roots.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(Messy, File.ReadAllText(path));
        Assert.Equal(
            ["dispatch: roots.txt: not rewritten: the owner (uid 0, gid 0) could not be kept: permission denied; run as the file's owner",
             "0 files of 0 reformatted."],
            result.StderrLines);
        Assert.Equal(["roots.txt"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }

    // Item 4: a read-only (0444) file was rewritten without a word.
    [Fact]
    public void Format_write_refuses_a_read_only_file_unless_forced()
    {
        using var folder = new TempFolder();
        string path = folder.Write("locked.txt", Messy);
        var readOnly = UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
        File.SetUnixFileMode(path, readOnly);

        ProcessResult refused = InProcess.Run("format", "--write", path);
        Assert.Equal(2, refused.ExitCode);
        Assert.Equal(Messy, File.ReadAllText(path));
        Assert.Equal($"dispatch: {path}: not rewritten: the file is read-only (use --force to rewrite it anyway)", refused.StderrLines[0]);

        ProcessResult forced = InProcess.Run("format", "--write", "--force", path);
        Assert.Equal(0, forced.ExitCode);
        Assert.Equal(Tidy, File.ReadAllText(path));
        Assert.Equal(readOnly, File.GetUnixFileMode(path));
    }

    // Item 4: a hard link was split without a word.
    [Fact]
    public void Format_write_warns_when_the_file_has_other_hard_links()
    {
        using var folder = new TempFolder();
        string path = folder.Write("a.txt", Messy);
        string other = Path.Combine(folder.Path, "other-name.dat");
        Assert.Equal(0, Syscall.link(path, other));

        ProcessResult result = InProcess.Run("format", "--write", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Tidy, File.ReadAllText(path));
        Assert.Equal(
            $"dispatch: {path}: warning: the file has 2 hard links; it is rewritten as a new file, and the other links keep the old text",
            result.StderrLines[0]);
    }

    // Item 4: kill -9 during --write left a hidden temporary file that no later run removed.
    [Fact]
    public void Format_write_removes_a_temporary_file_left_by_a_killed_run()
    {
        using var folder = new TempFolder();
        string path = folder.Write("a.txt", Messy);
        int deadProcess = DeadProcessId();
        string stale = folder.Write($".a.txt.{deadProcess}.dispatch-tmp", "half of a");
        string unrelated = folder.Write(".b.txt.1.dispatch-tmp", "not this file's");

        ProcessResult result = InProcess.Run("format", "--write", path);

        Assert.Equal(0, result.ExitCode);
        Assert.False(File.Exists(stale), "the stale temporary file is removed");
        Assert.True(File.Exists(unrelated), "another file's temporary file is left alone");
        Assert.Contains($"dispatch: {path}: removed a temporary file left by an interrupted run: .a.txt.{deadProcess}.dispatch-tmp", result.StderrLines);
        Assert.Equal(Tidy, File.ReadAllText(path));
    }

    // Item 5: two links to ".." made `check` run until killed (282 MB of output in 60 s); one link reported each file 41 times.
    [Theory]
    [InlineData("check")]
    [InlineData("check", "--follow-links")]
    [InlineData("glob")]
    [InlineData("glob", "--follow-links")]
    [InlineData("format")]
    [InlineData("format", "--follow-links")]
    public void Symbolic_link_loops_end_and_each_file_is_read_once(string command, string? option = null)
    {
        using var folder = new TempFolder();
        folder.Write("t/sub/broken.txt", Broken);
        folder.Write("t/top.txt", Canonical);
        File.CreateSymbolicLink(Path.Combine(folder.Path, "t", "sub", "l1"), "..");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "t", "sub", "l2"), "..");
        var args = new List<string>
        {
            command == "format" ? "format" : "check",
            command == "format" ? "--check" : "--no-progress",
            command == "glob" ? "t/**/*.txt" : "t",
        };
        if (option is not null) args.Add(option);

        ProcessResult result = DispatchProcess.RunProgram(DispatchProcess.DotnetHost, [DispatchProcess.DispatchDll, .. args], stdin: null,
            folder.Path, timeout: TimeSpan.FromSeconds(60));

        if (command == "format")
        {
            Assert.Equal(["t/sub/broken.txt: would be reformatted"], result.StdoutLines);
            Assert.Equal(["1 file of 2 would be reformatted."], result.StderrLines);
        }
        else
        {
            Assert.Equal(1, result.StdoutLines.Count(line => line.StartsWith("t/sub/broken.txt(2,6): error DSP0003", StringComparison.Ordinal)));
            Assert.StartsWith("Checked 2 files:", result.StdoutLines[^1], StringComparison.Ordinal);
        }
    }

    // Item 11: as an unprivileged user, a mode-000 subfolder was never mentioned ("Checked 2 files", exit 0).
    [SkippableFact]
    public void Unreadable_folder_is_reported_as_permission_denied_with_exit_2()
    {
        Skip.If(Unprivileged.WhyNot is not null, Unprivileged.WhyNot);
        using var folder = new TempFolder();
        folder.Write("feed/a.txt", Canonical);
        folder.Write("feed/locked/b.txt", Canonical);
        folder.Write("feed/z.txt", Canonical);
        File.SetUnixFileMode(Path.Combine(folder.Path, "feed", "locked"), UnixFileMode.None);
        try
        {
            ProcessResult walked = Unprivileged.Run(folder.Path, "check", "feed");
            Assert.Equal(2, walked.ExitCode);
            Assert.Equal(["dispatch: feed/locked: permission denied"], walked.StderrLines);
            Assert.Equal("Checked 2 files: 0 errors, 0 warnings, 0 infos; 1 input not checked.", walked.StdoutLines[^1]);

            ProcessResult globbed = Unprivileged.Run(folder.Path, "check", "feed/**/*.txt");
            Assert.Equal(2, globbed.ExitCode);
            Assert.Equal(["dispatch: feed/locked: permission denied"], globbed.StderrLines);
        }
        finally
        {
            File.SetUnixFileMode(Path.Combine(folder.Path, "feed", "locked"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    // Item 13: a file name holding a line break printed a forged diagnostic line.
    [Fact]
    public void Control_characters_in_paths_are_escaped_in_text_output()
    {
        using var folder = new TempFolder();
        string forged = folder.Write("evil.txt(9,9): error DSP0001: forged\nok.txt", Broken);
        string escaped = forged.Replace("\n", "\\n", StringComparison.Ordinal);
        string painted = folder.Write("paint\u001B[31m\u202E.txt", Canonical);

        ProcessResult check = InProcess.Run("check", forged, painted);
        Assert.All(check.StdoutLines[..^1], line => Assert.StartsWith(escaped + "(", line, StringComparison.Ordinal));
        Assert.DoesNotContain(check.StdoutLines, line => line.StartsWith("ok.txt", StringComparison.Ordinal));

        ProcessResult format = InProcess.Run("format", "--check", forged, painted + ".missing");
        Assert.Equal([escaped + ": would be reformatted"], format.StdoutLines);
        Assert.Equal($"dispatch: {Path.Combine(folder.Path, "paint\\x1B[31m\\u202E.txt.missing")}: file not found", format.StderrLines[0]);

        ProcessResult tree = InProcess.Run("tree", forged);
        Assert.Contains(tree.StdoutLines, line => line.StartsWith(escaped + "(1,7): ", StringComparison.Ordinal));
        Assert.DoesNotContain(tree.StdoutLines, line => line.StartsWith("ok.txt", StringComparison.Ordinal));
    }

    [Fact]
    public void Control_characters_in_paths_are_kept_exactly_in_json_output()
    {
        using var folder = new TempFolder();
        string forged = folder.Write("a\nb.txt", Broken);
        ProcessResult result = InProcess.Run("check", "--format", "json", forged);
        using var document = System.Text.Json.JsonDocument.Parse(result.Stdout);
        Assert.Equal(forged, document.RootElement.GetProperty("files")[0].GetProperty("path").GetString());
    }

    // Item 13: `check -- -dash.txt` said "Unknown option '-dash.txt'".
    [Fact]
    public void Double_dash_ends_the_options_so_a_file_may_start_with_a_dash()
    {
        using var folder = new TempFolder();
        folder.Write("-dash.txt", Canonical);

        ProcessResult result = DispatchProcess.Run(["check", "--", "-dash.txt"], input: null, workingDirectory: folder.Path);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["Checked 1 file: 0 errors, 0 warnings, 0 infos."], result.StdoutLines);

        ProcessResult withoutDoubleDash = DispatchProcess.Run(["check", "-dash.txt"], input: null, workingDirectory: folder.Path);
        Assert.Equal(2, withoutDoubleDash.ExitCode);
        Assert.Equal("dispatch: Unknown option '-dash.txt' (a file whose name starts with '-' can be given after --, or as ./-dash.txt).",
            withoutDoubleDash.StderrLines[0]);
    }

    /// <summary>The id of a process that has exited (so no running process has it, until the id is reused).</summary>
    private static int DeadProcessId()
    {
        using var process = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        process.WaitForExit();
        return process.Id;
    }
}
