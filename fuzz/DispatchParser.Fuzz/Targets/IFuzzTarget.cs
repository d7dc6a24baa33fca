using System.Runtime.CompilerServices;

namespace DispatchParser.Fuzz.Targets;

/// <summary>An invariant does not hold: the fuzzer reports it as a crash.</summary>
internal sealed class InvariantViolationException(string message) : Exception(message);

/// <summary>
/// One fuzz target: decodes an input and runs one entry point on it, throwing on any broken invariant.
/// Targets are independent, so each can be instrumented and fuzzed alone (the core target never loads the
/// generated parser, the slowest part of the toolkit).
/// </summary>
internal interface IFuzzTarget
{
    /// <summary>The name given to <c>fuzz/run.sh --target</c>.</summary>
    string Name { get; }

    /// <summary>The assemblies run.sh instruments for this target (file names in the publish folder).</summary>
    IReadOnlyList<string> InstrumentedAssemblies { get; }

    /// <summary>Runs one input. <paramref name="raw"/>: the input is a plain dispatch file, not an encoded input.</summary>
    void Run(ReadOnlySpan<byte> data, bool raw);

    /// <summary>
    /// Runs one input as the fuzzer does: <see cref="Run"/> unless the target lets the input pick some of its checks (core);
    /// then <see cref="Run"/>, the replay, runs at least what this ran, so every crash the fuzzer saves replays.
    /// </summary>
    void Fuzz(ReadOnlySpan<byte> data) => Run(data, raw: false);

    /// <summary>Writes this target's encoding of a plain dispatch text, for seeds (one or more inputs).</summary>
    IEnumerable<byte[]> Seeds(string text, int index);

    /// <summary>Describes an input for a failure report.</summary>
    string Describe(ReadOnlySpan<byte> data, bool raw);
}

internal static class Invariant
{
    public static void Check(bool condition, string invariant)
    {
        if (!condition) throw new InvariantViolationException(invariant);
    }

    /// <summary>
    /// <see cref="Check(bool, string)"/> with an interpolated message that is formatted only when the check fails: the
    /// core target checks every token and every diagnostic of every input, and formatting their messages up front was
    /// most of the tiling check's time and allocation.
    /// </summary>
    public static void Check(bool condition, [InterpolatedStringHandlerArgument(nameof(condition))] ref FailureMessage invariant)
    {
        if (!condition) throw new InvariantViolationException(invariant.ToStringAndClear());
    }

    /// <summary>Runs <paramref name="action"/> on a worker thread; not done within <paramref name="timeout"/> is a hang.</summary>
    public static void WithinTime(TimeSpan timeout, string what, Action action)
    {
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                action();
            }
#pragma warning disable CA1031 // Carried to the fuzzer's thread and rethrown there.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                failure = exception;
            }
        }, 16 << 20);
        thread.IsBackground = true;
        thread.Start();
        if (!thread.Join(timeout)) throw new InvariantViolationException($"{what} did not finish within {timeout.TotalSeconds:0} s (hang)");
        if (failure is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
    }
}

/// <summary>The targets by name.</summary>
internal static class FuzzTargets
{
    public static IReadOnlyList<IFuzzTarget> All { get; } =
        [new CoreTarget(), new DifferentialTarget(), new LspTarget(), new CliTarget()];

    public static IFuzzTarget? Find(string name) => All.FirstOrDefault(t => t.Name == name);
}

/// <summary>The message of a failed check: formats nothing (its holes are not even evaluated) while the condition holds.</summary>
[InterpolatedStringHandler]
internal ref struct FailureMessage
{
    private DefaultInterpolatedStringHandler _message;

    public FailureMessage(int literalLength, int formattedCount, bool condition, out bool isFailure)
    {
        isFailure = !condition;
        if (isFailure) _message = new DefaultInterpolatedStringHandler(literalLength, formattedCount);
    }

    public void AppendLiteral(string value) => _message.AppendLiteral(value);

    public void AppendFormatted<T>(T value) => _message.AppendFormatted(value);

    public void AppendFormatted<T>(T value, string? format) => _message.AppendFormatted(value, format);

    public string ToStringAndClear() => _message.ToStringAndClear();
}
