using System.Runtime.CompilerServices;

namespace DispatchParser.Cli.Checking;

/// <summary>
/// Blocks a dedicated thread until a task or a channel's wait completes, without spinning first.
/// <c>Task.Wait</c> and <c>GetAwaiter().GetResult()</c> on an unfinished task spin (calling sched_yield)
/// before they block, and <c>ValueTask.AsTask()</c> on a channel's wait queues its completion to the
/// thread pool; both are the costs <see cref="OrderedParallel"/> runs on dedicated threads to avoid. Here
/// the completion only sets an event (with no spinning) that the waiting thread sleeps on.
/// </summary>
internal static class Blocking
{
    /// <summary>A channel's <c>WaitToReadAsync</c> or <c>WaitToWriteAsync</c>: its result, or its exception.</summary>
    public static bool Wait(ValueTask<bool> wait)
    {
        ValueTaskAwaiter<bool> awaiter = wait.GetAwaiter();
        if (!awaiter.IsCompleted)
        {
            ManualResetEventSlim done = Event();
            awaiter.UnsafeOnCompleted(done.Set);
            done.Wait();
        }
        return awaiter.GetResult();
    }

    /// <summary>Until <paramref name="task"/> completes, or <paramref name="cancellation"/> is cancelled (then <see cref="OperationCanceledException"/>).</summary>
    public static void Wait(Task task, CancellationToken cancellation)
    {
        if (task.IsCompleted) return;
        ManualResetEventSlim done = Event();
        task.ConfigureAwait(false).GetAwaiter().UnsafeOnCompleted(done.Set);
        done.Wait(cancellation);
    }

    /// <summary>
    /// No spinning before it sleeps. Not disposed: it makes no kernel handle unless asked for one, and after a
    /// cancelled wait the task may still complete and set it.
    /// </summary>
    private static ManualResetEventSlim Event() => new(initialState: false, spinCount: 0);
}
