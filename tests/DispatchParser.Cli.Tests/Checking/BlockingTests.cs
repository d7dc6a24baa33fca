using System.Threading.Channels;
using DispatchParser.Cli.Checking;

namespace DispatchParser.Cli.Tests.Checking;

/// <summary><see cref="Blocking"/>: a dedicated thread's wait for a task or a channel ends with its result, its exception, or cancellation.</summary>
public sealed class BlockingTests
{
    [Fact]
    public void Waits_for_a_task_another_thread_completes()
    {
        var done = new TaskCompletionSource<int>();
        var completer = new Thread(() =>
        {
            Thread.Sleep(20);
            done.SetResult(7);
        });
        completer.Start();
        Blocking.Wait(done.Task, CancellationToken.None);
        Assert.Equal(TaskStatus.RanToCompletion, done.Task.Status); // returned only once the task had completed
        completer.Join();
    }

    [Fact]
    public void A_cancelled_wait_throws_and_a_later_completion_is_harmless()
    {
        var never = new TaskCompletionSource<int>();
        using var cancellation = new CancellationTokenSource(30);
        Assert.ThrowsAny<OperationCanceledException>(() => Blocking.Wait(never.Task, cancellation.Token));
        never.SetResult(1); // sets the abandoned wait's event: must not throw
    }

    [Fact]
    public void A_channel_wait_gives_its_result_and_its_cancellation()
    {
        var channel = Channel.CreateBounded<int>(new BoundedChannelOptions(1) { AllowSynchronousContinuations = true });
        var writer = new Thread(() =>
        {
            Thread.Sleep(20);
            channel.Writer.TryWrite(1);
            Thread.Sleep(20);
            channel.Writer.TryComplete();
        });
        writer.Start();
        Assert.True(Blocking.Wait(channel.Reader.WaitToReadAsync()));
        Assert.True(channel.Reader.TryRead(out _));
        Assert.False(Blocking.Wait(channel.Reader.WaitToReadAsync())); // completed and empty
        writer.Join();

        var empty = Channel.CreateUnbounded<int>();
        using var cancellation = new CancellationTokenSource(30);
        Assert.ThrowsAny<OperationCanceledException>(() => Blocking.Wait(empty.Reader.WaitToReadAsync(cancellation.Token)));
    }
}
