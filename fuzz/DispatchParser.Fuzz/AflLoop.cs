using System.Diagnostics;
using System.IO.MemoryMappedFiles;
using System.Runtime.InteropServices;

namespace DispatchParser.Fuzz;

/// <summary>
/// AFL++'s fork-server protocol spoken directly by the process that runs the inputs, with a supervisor that restarts it.
/// SharpFuzz's out-of-process loop (<c>Fuzzer.OutOfProcess.Run</c>) relays every execution: afl-fuzz → relay → runner →
/// relay → afl-fuzz, four pipe hops and two more process wake-ups than its in-process loop, whose price is that a hang or a
/// stack overflow kills the fork server and ends the run. Here the process afl-fuzz starts (the supervisor) says hello,
/// starts a runner that inherits afl-fuzz's control and status pipes (198, 199) and then only waits for it to exit: the
/// runner reads each request, writes its own process id (the one afl-fuzz kills on a timeout) and the execution's status
/// itself. When the runner dies while an execution is under way (a shared state word says so), the supervisor writes that
/// execution's status for it (a crash; afl-fuzz already counts a timeout as a hang) and starts a new runner, which goes on
/// reading requests where the dead one stopped.
/// </summary>
internal static unsafe partial class AflLoop
{
    private const int ControlFd = 198, StatusFd = 199, MapSize = 1 << 16;
    private const string StateVariable = "DISPATCH_FUZZ_RUNNER_STATE", FirstVariable = "DISPATCH_FUZZ_RUNNER_FIRST";

    /// <summary>The wait status written for an execution that failed: killed by SIGABRT (afl-fuzz files it under crashes/).</summary>
    internal const int CrashStatus = 6;

    /// <summary>What the runner is doing, in the state word it shares with the supervisor.</summary>
    internal enum Phase
    {
        /// <summary>Started, the state word not mapped yet (the supervisor unlinks the file once it is).</summary>
        Starting,

        /// <summary>Waiting for afl-fuzz's next request: nothing is owed to afl-fuzz.</summary>
        Idle,

        /// <summary>A request read: afl-fuzz waits for this execution's status (the runner writes it before going idle).</summary>
        Running,

        /// <summary>afl-fuzz closed the control pipe: the run is over.</summary>
        Gone,
    }

    /// <summary>Fuzzes <paramref name="execute"/> under afl-fuzz; outside it, runs it once on standard input.</summary>
    public static void Run(Action<ReadOnlySpan<byte>> execute)
    {
        using Stream stdin = Console.OpenStandardInput();
        var input = new MemoryStream();
        if (Environment.GetEnvironmentVariable("__AFL_SHM_ID") is not { } id || !int.TryParse(id, out int shmid))
        {
            // Not under afl-fuzz: a private map for the probes, one execution.
            byte[] map = new byte[MapSize];
            fixed (byte* probes = map)
            {
                SharpFuzz.Common.Trace.SharedMem = probes;
                stdin.CopyTo(input);
                execute(input.GetBuffer().AsSpan(0, (int)input.Length));
            }
            return;
        }
        if (Environment.GetEnvironmentVariable(StateVariable) is { } statePath)
            RunInputs(execute, stdin, input, shmid, statePath, Environment.GetEnvironmentVariable(FirstVariable) == "1");
        else
            Supervise();
    }

    private static void Supervise()
    {
        WriteInt(StatusFd, 0); // hello: the fork server is up (no options)
        string directory = Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath();
        bool first = true;
        while (true)
        {
            string statePath = Path.Combine(directory, $"dispatch-fuzz-{Environment.ProcessId}-{Guid.NewGuid():N}.state");
            using var state = MemoryMappedFile.CreateFromFile(statePath, FileMode.CreateNew, null, sizeof(int), MemoryMappedFileAccess.ReadWrite);
            using MemoryMappedViewAccessor view = state.CreateViewAccessor(0, sizeof(int));
            byte* pointer = null;
            view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
            try
            {
                int* phase = (int*)pointer;
                Volatile.Write(ref *phase, (int)Phase.Starting);
                using Process runner = StartRunner(statePath, first);
                first = false;
                // Once the runner has mapped the state word, the file's name is no longer needed (nothing is left behind
                // when afl-fuzz kills this process at the end of the run).
                while (Volatile.Read(ref *phase) == (int)Phase.Starting && !runner.WaitForExit(5)) { }
                File.Delete(statePath);
                runner.WaitForExit();
                switch (Owed((Phase)Volatile.Read(ref *phase)))
                {
                    case Debt.Nothing:
                        break;
                    case Debt.Status:
                        WriteInt(StatusFd, StatusOf(runner.ExitCode));
                        break;
                    case Debt.EndOfRun:
                        return;
                }
            }
            finally
            {
                view.SafeMemoryMappedViewHandle.ReleasePointer();
            }
        }
    }

    /// <summary>What the supervisor owes afl-fuzz once a runner has exited in <paramref name="phase"/>.</summary>
    internal enum Debt
    {
        /// <summary>Nothing: start the next runner.</summary>
        Nothing,

        /// <summary>The status of the execution the runner died in.</summary>
        Status,

        /// <summary>Nothing, and no new runner: afl-fuzz has gone.</summary>
        EndOfRun,
    }

