using System.Collections.Concurrent;

namespace DispatchParser.Cli.Checking;

/// <summary>
/// A bounded, ordered pipeline: items of a lazily enumerated source are transformed on up to
/// <c>degree</c> threads and handed to the consumer on the calling thread in source order. At most
/// <c>window</c> items are in flight (read but not yet consumed), so memory stays bounded however long
/// the source is; a worker that runs ahead waits.
/// </summary>
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
        if (window <= 0) window = Math.Max(16, degree * 8);

        var buffer = new ReorderBuffer<TOut>(window);
        using var cancellation = new CancellationTokenSource();
        Task producer = Task.Run(() =>
        {
            try
            {
                var options = new ParallelOptions { MaxDegreeOfParallelism = degree, CancellationToken = cancellation.Token };
                OrderablePartitioner<TIn> partitioner = Partitioner.Create(source, EnumerablePartitionerOptions.NoBuffering);
                Parallel.ForEach(partitioner, options, (item, _, index) =>
                {
                    TOut result;
                    try
                    {
                        result = transform(item, index);
                    }
                    catch
                    {
                        buffer.Abort(); // release workers waiting for room: the consumer will not get past this item
                        throw;
                    }
                    buffer.Add(index, result);
                });
            }
            finally
            {
                buffer.Complete();
            }
        });

        try
        {
            while (buffer.TryTake(out TOut item, whenIdle)) consume(item);
        }
        catch
        {
            cancellation.Cancel();
            buffer.Abort();
            throw;
        }

        try
        {
            producer.GetAwaiter().GetResult();
        }
        catch (AggregateException exception) when (exception.InnerExceptions.Count > 0)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(exception.InnerExceptions[0]).Throw();
        }
    }

    /// <summary>Slots for the items between the next one to consume and <c>capacity</c> after it.</summary>
    private sealed class ReorderBuffer<T>(int capacity)
    {
        private readonly T[] _items = new T[capacity];
        private readonly bool[] _present = new bool[capacity];
        private readonly object _gate = new();
        private long _next;
        private bool _completed;
        private bool _aborted;

        public void Add(long index, T item)
        {
            lock (_gate)
            {
                while (index - _next >= capacity && !_aborted) Monitor.Wait(_gate);
                if (_aborted) return;
                int slot = (int)(index % capacity);
                _items[slot] = item;
                _present[slot] = true;
                if (index == _next) Monitor.PulseAll(_gate);
            }
        }

        public void Complete()
        {
            lock (_gate)
            {
                _completed = true;
                Monitor.PulseAll(_gate);
            }
        }

        public void Abort()
        {
            lock (_gate)
            {
                _aborted = true;
                Monitor.PulseAll(_gate);
            }
        }

        /// <summary>The next item in order; false once the source is done and everything consumed. Calls <paramref name="whenIdle"/> before waiting.</summary>
        public bool TryTake(out T item, Action? whenIdle)
        {
            bool idled = whenIdle is null;
            while (true)
            {
                lock (_gate)
                {
                    int slot = (int)(_next % capacity);
                    if (_present[slot])
                    {
                        item = _items[slot];
                        _items[slot] = default!;
                        _present[slot] = false;
                        _next++;
                        Monitor.PulseAll(_gate);
                        return true;
                    }
                    if (_completed)
                    {
                        item = default!;
                        return false;
                    }
                    if (idled)
                    {
                        Monitor.Wait(_gate);
                        continue;
                    }
                }
                whenIdle!();
                idled = true;
            }
        }
    }
}
