using DispatchParser.Cli.Checking;

namespace DispatchParser.Cli.Tests.Checking;

/// <summary>The ordering, bounded-memory and failure guarantees of <see cref="OrderedParallel"/>.</summary>
public sealed class OrderedParallelTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(8)]
    public void Results_come_in_source_order_whatever_order_the_transforms_finish_in(int degree)
    {
        var consumed = new List<int>();
        OrderedParallel.Run(
            Enumerable.Range(0, 500),
            (item, index) =>
            {
                Assert.Equal(item, index);
                if (item % 7 == 0) Thread.Sleep(1); // some items finish late
                return item * 2;
            },
            consumed.Add,
            degree);
        Assert.Equal(Enumerable.Range(0, 500).Select(item => item * 2), consumed);
    }

    [Fact]
    public void At_most_window_items_are_in_flight_while_the_consumer_is_slow()
    {
        const int window = 10;
        long read = 0, consumed = 0, mostInFlight = 0;
        IEnumerable<int> Source()
        {
            for (int i = 0; i < 200; i++)
            {
                long inFlight = Interlocked.Increment(ref read) - Interlocked.Read(ref consumed);
                InterlockedMax(ref mostInFlight, inFlight);
                yield return i;
            }
        }

        OrderedParallel.Run(Source(), (item, _) => item, _ =>
        {
            Thread.Sleep(1);
            Interlocked.Increment(ref consumed);
        }, degree: 4, window: window);

        Assert.Equal(200, consumed);
        // Beyond the window: the item the reader holds while the block is full, and the one being consumed.
        Assert.InRange(mostInFlight, 1, window + 2);
    }

    [Fact]
    public void A_transform_that_throws_stops_the_run_and_its_exception_reaches_the_caller()
    {
        long readAfterFailure = 0;
        bool failed = false;
        IEnumerable<int> Source()
        {
            for (int i = 0; i < 100_000; i++)
            {
                if (Volatile.Read(ref failed)) readAfterFailure++;
                yield return i;
            }
        }

        var exception = Assert.Throws<InvalidOperationException>(() => OrderedParallel.Run(Source(), (item, _) =>
        {
            if (item == 50)
            {
                Volatile.Write(ref failed, true);
                throw new InvalidOperationException("item 50");
            }
            return item;
        }, _ => { }, degree: 2, window: 8));

        Assert.Equal("item 50", exception.Message);
        Assert.InRange(readAfterFailure, 0, 100); // the source is not read to its end
    }

    [Fact]
    public void A_consumer_that_throws_stops_the_run_and_its_exception_reaches_the_caller()
    {
        var exception = Assert.Throws<FormatException>(() => OrderedParallel.Run(Enumerable.Range(0, 100_000), (item, _) => item, item =>
        {
            if (item == 10) throw new FormatException("consumer");
        }, degree: 2));
        Assert.Equal("consumer", exception.Message);
    }

    [Fact]
    public void A_source_that_throws_is_reported_after_the_items_read_before_it()
    {
        IEnumerable<int> Source()
        {
            yield return 1;
            yield return 2;
            throw new IOException("source");
        }

        var consumed = new List<int>();
        var exception = Assert.Throws<IOException>(() => OrderedParallel.Run(Source(), (item, _) => item, consumed.Add, degree: 2));
        Assert.Equal("source", exception.Message);
        Assert.Equal([1, 2], consumed);
    }

    [Fact]
    public void When_idle_is_called_while_the_consumer_waits_for_the_next_result()
    {
        int idle = 0;
        using var gate = new ManualResetEventSlim();
        var consumed = new List<int>();
        OrderedParallel.Run(Enumerable.Range(0, 3), (item, _) =>
        {
            if (item == 1) gate.Wait(TimeSpan.FromSeconds(10)); // the consumer catches up and waits here
            return item;
        }, item =>
        {
            consumed.Add(item);
        }, degree: 2, whenIdle: () =>
        {
            Interlocked.Increment(ref idle);
            gate.Set();
        });
        Assert.Equal([0, 1, 2], consumed);
        Assert.True(idle >= 1);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 1)]
    [InlineData(2, 7)]
    [InlineData(8, 32)]
    public void Batched_results_come_in_source_order_each_item_once(int degree, int batchSize)
    {
        var consumed = new List<int>();
        int transformed = 0;
        OrderedParallel.RunBatched(
            Enumerable.Range(0, 1001), // not a multiple of any batch size: the last batch is short
            item =>
            {
                Interlocked.Increment(ref transformed);
                if (item % 13 == 0) Thread.Sleep(1);
                return -item;
            },
            consumed.Add,
            degree,
            batchSize);
        Assert.Equal(Enumerable.Range(0, 1001).Select(item => -item), consumed);
        Assert.Equal(1001, transformed);
    }

    [Fact]
    public void Batched_items_are_transformed_on_several_threads_when_there_are_several_batches()
    {
        var threads = new System.Collections.Concurrent.ConcurrentDictionary<int, bool>();
        using var bothStarted = new Barrier(2);
        OrderedParallel.RunBatched(Enumerable.Range(0, 64), item =>
        {
            threads[Environment.CurrentManagedThreadId] = true;
            // The first item of each of the two batches waits for the other: only two workers get past it.
            if (item % 32 == 0) Assert.True(bothStarted.SignalAndWait(TimeSpan.FromSeconds(30)), "the second batch never ran beside the first");
            return item;
        }, _ => { }, degree: 2, batchSize: 32);
        Assert.True(threads.Count >= 2);
    }

    [Fact]
    public void A_batched_transform_that_throws_reaches_the_caller_and_an_empty_source_consumes_nothing()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => OrderedParallel.RunBatched(
            Enumerable.Range(0, 500), item => item == 77 ? throw new InvalidOperationException("item 77") : item, _ => { }, degree: 2, batchSize: 10));
        Assert.Equal("item 77", exception.Message);

        int consumed = 0;
        OrderedParallel.RunBatched(Enumerable.Empty<int>(), item => item, _ => consumed++, degree: 2);
        Assert.Equal(0, consumed);
        Assert.Throws<ArgumentOutOfRangeException>(() => OrderedParallel.RunBatched(Enumerable.Range(0, 3), item => item, _ => { }, degree: 1, batchSize: 0));
    }

    [Fact]
    public void Cancelling_stops_a_consumer_waiting_for_a_transform_that_never_ends()
    {
        using var never = new ManualResetEventSlim();
        using var cancellation = new CancellationTokenSource();
        var consumed = new List<int>();
        try
        {
            Assert.ThrowsAny<OperationCanceledException>(() => OrderedParallel.Run(Enumerable.Range(0, 100), (item, _) =>
            {
                if (item == 2) never.Wait(TimeSpan.FromMinutes(1));
                return item;
            }, item =>
            {
                consumed.Add(item);
                if (item == 1) cancellation.CancelAfter(50); // while the consumer waits for item 2
            }, degree: 2, window: 4, cancellation: cancellation.Token));
            Assert.Equal([0, 1], consumed);
        }
        finally
        {
            never.Set(); // lets the worker end
        }
    }

    [Fact]
    public void Cancelling_stops_a_run_whose_source_waits_for_input()
    {
        using var input = new ManualResetEventSlim();
        using var cancellation = new CancellationTokenSource();
        IEnumerable<int> Source()
        {
            yield return 0;
            yield return 1;
            input.Wait(TimeSpan.FromMinutes(1)); // a pipe with nothing more to read yet
        }

        var consumed = new List<int>();
        try
        {
            Assert.ThrowsAny<OperationCanceledException>(() => OrderedParallel.Run(Source(), (item, _) => item, item =>
            {
                consumed.Add(item);
                if (item == 1) cancellation.CancelAfter(50);
            }, degree: 2, cancellation: cancellation.Token));
            Assert.Equal([0, 1], consumed);
        }
        finally
        {
            input.Set();
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_run_cancelled_before_it_starts_consumes_nothing(int degree)
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        int consumed = 0;
        Assert.ThrowsAny<OperationCanceledException>(() =>
            OrderedParallel.RunBatched(Enumerable.Range(0, 100), item => item, _ => consumed++, degree, batchSize: 10, cancellation.Token));
        Assert.Equal(0, consumed);
    }

    [Fact]
    public void Transforms_run_on_the_pipelines_own_named_threads()
    {
        var names = new System.Collections.Concurrent.ConcurrentBag<string?>();
        OrderedParallel.Run(Enumerable.Range(0, 50), (item, _) =>
        {
            names.Add(Thread.CurrentThread.Name);
            Assert.False(Thread.CurrentThread.IsThreadPoolThread);
            return item;
        }, _ => { }, degree: 3);
        Assert.All(names, name => Assert.StartsWith("dispatch worker ", name, StringComparison.Ordinal));
    }

    private static void InterlockedMax(ref long target, long value)
    {
        long current;
        while (value > (current = Interlocked.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