    internal static Debt Owed(Phase phase) => phase switch
    {
        Phase.Running => Debt.Status,
        Phase.Gone => Debt.EndOfRun,
        _ => Debt.Nothing, // died before mapping the state word, or between executions (its status was written)
    };

    /// <summary>
    /// The wait status of a runner that died during an execution: the signal that killed it (.NET reports 128 + signal as
    /// the exit code), else SIGABRT (an exit in the middle of an execution is no normal end).
    /// </summary>
    internal static int StatusOf(int exitCode) => exitCode is > 128 and < 128 + 0x7F ? exitCode - 128 : CrashStatus;

    private static Process StartRunner(string statePath, bool first)
    {
        // The same command line: `dotnet DispatchParser.Fuzz.dll fuzz TARGET` (the host's path, then the arguments with
        // the assembly first), or the apphost and its arguments.
        string host = Environment.ProcessPath ?? "dotnet";
        string[] arguments = Environment.GetCommandLineArgs();
        var info = new ProcessStartInfo(host) { UseShellExecute = false };
        bool viaDotnet = Path.GetFileNameWithoutExtension(host) == "dotnet";
        foreach (string argument in viaDotnet ? arguments : arguments.Skip(1)) info.ArgumentList.Add(argument);
        info.Environment[StateVariable] = statePath;
        info.Environment[FirstVariable] = first ? "1" : "0";
        return Process.Start(info) ?? throw new InvalidOperationException("could not start the fuzz runner");
    }

    private static void RunInputs(Action<ReadOnlySpan<byte>> execute, Stream stdin, MemoryStream input, int shmid, string statePath, bool first)
    {
        nint map = Shmat(shmid, 0, 0);
        if (map == -1) throw new InvalidOperationException($"shmat({shmid}) failed: errno {Marshal.GetLastPInvokeError()}");
        SharpFuzz.Common.Trace.SharedMem = (byte*)map;
        using var state = MemoryMappedFile.CreateFromFile(statePath, FileMode.Open, null, 0, MemoryMappedFileAccess.ReadWrite);
        using MemoryMappedViewAccessor view = state.CreateViewAccessor(0, sizeof(int));
        byte* pointer = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
        int* phase = (int*)pointer;
        Volatile.Write(ref *phase, (int)Phase.Idle);
        int pid = Environment.ProcessId;
        while (true)
        {
            // afl-fuzz writes 4 bytes per request; end of file: it has closed the pipe, the run is over.
            if (!ReadInt(ControlFd, out _))
            {
                Volatile.Write(ref *phase, (int)Phase.Gone);
                return;
            }
            // Running before the process id: from here on afl-fuzz waits for a status, which the supervisor writes if
            // this process dies (afl-fuzz kills the process whose id it read, on a timeout).
            Volatile.Write(ref *phase, (int)Phase.Running);
            WriteInt(StatusFd, pid);
            input.SetLength(0);
            stdin.CopyTo(input);
            ReadOnlySpan<byte> data = input.GetBuffer().AsSpan(0, (int)input.Length);
            if (first)
            {
                // The first execution of the run also runs static constructors and first-time caches, which later ones do
                // not: run it once unrecorded, as SharpFuzz does, so afl-fuzz's calibration sees what every execution sees.
                _ = Execute(execute, data);
                new Span<byte>((void*)map, MapSize).Clear();
                first = false;
            }
            SharpFuzz.Common.Trace.PrevLocation = 0;
            int status = Execute(execute, data);
            // The status, then Idle: a runner that dies between the two (only an outside kill can) has its status written
            // already, and the supervisor writes no second one.
            WriteInt(StatusFd, status);
            Volatile.Write(ref *phase, (int)Phase.Idle);
        }
    }

    /// <summary>Runs one input: 0 (a normal exit) or <see cref="CrashStatus"/> when it throws.</summary>
    internal static int Execute(Action<ReadOnlySpan<byte>> execute, ReadOnlySpan<byte> data)
    {
        try
        {
            execute(data);
            return 0;
        }
#pragma warning disable CA1031 // Any exception is a crash the fuzzer records; the runner goes on with the next input.
        catch (Exception)
#pragma warning restore CA1031
        {
            return CrashStatus;
        }
    }

    private static void WriteInt(int fd, int value)
    {
        if (Write(fd, &value, sizeof(int)) != sizeof(int)) throw new IOException($"write to fd {fd} failed: errno {Marshal.GetLastPInvokeError()}");
    }

    private static bool ReadInt(int fd, out int value)
    {
        int result = 0, read = 0;
        while (read < sizeof(int))
        {
            nint count = Read(fd, (byte*)&result + read, sizeof(int) - read);
            if (count <= 0)
            {
                if (count < 0 && Marshal.GetLastPInvokeError() == 4) continue; // EINTR
                value = 0;
                return false;
            }
            read += (int)count;
        }
        value = result;
        return true;
    }

    [LibraryImport("libc", EntryPoint = "shmat", SetLastError = true)]
    private static partial nint Shmat(int shmid, nint address, int flags);

    [LibraryImport("libc", EntryPoint = "read", SetLastError = true)]
    private static partial nint Read(int fd, void* buffer, nint count);

    [LibraryImport("libc", EntryPoint = "write", SetLastError = true)]
    private static partial nint Write(int fd, void* buffer, nint count);
}
