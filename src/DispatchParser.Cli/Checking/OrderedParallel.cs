using System.Diagnostics;
using System.Threading.Channels;

namespace DispatchParser.Cli.Checking;

/// <summary>
/// A bounded, ordered pipeline: items of a lazily enumerated source are transformed on <c>degree</c>
/// worker threads and handed to the consumer on the calling thread in source order. At most
/// <c>window</c> items are in flight (read from the source, not yet handed to the consumer), so memory
/// stays bounded however long the source is: a worker waits for room before reading the next item.
/// Failures reach the caller in source order: the results before a failed item (a transform that threw,
/// or the source's own exception where it stopped) are consumed, then its exception is rethrown; nothing
/// after it is read. An exception from the consumer, or <c>cancellation</c>, stops the run at once (the
/// consumer's exception, or <see cref="OperationCanceledException"/>, reaches the caller; a transform
/// under way finishes on its worker, which is not waited for). With one degree the items are transformed
/// and consumed in turn on the calling thread, no thread and no hand-over, and cancellation is looked at
/// between items.
/// </summary>
/// <remarks>
/// <para>
/// On <see cref="System.Threading.Channels"/>: one bounded channel carries the items' pending results in
/// source order from the workers to the consumer; its capacity is the window less the one result the
/// consumer holds while it waits for it. The workers take turns at the source (one lock: the source is one
/// enumerator, and reading may wait for input), and each writes the pending result of the item it read
/// before it lets go of the source, so the channel's order is the source's; then it transforms the item
/// outside the lock and completes the result.
/// </para>
/// <para>
/// Dedicated threads rather than the thread pool (or TPL Dataflow, which runs on it): with the pool,
/// <c>check --jobs 1</c> over 10,000 files made ~15,000 sched_yield calls (idle workers spinning for
/// work) and a producer task beside the worker, and <c>--jobs 2</c> shared two cores between four busy
/// threads (commit 2b9d33f). Every wait here blocks its thread through <see cref="Blocking"/> (no spin,
/// nothing queued to the pool), and the channel continues synchronously. Against the Monitor version it
/// replaced, <c>check --jobs 2</c> over 10,000 files costs the same CPU time (1.23 s against 1.30 s, medians
/// of 7 interleaved runs under load, within the noise) with as many futex calls (1,913 against 1,911, strace -f -c).
/// </para>
/// <para>
/// One item per hand-over costs more (a synthetic 200,000 items, degree 2: 1.67 s CPU against 0.90 s; a result
/// to wait for and about one sched_yield per item), which is why the callers hand over batches
/// (<see cref="RunBatched"/>, <c>jsonl</c>'s line batches): <c>jsonl --jobs 2</c> over 20,000 lines 2.07 s
/// against 1.88 s (medians of 5, ranges overlap), fed one line per write 0.67 s against 0.72 s.
/// </para>
/// </remarks>
public static class OrderedParallel
{
    public static void Run<TIn, TOut>(
        IEnumerable<TIn> source,
        Func<TIn, long, TOut> transform,
        Action<TOut> consume,
        int degree,
        int window = 0,
        Action? whenIdle = null,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(transform);
        ArgumentNullException.ThrowIfNull(consume);
        degree = Math.Max(1, degree);
        if (degree == 1)
        {
            long index = 0;
            cancellation.ThrowIfCancellationRequested();
            foreach (TIn item in source)
            {
                consume(transform(item, index++));
                // After each item, as the threaded run's consumer looks before it takes the next result or
                // learns that the source ended: a cancellation during the last item is reported alike.
                cancellation.ThrowIfCancellationRequested();
            }
            return;
        }
        if (window <= 0) window = Math.Max(16, degree * 8);
        window = Math.Max(window, degree);
        new Pipeline<TIn, TOut>(source, transform, window, cancellation).Run(consume, degree, whenIdle);
    }

    /// <summary>What the workers and the consumer share.</summary>
    private sealed class Pipeline<TIn, TOut>
    {
        private readonly IEnumerable<TIn> _source;
        private readonly Func<TIn, long, TOut> _transform;

        /// <summary>Each item's result to come, in source order; written only under <see cref="_sourceGate"/>.</summary>
        private readonly Channel<TaskCompletionSource<TOut>> _order;

        /// <summary>One worker at a time reads the source and writes to <see cref="_order"/>.</summary>
        private readonly Lock _sourceGate = new();

        /// <summary>Cancelled when the consumer stops (its exception, or the caller's cancellation): wakes a worker waiting for room.</summary>
        private readonly CancellationTokenSource _stop;

        /// <summary>
        /// <see cref="_stop"/>'s token, taken once: a worker may still look at it after the consumer has left and
        /// disposed the source (always cancelled first), and only the source's <c>Token</c> getter throws then.
        /// </summary>
        private readonly CancellationToken _stopped;

        private IEnumerator<TIn>? _items;
        private long _taken;
        private bool _sourceDone;
        private bool _failed;
        private int _running;

        public Pipeline(IEnumerable<TIn> source, Func<TIn, long, TOut> transform, int window, CancellationToken cancellation)
        {
            _source = source;
            _transform = transform;
            // One fewer than the window: the consumer holds the oldest item's result out of the channel while it
            // waits for it, so read-but-not-consumed items are at most the channel's capacity plus that one.
            _order = Channel.CreateBounded<TaskCompletionSource<TOut>>(new BoundedChannelOptions(window - 1)
            {
                SingleReader = true,
                SingleWriter = true, // the writer holds the source's lock
                FullMode = BoundedChannelFullMode.Wait,
                AllowSynchronousContinuations = true, // what continues is only Blocking's event set; queued instead, it would wake the thread pool
            });
            _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            _stopped = _stop.Token;
        }

