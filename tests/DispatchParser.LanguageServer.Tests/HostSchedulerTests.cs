using DispatchParser.LanguageServer.Documents;
using DispatchParser.LanguageServer.Protocol;
using DispatchParser.LanguageServer.Tests.Infrastructure;
using DispatchParser.Syntax;
using DispatchParser.Text;

namespace DispatchParser.LanguageServer.Tests;

/// <summary>
/// The hook a host uses to run the server's background work itself (LanguageServerOptions.BackgroundScheduler; the
/// fuzz harness runs every execution's work on its own thread): the publisher's work runs on the given scheduler and
/// nowhere else, and without one it still runs on the thread pool.
/// </summary>
public sealed class HostSchedulerTests
{
    /// <summary>Keeps the tasks queued to it until <see cref="RunAll"/> runs them on the calling thread.</summary>
    private sealed class HeldScheduler : TaskScheduler
    {
        private readonly Queue<Task> _tasks = new();

        public int Queued
        {
            get
            {
                lock (_tasks) return _tasks.Count;
            }
        }

        public void RunAll()
        {
            while (true)
            {
                Task? task;
                lock (_tasks)
                {
                    if (!_tasks.TryDequeue(out task)) return;
                }
                TryExecuteTask(task);
            }
        }

        protected override void QueueTask(Task task)
        {
            lock (_tasks) _tasks.Enqueue(task);
        }

        protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) => false;

        protected override IEnumerable<Task> GetScheduledTasks()
        {
            lock (_tasks) return [.. _tasks];
        }
    }

    [Fact]
    public void A_host_scheduler_runs_the_publications_on_its_own_thread_and_only_when_it_runs_them()
    {
        var documents = new DocumentStore();
        const string uri = "file:///tmp/held.txt";
        documents.Set(new DocumentSnapshot(uri, 1, DispatchSyntaxTree.ParseText(SourceText.From(Samples.MissingTag))));
        var scheduler = new HeldScheduler();
        var published = new List<(string Method, int Thread)>();
        using var publisher = new DiagnosticsPublisher(documents, TimeSpan.Zero, (method, _) =>
        {
            lock (published) published.Add((method, Environment.CurrentManagedThreadId));
            return Task.CompletedTask;
        }, exception => Assert.Fail(exception.ToString()), scheduler);

        publisher.Schedule(uri);
        publisher.Clear(uri);
        Thread.Sleep(100); // on the thread pool both would have gone out by now
        Assert.Empty(published);
        Assert.Equal(2, scheduler.Queued);

        scheduler.RunAll();
        Assert.Equal([(Methods.PublishDiagnostics, Environment.CurrentManagedThreadId), (Methods.PublishDiagnostics, Environment.CurrentManagedThreadId)], published);
    }

    [Fact]
    public async Task Without_a_host_scheduler_the_publications_run_on_the_thread_pool()
    {
        var documents = new DocumentStore();
        const string uri = "file:///tmp/pool.txt";
        documents.Set(new DocumentSnapshot(uri, 1, DispatchSyntaxTree.ParseText(SourceText.From(Samples.MissingTag))));
        var published = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var publisher = new DiagnosticsPublisher(documents, TimeSpan.Zero, (_, _) =>
        {
            published.TrySetResult(Thread.CurrentThread.IsThreadPoolThread);
            return Task.CompletedTask;
        }, exception => Assert.Fail(exception.ToString()));

        publisher.Schedule(uri);
        Assert.True(await published.Task.WaitAsync(LspClient.Timeout));
    }
}
