using DispatchParser.Cli.Checking;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DispatchParser.Cli.Tests.Checking;

/// <summary>
/// <see cref="OrderedParallel"/>'s guarantees as properties over random runs: degree (1 is the inline
/// path), window (0 is the default), length, which items are slow, and where a failure happens (in the
/// source, a transform or the consumer) or the run is cancelled.
/// </summary>
public sealed class OrderedParallelPropertyTests
{
    /// <summary>A run's shape: degree, window as given, item count, and a seed for which items are slow.</summary>
    public sealed record Shape(int Degree, int Window, int Count, int Seed)
    {
        /// <summary>The window <see cref="OrderedParallel.Run"/> documents: the default, and never below the degree.</summary>
        public int EffectiveWindow => Degree == 1 ? 1 : Math.Max(Window <= 0 ? Math.Max(16, Degree * 8) : Window, Degree);

        /// <summary>About one item in five waits a little, so transforms finish out of order.</summary>
        public void MaybeDelay(long index)
        {
            int spin = (int)((index * 2654435761L + Seed) % 5);
            if (spin == 0) Thread.Sleep(0);
            else if (spin == 1) Thread.SpinWait(2000);
        }
    }

    private static Arbitrary<Shape> Shapes() =>
        (from degree in Gen.Choose(1, 6)
         from window in Gen.Frequency((1, Gen.Constant(0)), (3, Gen.Choose(1, 24)))
         from count in Gen.Choose(0, 300)
         from seed in Gen.Choose(0, 1000)
         select new Shape(degree, window, count, seed)).ToArbitrary();

    public enum Where
    {
        Source,
        Transform,
        Consumer,
    }

    [Property(MaxTest = 150)]
    public Property Every_item_comes_once_in_source_order_with_its_index_and_never_on_the_thread_pool() =>
        Prop.ForAll(Shapes(), shape =>
        {
            int caller = Environment.CurrentManagedThreadId;
            var consumed = new List<long>();
            OrderedParallel.Run(
                Enumerable.Range(0, shape.Count),
                (item, index) =>
                {
                    Assert.Equal(item, index);
                    if (shape.Degree == 1) Assert.Equal(caller, Environment.CurrentManagedThreadId); // inline: no thread, no hand-over
                    else Assert.False(Thread.CurrentThread.IsThreadPoolThread, "a transform ran on the thread pool");
                    shape.MaybeDelay(index);
                    return index * 3;
                },
                result =>
                {
                    Assert.Equal(caller, Environment.CurrentManagedThreadId); // the consumer runs on the calling thread
                    consumed.Add(result);
                },
                shape.Degree,
                shape.Window);
            Assert.Equal(Enumerable.Range(0, shape.Count).Select(item => item * 3L), consumed);
        });

    [Property(MaxTest = 100)]
    public Property Items_read_but_not_yet_handed_to_the_consumer_never_exceed_the_window() =>
        Prop.ForAll(Shapes(), shape =>
        {
            long read = 0, handed = 0, most = 0;
            IEnumerable<int> Source()
            {
                for (int i = 0; i < shape.Count; i++)
                {
                    most = Math.Max(most, Interlocked.Increment(ref read) - Interlocked.Read(ref handed)); // one reader at a time
                    yield return i;
                }
            }

            OrderedParallel.Run(Source(), (item, index) =>
            {
                shape.MaybeDelay(index);
                return item;
            }, item =>
            {
                Interlocked.Increment(ref handed);
                if (item % 3 == 0) Thread.Sleep(0); // a consumer slower than the workers fills the window
            }, shape.Degree, shape.Window);

            Assert.Equal(shape.Count, handed);
            Assert.InRange(most, Math.Min(shape.Count, 1), shape.EffectiveWindow);
        });

    [Property(MaxTest = 150)]
    public Property A_failure_reaches_the_caller_after_every_result_before_it_and_nothing_after_it() =>
        Prop.ForAll(Shapes(), Gen.Elements(Where.Source, Where.Transform, Where.Consumer).ToArbitrary(), Gen.Choose(0, 1000).ToArbitrary(), (shape, where, at) =>
        {
            int count = Math.Max(1, shape.Count);
            int failing = at % count;
            long read = 0;
            using var disposed = new ManualResetEventSlim();
            IEnumerable<int> Source()
            {
                try
                {
                    for (int i = 0; i < count; i++)
                    {
                        if (where == Where.Source && i == failing) throw new IOException("source at " + i);
                        Interlocked.Increment(ref read);
                        yield return i;
                    }
                }
                finally
                {
                    disposed.Set();
                }
            }

            var consumed = new List<int>();
            Exception failure = Assert.ThrowsAny<Exception>(() => OrderedParallel.Run(Source(), (item, index) =>
            {
                shape.MaybeDelay(index);
                return where == Where.Transform && item == failing ? throw new InvalidOperationException("transform at " + item) : item;
            }, item =>
            {
                consumed.Add(item);
                if (where == Where.Consumer && item == failing) throw new FormatException("consumer at " + item);
            }, shape.Degree, shape.Window));

            Assert.Equal(
                where switch { Where.Source => typeof(IOException), Where.Transform => typeof(InvalidOperationException), _ => typeof(FormatException) },
                failure.GetType());
            Assert.EndsWith(" at " + failing, failure.Message, StringComparison.Ordinal);
            // Results before the failure are all consumed, in order; the consumer's own failure is its last item.
            Assert.Equal(Enumerable.Range(0, where == Where.Consumer ? failing + 1 : failing), consumed);
            // The source is read no further than the window allows past what was consumed.
            Assert.InRange(Interlocked.Read(ref read), failing, failing + 1 + shape.EffectiveWindow);
            // The workers are not waited for after a failure, but they end and dispose of the source.
            Assert.True(disposed.Wait(TimeSpan.FromSeconds(30)), "the source was never disposed");
        });

    [Property(MaxTest = 100)]
    public Property Cancelling_from_the_consumer_stops_the_run_after_the_item_it_consumed() =>
        Prop.ForAll(Shapes(), Gen.Choose(0, 1000).ToArbitrary(), (shape, at) =>
        {
            int count = Math.Max(1, shape.Count);
            int cancelAt = at % count;
            using var cancellation = new CancellationTokenSource();
            var consumed = new List<int>();
            Assert.ThrowsAny<OperationCanceledException>(() => OrderedParallel.Run(Enumerable.Range(0, count), (item, index) =>
            {
                shape.MaybeDelay(index);
                return item;
            }, item =>
            {
                consumed.Add(item);
                if (item == cancelAt) cancellation.Cancel();
            }, shape.Degree, shape.Window, cancellation: cancellation.Token));
            Assert.Equal(Enumerable.Range(0, cancelAt + 1), consumed);
        });
}