        public void Run(Action<TOut> consume, int degree, Action? whenIdle)
        {
            _items = _source.GetEnumerator();
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
                _stop.Cancel();
                throw; // the workers end on their own (one may be waiting for input): not waited for
            }
            finally
            {
                _stop.Dispose(); // after Cancel on the way out: what a worker still does with _stopped sees it cancelled
            }
            foreach (Thread worker in workers) worker.Join();
        }

        /// <summary>The next result in source order; false at the end of the source. Rethrows an item's failure.</summary>
        private bool Next(Action? whenIdle, out TOut result)
        {
            _stopped.ThrowIfCancellationRequested();
            ChannelReader<TaskCompletionSource<TOut>> reader = _order.Reader;
            bool idleCalled = false;
            TaskCompletionSource<TOut>? pending;
            while (!reader.TryRead(out pending))
            {
                if (whenIdle is not null && !idleCalled)
                {
                    whenIdle(); // it may write to a slow output: while nothing is ready, not while results wait
                    idleCalled = true;
                    continue;
                }
                if (!Blocking.Wait(reader.WaitToReadAsync(_stopped)))
                {
                    result = default!;
                    return false;
                }
            }
            Task<TOut> task = pending.Task;
            if (!task.IsCompleted)
            {
                if (whenIdle is not null && !idleCalled) whenIdle();
                Blocking.Wait(task, _stopped); // a cancelled run stops waiting even for a transform that never ends
            }
            result = task.GetAwaiter().GetResult(); // an item's failure, unwrapped, with its own stack trace
            return true;
        }

        private void Work()
        {
            try
            {
                while (TryTake(out TIn item, out long index, out TaskCompletionSource<TOut>? pending))
                {
                    try
                    {
                        pending.SetResult(_transform(item, index));
                    }
#pragma warning disable CA1031 // Not swallowed: the consumer rethrows it in the item's place.
                    catch (Exception exception)
#pragma warning restore CA1031
                    {
                        Volatile.Write(ref _failed, true); // nothing after a failed item is read
                        pending.SetException(exception);
                    }
                }
            }
            catch (OperationCanceledException) when (_stopped.IsCancellationRequested)
            {
                // The consumer stopped while this worker waited for room.
            }
            finally
            {
                if (Interlocked.Decrement(ref _running) == 0)
                {
                    lock (_sourceGate)
                    {
                        _order.Writer.TryComplete();
                        _items?.Dispose();
                    }
                }
            }
        }

        /// <summary>
        /// Once the window has room, the next item of the source, its index, and its result to come, already
        /// in the channel; false at the source's end, after a failure, or when the run stopped. A source that
        /// throws ends the source, its exception written in the channel in place of the next item.
        /// </summary>
        private bool TryTake(out TIn item, out long index, out TaskCompletionSource<TOut> pending)
        {
            item = default!;
            index = 0;
            pending = null!;
            ChannelWriter<TaskCompletionSource<TOut>> writer = _order.Writer;
            lock (_sourceGate)
            {
                if (Stopped()) return false;
                if (!Blocking.Wait(writer.WaitToWriteAsync(_stopped))) return false;
                if (Stopped()) return false; // a failure while this worker waited for room
                var next = new TaskCompletionSource<TOut>();
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
                    next.SetException(exception);
                    Written(writer.TryWrite(next));
                    End(writer);
                    return false;
                }
                if (!more)
                {
                    End(writer);
                    return false;
                }
                Written(writer.TryWrite(next));
                index = _taken++;
                pending = next;
                return true;
            }
        }

        private bool Stopped() => _sourceDone || Volatile.Read(ref _failed) || _stopped.IsCancellationRequested;

        /// <summary>No more items: the consumer ends after the results already in the channel.</summary>
        private void End(ChannelWriter<TaskCompletionSource<TOut>> writer)
        {
            _sourceDone = true;
            writer.TryComplete();
        }

        /// <summary>A write after WaitToWriteAsync said there is room, by the only writer, cannot fail.</summary>
        private static void Written(bool written) => Debug.Assert(written, "the channel had room for the item");
    }

    /// <summary>How many inputs <see cref="RunBatched"/> hands to a worker at once, unless told otherwise.</summary>
    public const int DefaultBatchSize = 32;

    /// <summary>
    /// <see cref="Run"/> for many small items (files of a folder walk): the items travel in batches of up to
    /// <paramref name="batchSize"/>, transformed one after another by one worker and consumed in source order.
    /// One hand-over through the channel per batch instead of per item: with thousands of files of a few KB,
    /// the per-item hand-over (a result to wait for, a wake-up of the consumer) cost as much as checking the
    /// file, and the consumer's waits took a core from the workers.
    /// </summary>
    public static void RunBatched<TIn, TOut>(
        IEnumerable<TIn> source,
        Func<TIn, TOut> transform,
        Action<TOut> consume,
        int degree,
        int batchSize = DefaultBatchSize,
        CancellationToken cancellation = default)
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
            degree,
            cancellation: cancellation);
    }
}
