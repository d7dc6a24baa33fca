using DispatchParser.LanguageServer;
using DispatchParser.LanguageServer.Rpc;

namespace DispatchParser.Fuzz.Targets;

/// <summary>
/// Runs the language server on a script so that one execution is one deterministic sequence of instrumented code.
/// SharpFuzz's probes share one previous-location static and one edge map across threads; the server as it runs
/// for an editor reads on one thread-pool thread, handles on another and publishes diagnostics on a third, so two
/// runs of one input wrote different edge maps (stability 0.03 % in the 30-minute run of 2026-12-03), and
/// publications still running when an execution returned failed inside the next one (a crash that did not replay).
/// Here the host's hooks (<see cref="LanguageServerOptions.HandlerContext"/>, <see cref="LanguageServerOptions.BackgroundScheduler"/>)
/// put the handlers and the publisher's work in one queue that the calling thread runs, and the input is handed
/// over one message at a time: the reader (StreamJsonRpc's loop on the thread pool) reads and deserialises while
/// the queue waits, the queue runs only while the reader waits for input, and the next message goes in only when
/// both are idle. Every piece of work an input starts — debounced publications included — has run, or failed and
/// been rethrown here, before <see cref="Serve"/> returns; what the queue ran is counted in <see cref="Trace"/>.
/// </summary>
internal sealed class LspLockstep : IDisposable
{
    private readonly WorkQueue _queue = new();
    private readonly LockstepInput _input;
    private readonly OutputSink _output;
    private readonly ManualResetEventSlim _changed = new(false);
    private readonly DateTime _deadline;
    private readonly TimeSpan _timeout;
    private readonly List<string> _trace = [];
    private Task _exited = Task.CompletedTask;

    private LspLockstep(TimeSpan timeout)
    {
        _timeout = timeout;
        _deadline = DateTime.UtcNow + timeout;
        _input = new LockstepInput(_changed);
        _output = new OutputSink(_changed);
        _queue.Changed = _changed;
    }

    /// <summary>
    /// What happened, in order: each message handed over ("in N bytes"), each queue item run ("handler", "task"),
    /// the end of input and the exit. Two runs of one input give the same trace (a test checks it).
    /// </summary>
    public IReadOnlyList<string> Trace => _trace;

    /// <summary>Runs the script; returns the exit code, what the server wrote, and the driver's trace.</summary>
    public static (int ExitCode, byte[] Written, IReadOnlyList<string> Trace) Serve(LspScript script, LanguageServerOptions options, TimeSpan timeout)
    {
        using var driver = new LspLockstep(timeout);
        (int exitCode, byte[] written) = driver.Run(script, options);
        return (exitCode, written, driver.Trace);
    }

    public void Dispose()
    {
        _input.Dispose();
        _output.Dispose();
        _changed.Dispose();
    }

