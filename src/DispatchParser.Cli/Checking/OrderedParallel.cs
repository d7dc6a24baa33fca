using System.Threading.Tasks.Dataflow;

namespace DispatchParser.Cli.Checking;

/// <summary>
/// A bounded, ordered pipeline on TPL Dataflow: items of a lazily enumerated source are transformed on up
/// to <c>degree</c> threads by one <see cref="TransformBlock{TInput,TOutput}"/> and handed to the consumer
/// on the calling thread in source order (<see cref="DataflowBlockOptions.EnsureOrdered"/>). The block's
/// <see cref="DataflowBlockOptions.BoundedCapacity"/> is the window: at most <c>window</c> items are in
/// flight (read but not yet consumed), so memory stays bounded however long the source is, and the reader
/// of the source waits while the block is full. An exception from the source, a transform or the consumer
/// stops the pipeline and is rethrown to the caller.
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
        window = Math.Max(window, degree);

        using var cancellation = new CancellationTokenSource();
        var block = new TransformBlock<(TIn Item, long Index), TOut>(
            input => transform(input.Item, input.Index),
            new ExecutionDataflowBlockOptions
            {
                MaxDegreeOfParallelism = degree,
                BoundedCapacity = window,
                EnsureOrdered = true,
                SingleProducerConstrained = true,
                CancellationToken = cancellation.Token,
            });

        Task producer = Task.Run(async () =>
        {
            try
            {
                long index = 0;
                foreach (TIn item in source)
                {
                    // False once the block has faulted (a transform threw) or was cancelled (the consumer threw).
                    if (!await block.SendAsync((item, index++), cancellation.Token).ConfigureAwait(false)) break;
                }
            }
            finally
            {
                block.Complete();
            }
        }, CancellationToken.None);

        try
        {
            while (true)
            {
                if (block.TryReceive(out TOut? result))
                {
                    consume(result!);
                    continue;
                }
                whenIdle?.Invoke();
                if (!block.OutputAvailableAsync().GetAwaiter().GetResult()) break;
            }
        }
        catch
        {
            cancellation.Cancel();
            throw;
        }

        // A transform's exception faults the block; the source's faults the producer.
        block.Completion.GetAwaiter().GetResult();
        producer.GetAwaiter().GetResult();
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
