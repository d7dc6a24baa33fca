using System.Diagnostics;

namespace DispatchParser.LanguageServer.Transport;

/// <summary>
/// Watches the editor's process (from <c>--clientProcessId</c> or initialize's <c>processId</c>): when it is
/// gone the server has nobody to talk to and must exit, as LSP asks, rather than linger as an orphan.
/// Polls, because a process that is not our child cannot be awaited.
/// </summary>
internal sealed class ClientProcessMonitor : IDisposable
{
    private static readonly TimeSpan s_pollInterval = TimeSpan.FromSeconds(1);
    private readonly TaskCompletionSource<int> _gone = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _lock = new();
    private readonly List<Timer> _timers = [];

    /// <summary>Completes with the id of the first watched process found gone.</summary>
    public Task<int> Gone => _gone.Task;

    /// <summary>Starts watching <paramref name="processId"/> (watching several is fine: the first gone ends the server).</summary>
    public void Watch(int processId)
    {
        lock (_lock)
        {
            if (_gone.Task.IsCompleted) return;
            if (!IsRunning(processId))
            {
                _gone.TrySetResult(processId);
                return;
            }
            Timer? timer = null;
            timer = new Timer(_ =>
            {
                if (IsRunning(processId)) return;
                _gone.TrySetResult(processId);
                timer?.Dispose();
            }, null, s_pollInterval, s_pollInterval);
            _timers.Add(timer);
        }
    }

    /// <summary>True while a process with that id exists (a zombie that has exited counts as gone).</summary>
    public static bool IsRunning(int processId)
    {
        try
        {
            using Process process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // It exists but is not ours to inspect (another user's): it is running.
            return true;
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            foreach (Timer timer in _timers) timer.Dispose();
            _timers.Clear();
        }
    }
}