    private (int ExitCode, byte[] Written) Run(LspScript script, LanguageServerOptions options)
    {
        LanguageServerSession session = LanguageServerHost.Start(_input, _output, options with { HandlerContext = _queue.Context, BackgroundScheduler = _queue });
        Task<int> exit;
        try
        {
            // The reader's first read comes first: until it waits, nothing else touches the server (the driver's own
            // calls into it are instrumented code too).
            WaitFor(() => _input.ReaderWaiting || _input.ReaderDone);
            _exited = session.Server.Exited;
            exit = session.WaitForExitAsync(CancellationToken.None);
            _ = exit.ContinueWith(_ => _changed.Set(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            Settle(session, exit);
            foreach (ReadOnlyMemory<byte> chunk in script.Chunks)
            {
                if (exit.IsCompleted) break; // the connection closed (a broken header): nothing more is read
                Hand(chunk);
                Settle(session, exit);
            }
            // As a client does: exit once the shutdown is answered; raw input may never let the shutdown through.
            // Its bytes come through StreamJsonRpc's copying loop: wait for them (never answered: a hang, as for a client).
            if (!script.HasRawInput) WaitFor(() => exit.IsCompleted || LspTarget.Answered(_output.ToArray(), script.ShutdownId));
            if (!exit.IsCompleted)
            {
                Hand(LspScript.ExitFrame);
                Settle(session, exit);
            }
            // An exit handled: the session's own drain (on the thread pool) ends before the reader is told the input
            // ended, so the two never run at once.
            if (_exited.IsCompleted) WaitFor(() => exit.IsCompleted);
            _trace.Add("end of input");
            _input.End();
            Settle(session, exit, untilExit: true);
            // The connection's own teardown (the reader loop ending) finishes before the next input starts.
            _ = session.Rpc.Completion.ContinueWith(_ => _changed.Set(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            WaitFor(() => session.Rpc.Completion.IsCompleted);
        }
        finally
        {
            session.Dispose();
        }
        // Work queued by the end (a publication scheduled by the last handler) still runs here, charged to this input.
        while (_queue.RunOne(_trace)) { }
        _queue.ThrowIfFailed();
        _trace.Add("exit " + exit.Result);
        return (exit.Result, _output.ToArray());
    }

    private void Hand(ReadOnlyMemory<byte> bytes)
    {
        _trace.Add($"in {bytes.Length} bytes");
        _input.Deliver(bytes);
    }

    /// <summary>
    /// Runs the queue, one item at a time and only while the reader waits (for input, or for room to answer), until
    /// the queue is empty with the reader waiting; <paramref name="untilExit"/>: until the session has ended.
    /// </summary>
    private void Settle(LanguageServerSession session, Task<int> exit, bool untilExit = false)
    {
        while (true)
        {
            WaitFor(() => exit.IsCompleted || _input.ReaderWaiting || _input.ReaderDone || session.Backpressure.Owed >= OutgoingBackpressure.DefaultLimit);
            if (_queue.RunOne(_trace))
            {
                // The exit handler ran: the session's wait for exit (on the thread pool) waits for the writes itself, and
                // ends before anything else runs. Otherwise StreamJsonRpc writes a response after its handler, off the
                // queue: it is written before the next item.
                if (_exited.IsCompleted) WaitFor(() => exit.IsCompleted);
                else WaitForWrites(session, exit);
                continue;
            }
            if (!untilExit || exit.IsCompleted) break;
            WaitFor(() => exit.IsCompleted || _queue.Count > 0);
        }
        _queue.ThrowIfFailed();
    }

    /// <summary>Waits until every request read has its response written and every notification started is written (or the queue has work).</summary>
    private void WaitForWrites(LanguageServerSession session, Task<int> exit)
    {
        Task written = Task.WhenAll(session.Rpc.AllAnswered, session.Server.FlushAsync());
        if (written.IsCompleted) return;
        _ = written.ContinueWith(_ => _changed.Set(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        WaitFor(() => written.IsCompleted || exit.IsCompleted || _queue.Count > 0);
    }

    private void WaitFor(Func<bool> condition)
    {
        while (true)
        {
            _changed.Reset();
            if (condition()) return;
            TimeSpan left = _deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || !_changed.Wait(left))
            {
                if (condition()) return;
                throw new InvariantViolationException($"the server did not finish within {_timeout.TotalSeconds:0} s (hang)");
            }
        }
    }

    /// <summary>
    /// The handlers' synchronization context and the publisher's task scheduler in one: items wait in arrival order
    /// until the driver runs them on its own thread. Nothing runs inline, so the order is the queue's.
    /// </summary>
    internal sealed class WorkQueue : TaskScheduler
    {
        private readonly Queue<(Task? Task, SendOrPostCallback? Callback, object? State)> _items = new();
        private readonly List<Task> _started = [];
        private Exception? _failure;

        public WorkQueue() => Context = new QueueContext(this);

        public SynchronizationContext Context { get; }

        public ManualResetEventSlim? Changed { get; set; }

        public int Count
        {
            get
            {
                lock (_items) return _items.Count;
            }
        }

        public void Post(SendOrPostCallback callback, object? state) => Enqueue((null, callback, state));

        protected override void QueueTask(Task task) => Enqueue((task, null, null));

        private void Enqueue((Task?, SendOrPostCallback?, object?) item)
        {
            lock (_items) _items.Enqueue(item);
            Changed?.Set();
        }

        protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) => false;

        protected override IEnumerable<Task> GetScheduledTasks()
        {
            lock (_items) return [.. _items.Where(i => i.Task is not null).Select(i => i.Task!)];
        }

        /// <summary>Runs the first item on this thread; false when there is none.</summary>
        public bool RunOne(List<string> trace)
        {
            (Task? Task, SendOrPostCallback? Callback, object? State) item;
            lock (_items)
            {
                if (!_items.TryDequeue(out item)) return false;
            }
            SynchronizationContext? previous = SynchronizationContext.Current;
            SynchronizationContext.SetSynchronizationContext(Context);
            try
            {
                if (item.Task is { } task)
                {
                    trace.Add("task");
                    TryExecuteTask(task);
                    // The publisher starts async methods (Task<Task>): their own outcome is what matters.
                    _started.Add(task is Task<Task> { IsCompletedSuccessfully: true } outer ? outer.Result : task);
                }
                else
                {
                    trace.Add("handler");
                    item.Callback!(item.State);
                }
            }
#pragma warning disable CA1031 // Kept and rethrown on the driver's thread after the item, charged to this input.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                _failure ??= exception;
            }
            finally
            {
                SynchronizationContext.SetSynchronizationContext(previous);
            }
            return true;
        }

        /// <summary>Rethrows the first exception an item threw, or a started task's failure.</summary>
        public void ThrowIfFailed()
        {
            if (_failure is null)
            {
                foreach (Task task in _started)
                {
                    if (task.IsFaulted) _failure = task.Exception!.InnerException ?? task.Exception;
                }
            }
            if (_failure is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(_failure).Throw();
        }

        private sealed class QueueContext(WorkQueue queue) : SynchronizationContext
        {
            public override void Post(SendOrPostCallback d, object? state) => queue.Post(d, state);

            public override void Send(SendOrPostCallback d, object? state) =>
                throw new NotSupportedException("the lockstep queue runs items only on the driver's thread");

            public override SynchronizationContext CreateCopy() => this;
        }
    }

    /// <summary>
    /// The server's input: the driver hands over bytes; a read finding none waits (<see cref="ReaderWaiting"/>)
    /// until the next piece or the end.
    /// </summary>
    private sealed class LockstepInput(ManualResetEventSlim changed) : Stream
    {
        private readonly Lock _lock = new();
        private ReadOnlyMemory<byte> _available;
        private bool _ended;
        private TaskCompletionSource<int>? _waiting;
        private Memory<byte> _waitingBuffer;

        /// <summary>The reader asked for bytes and none are there.</summary>
        public bool ReaderWaiting
        {
            get
            {
                lock (_lock) return _waiting is not null;
            }
        }

        /// <summary>The reader was told the input ended.</summary>
        public bool ReaderDone { get; private set; }

        public void Deliver(ReadOnlyMemory<byte> bytes)
        {
            TaskCompletionSource<int>? waiting;
            int copied = 0;
            lock (_lock)
            {
                _available = bytes;
                waiting = _waiting;
                _waiting = null;
                if (waiting is not null) copied = Take(_waitingBuffer.Span);
            }
            waiting?.TrySetResult(copied);
        }

        public void End()
        {
            TaskCompletionSource<int>? waiting;
            lock (_lock)
            {
                _ended = true;
                waiting = _waiting;
                _waiting = null;
                if (waiting is not null) ReaderDone = true;
            }
            waiting?.TrySetResult(0);
        }

        private int Take(Span<byte> buffer)
        {
            int count = Math.Min(buffer.Length, _available.Length);
            _available.Span[..count].CopyTo(buffer);
            _available = _available[count..];
            return count;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Task<int> pending;
            lock (_lock)
            {
                if (buffer.Length == 0) return ValueTask.FromResult(0);
                if (_available.Length > 0) return ValueTask.FromResult(Take(buffer.Span));
                if (_ended)
                {
                    ReaderDone = true;
                    return ValueTask.FromResult(0);
                }
                // Continuations asynchronously: handing over bytes must not run the reader on the driver's thread.
                _waiting = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
                _waitingBuffer = buffer;
                pending = _waiting.Task;
                if (cancellationToken.CanBeCanceled)
                {
                    TaskCompletionSource<int> waiting = _waiting;
                    cancellationToken.Register(() =>
                    {
                        lock (_lock)
                        {
                            if (_waiting == waiting) _waiting = null;
                        }
                        waiting.TrySetCanceled(cancellationToken);
                        changed.Set();
                    });
                }
            }
            changed.Set();
            return new ValueTask<int>(pending);
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count, CancellationToken.None).GetAwaiter().GetResult();

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) End();
            base.Dispose(disposing);
        }
    }

    /// <summary>
    /// The server's output: every write completes at once (no pipe whose reader could lag and make a write wait). The
    /// bytes arrive from StreamJsonRpc's own copying loop (uninstrumented), after the handler that serialised them.
    /// </summary>
    private sealed class OutputSink(ManualResetEventSlim changed) : Stream
    {
        private readonly MemoryStream _written = new();

        public byte[] ToArray()
        {
            lock (_written) return _written.ToArray();
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            lock (_written) _written.Write(buffer);
            changed.Set();
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Write(buffer.AsSpan(offset, count));
            return Task.CompletedTask;
        }

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
