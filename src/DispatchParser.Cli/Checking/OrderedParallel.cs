using System.Runtime.ExceptionServices;

namespace DispatchParser.Cli.Checking;

/// <summary>
/// A bounded, ordered pipeline: items of a lazily enumerated source are transformed on <c>degree</c>
/// worker threads and handed to the consumer on the calling thread in source order. At most
/// <c>window</c> items are in flight (read but not yet consumed), so memory stays bounded however long
/// the source is: a worker waits before reading the next item while the window is full. An exception
/// from the source (after the items read before it are consumed), a transform or the consumer stops the
/// pipeline and is rethrown to the caller. With one degree the items are transformed and consumed in
/// turn on the calling thread: no thread, no hand-over.
/// </summary>
/// <remarks>
/// Dedicated threads rather than TPL Dataflow on the thread pool: with the pool, <c>check --jobs 1</c>
/// over 10,000 files made ~15,000 sched_yield calls (idle workers spinning for work) and a producer task
/// beside the worker, and <c>--jobs 2</c> shared two cores between four busy threads.
/// </remarks>
public static class OrderedParallel
{
    public static void Run<TIn, TOut>(
        IEnumerable<TIn> source,
        Func<TIn, long, TOut> transform,
        Action<TOut> consume,
        int degree,
        int window = 0,
        Action? whenIdle = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(transform);
        ArgumentNullException.ThrowIfNull(consume);
        degree = Math.Max(1, degree);
        if (degree == 1)
        {
            long index = 0;
            foreach (TIn item in source) consume(transform(item, index++));
            return;
        }
        if (window <= 0) window = Math.Max(16, degree * 8);
        window = Math.Max(window, degree);
        new Pipeline<TIn, TOut>(source, transform, window).Run(consume, degree, whenIdle);
    }

    /// <summary>
    /// The state the workers and the consumer share. Two locks, always taken in this order: the source's
    /// (one reader at a time, and reading may wait for input) and the results' (short).
    /// </summary>
    private sealed class Pipeline<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, long, TOut> transform, int window)
    {
        private readonly Lock _sourceGate = new();
        private readonly object _gate = new();
        private readonly TOut[] _results = new TOut[window];
        private readonly bool[] _ready = new bool[window];
        private IEnumerator<TIn>? _items;
        private int _running;
        private long _taken;
        private long _consumed;
        private bool _sourceEnded;
        private ExceptionDispatchInfo? _sourceFault;
        private ExceptionDispatchInfo? _fault;
        private bool _stopped;

        public void Run(Action<TOut> consume, int degree, Action? whenIdle)
        {
            _items = source.GetEnumerator();
            _running = degree;
            var workers = new Thread[degree];
            for (int i = 0; i < degree; i++)
            {
                workers[i] = new Thread(Work) { IsBackground = true, Name = "dispatch worker " + i };
                workers[i].Start();
            }
            try
            {
                while (Next(whenIdle, out TOut result)) consume(result);
            }
            catch
            {
                Stop(null);
                throw; // the workers end on their own (one may be waiting for input): not waited for
            }
            foreach (Thread worker in workers) worker.Join();
        }

        /// <summary>The next result in source order; false at the end of the source.</summary>
        private bool Next(Action? whenIdle, out TOut result)
        {
            int slot = (int)(_consumed % window);
            bool idleCalled = false;
            lock (_gate)
            {
                while (!_ready[slot])
                {
                    _fault?.Throw();
                    if (_sourceEnded && _consumed == _taken)
                    {
                        _sourceFault?.Throw();
                        result = default!;
                        return false;
                    }
                    if (whenIdle is not null && !idleCalled)
                    {
                        // Outside the lock: it may write to a slow output.
                        Monitor.Exit(_gate);
                        try
                        {
                            whenIdle();
                        }
                        finally
                        {
                            Monitor.Enter(_gate);
                        }
                        idleCalled = true;
                        continue;
                    }
                    Monitor.Wait(_gate);
                }
                result = _results[slot];
                _results[slot] = default!;
                _ready[slot] = false;
                _consumed++;
                Monitor.PulseAll(_gate); // a worker may be waiting for room in the window
                return true;
            }
        }

        private void Work()
        {
            try
            {
                while (TryTake(out TIn item, out long index))
                {
                    TOut result = transform(item, index);
                    lock (_gate)
                    {
                        int slot = (int)(index % window);
                        _results[slot] = result;
                        _ready[slot] = true;
                        if (index == _consumed) Monitor.PulseAll(_gate);
                    }
                }
            }
#pragma warning disable CA1031 // Not swallowed: the consumer rethrows it on the calling thread.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                Stop(ExceptionDispatchInfo.Capture(exception));
            }
            finally
            {
                if (Interlocked.Decrement(ref _running) == 0)
                {
                    lock (_sourceGate) _items?.Dispose();
                }
            }
        }

        /// <summary>The next item of the source, once the window has room; false at its end or when the run stopped.</summary>
        private bool TryTake(out TIn item, out long index)
        {
            item = default!;
            index = 0;
            lock (_sourceGate)
            {
                lock (_gate)
                {
                    while (!_stopped && !_sourceEnded && _taken - _consumed >= window) Monitor.Wait(_gate);
                    if (_stopped || _sourceEnded) return false;
                }
                bool more;
                try
                {
                    more = _items!.MoveNext();
                    if (more) item = _items.Current;
                }
#pragma warning disable CA1031 // Not swallowed: the consumer rethrows it after the items read before it.
                catch (Exception exception)
#pragma warning restore CA1031
                {
                    lock (_gate)
                    {
                        _sourceFault = ExceptionDispatchInfo.Capture(exception);
                        _sourceEnded = true;
                        Monitor.PulseAll(_gate);
                    }
                    return false;
                }
                lock (_gate)
                {
                    if (!more)
                    {
                        _sourceEnded = true;
                        Monitor.PulseAll(_gate);
                        return false;
                    }
                    index = _taken++;
                    return true;
                }
            }
        }

        private void Stop(ExceptionDispatchInfo? fault)
        {
            lock (_gate)
            {
                _fault ??= fault;
                _stopped = true;
                Monitor.PulseAll(_gate);
            }
        }
    }

    /// <summary>How many inputs <see cref="RunBatched"/> hands to a worker at once, unless told otherwise.</summary>
    public const int DefaultBatchSize = 32;

    /// <summary>
    /// <see cref="Run"/> for many small items (files of a folder walk): the items travel in batches of up to
    /// <paramref name="batchSize"/>, transformed one after another by one worker and consumed in source order.
    /// One hand-over through the block per batch instead of per item: with thousands of files of a few KB,
    /// the per-item hand-over (a task, a wake-up of the consumer) cost as much as checking the file, and the
    /// consumer's waits took a core from the workers.
    /// </summary>
    public static void RunBatched<TIn, TOut>(
        IEnumerable<TIn> source,
        Func<TIn, TOut> transform,
        Action<TOut> consume,
        int degree,
        int batchSize = DefaultBatchSize)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(transform);
        ArgumentNullException.ThrowIfNull(consume);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        Run(
            source.Chunk(batchSize),
            (batch, _) =>
            {
                var results = new TOut[batch.Length];
                for (int i = 0; i < batch.Length; i++) results[i] = transform(batch[i]);
                return results;
            },
            results =>
            {
                foreach (TOut result in results) consume(result);
            },
            degree);
    }
}
