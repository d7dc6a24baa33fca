using System.Diagnostics;
using System.Runtime.InteropServices;
using DispatchParser.Fuzz.Targets;

namespace DispatchParser.Fuzz.Tests;

/// <summary>
/// The core target's fork-server loop (<see cref="AflLoop"/>), spoken to as afl-fuzz speaks to it: control and status
/// pipes on descriptors 198 and 199, the input in a file on standard input, the coverage map in System V shared memory.
/// </summary>
public sealed partial class AflLoopTests
{
    [Fact]
    public async Task A_runner_that_dies_during_an_execution_gets_its_status_written_and_a_successor()
    {
        if (!OperatingSystem.IsLinux()) return; // the fork-server protocol is the Linux one afl-fuzz speaks
        string folder = Directory.CreateTempSubdirectory("afl-loop-").FullName;
        int shm = ShmGet(0, 1 << 16, 0x200 | 0x180); // IPC_PRIVATE, IPC_CREAT | 0600
        Assert.True(shm >= 0, "shmget failed");
        Process? supervisor = null;
        try
        {
            string control = Path.Combine(folder, "control"), status = Path.Combine(folder, "status"), input = Path.Combine(folder, "input");
            foreach (string fifo in new[] { control, status }) Assert.Equal(0, MkFifo(fifo, 0x180));
            File.WriteAllBytes(input, [.. CoreInput.Header(EditMode.Change, position: 9, insertLength: 1, deleteRoot: 1), .. "Başlık\n\nMetin (AA)\nx"u8]);
            string harness = typeof(AflLoop).Assembly.Location;
            var info = new ProcessStartInfo("/bin/bash") { UseShellExecute = false };
            // As afl-fuzz starts its target: the pipes at 198 and 199, the input file as standard input (bash: sh takes one-digit descriptors only).
            info.ArgumentList.Add("-c");
            info.ArgumentList.Add($"exec dotnet '{harness}' fuzz core 198<'{control}' 199>'{status}' <'{input}'");
            info.Environment["__AFL_SHM_ID"] = shm.ToString(System.Globalization.CultureInfo.InvariantCulture);
            info.Environment.Remove("DISPATCH_FUZZ_RELAY");
            info.Environment.Remove("DISPATCH_FUZZ_IN_PROCESS");
            supervisor = Process.Start(info)!;
            using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(5));
            Task<FileStream> openControl = Task.Run(() => new FileStream(control, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1), cancel.Token);
            Task<FileStream> openStatus = Task.Run(() => new FileStream(status, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1), cancel.Token);
            await using FileStream requests = await openControl.WaitAsync(s_patience), answers = await openStatus.WaitAsync(s_patience);

            Assert.Equal(0, await Read(answers, cancel.Token)); // hello
            (int first, int firstStatus) = await Request(requests, answers, cancel.Token);
            Assert.NotEqual(supervisor.Id, first); // the runner's id: the process afl-fuzz kills on a timeout
            Assert.Equal(0, firstStatus);
            Assert.Equal((first, 0), await Request(requests, answers, cancel.Token));

            // A timeout as afl-fuzz handles it: a request, the id read, the runner killed before it answers; the
            // supervisor then owes the status (the killing signal) and starts another runner for the next request.
            File.WriteAllBytes(input, [.. CoreInput.Header(EditMode.None, 0, 0, 0), .. new byte[4 << 20].Select(_ => (byte)'a')]);
            await Write(requests, 0, cancel.Token);
            Assert.Equal(first, await Read(answers, cancel.Token));
            Process.GetProcessById(first).Kill();
            Assert.Equal(9, await Read(answers, cancel.Token)); // SIGKILL
            File.WriteAllBytes(input, [.. CoreInput.Header(EditMode.Change, 3, 0, 1), .. "Başlık\n\nMetin."u8]);
            (int second, int afterStatus) = await Request(requests, answers, cancel.Token);
            Assert.NotEqual(first, second);
            Assert.Equal(0, afterStatus);

            // afl-fuzz gone: the runner reads the end of the control pipe and both processes exit.
            requests.Close();
            await supervisor.WaitForExitAsync(cancel.Token);
            Assert.Equal(0, supervisor.ExitCode);
        }
        finally
        {
            if (supervisor is { HasExited: false }) supervisor.Kill(entireProcessTree: true);
            supervisor?.Dispose();
            _ = ShmCtl(shm, 0, 0); // IPC_RMID
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("Running", "Status")] // afl-fuzz waits for the execution's status
    [InlineData("Idle", "Nothing")] // between executions: the status was written
    [InlineData("Starting", "Nothing")] // died before reading a request
    [InlineData("Gone", "EndOfRun")]
    public void The_supervisor_writes_a_status_only_for_a_runner_that_died_during_an_execution(string phase, string debt) =>
        Assert.Equal(Enum.Parse<AflLoop.Debt>(debt), AflLoop.Owed(Enum.Parse<AflLoop.Phase>(phase)));

    [Theory]
    [InlineData(137, 9)] // SIGKILL: afl-fuzz's timeout
    [InlineData(134, 6)] // SIGABRT: a stack overflow, a fail-fast
    [InlineData(139, 11)] // SIGSEGV
    [InlineData(1, AflLoop.CrashStatus)] // an exit in the middle of an execution
    [InlineData(0, AflLoop.CrashStatus)]
    public void A_dead_runner_is_reported_by_its_signal(int exitCode, int status) => Assert.Equal(status, AflLoop.StatusOf(exitCode));

    [Fact]
    public void An_exception_is_a_crash_and_a_normal_return_is_not()
    {
        Assert.Equal(AflLoop.CrashStatus, AflLoop.Execute(_ => throw new InvariantViolationException("broken"), [1, 2]));
        Assert.Equal(0, AflLoop.Execute(data => Assert.Equal(2, data.Length), [1, 2]));
    }

    private static readonly TimeSpan s_patience = TimeSpan.FromMinutes(2);

    /// <summary>One execution as afl-fuzz asks for it: the request, then the runner's process id and the status.</summary>
    private static async Task<(int Pid, int Status)> Request(FileStream requests, FileStream answers, CancellationToken cancel)
    {
        await Write(requests, 0, cancel);
        int pid = await Read(answers, cancel);
        return (pid, await Read(answers, cancel));
    }

    private static async Task Write(FileStream stream, int value, CancellationToken cancel)
    {
        await stream.WriteAsync(BitConverter.GetBytes(value), cancel);
        await stream.FlushAsync(cancel);
    }

    private static async Task<int> Read(FileStream stream, CancellationToken cancel)
    {
        byte[] buffer = new byte[4];
        // A blocking read of a pipe does not see the token: the wait's own limit ends a test whose harness stopped
        // answering (the finally block then kills it, which ends the read).
        await stream.ReadExactlyAsync(buffer, cancel).AsTask().WaitAsync(s_patience, cancel);
        return BitConverter.ToInt32(buffer);
    }

    [LibraryImport("libc", EntryPoint = "shmget")]
    private static partial int ShmGet(int key, nint size, int flags);

    [LibraryImport("libc", EntryPoint = "shmctl")]
    private static partial int ShmCtl(int id, int command, nint buffer);

    [LibraryImport("libc", EntryPoint = "mkfifo", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int MkFifo(string path, int mode);
}
