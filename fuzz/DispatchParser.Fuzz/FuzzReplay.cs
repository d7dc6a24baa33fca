using DispatchParser.Fuzz.Targets;

namespace DispatchParser.Fuzz;

/// <summary>Runs one saved input through a target in-process, as the replay command and the regression tests do.</summary>
public static class FuzzReplay
{
    /// <summary>The names of the targets.</summary>
    public static IReadOnlyList<string> TargetNames { get; } = [.. FuzzTargets.All.Select(t => t.Name)];

    /// <summary>Null when the input runs clean through the target named <paramref name="targetName"/>, else what broke.</summary>
    public static string? Failure(string targetName, byte[] data, bool raw = false) =>
        Failure(FuzzTargets.Find(targetName) ?? throw new ArgumentException($"no fuzz target '{targetName}'", nameof(targetName)), data, raw);

    /// <summary>A description of the input (its text, edit, messages or command line), for a failure report.</summary>
    public static string Describe(string targetName, byte[] data, bool raw = false) =>
        (FuzzTargets.Find(targetName) ?? throw new ArgumentException($"no fuzz target '{targetName}'", nameof(targetName))).Describe(data, raw);

    /// <summary>The seeds a target derives from a plain dispatch text.</summary>
    public static IEnumerable<byte[]> Seeds(string targetName, string text, int index) =>
        (FuzzTargets.Find(targetName) ?? throw new ArgumentException($"no fuzz target '{targetName}'", nameof(targetName))).Seeds(text, index);

    internal static string? Failure(IFuzzTarget target, byte[] data, bool raw)
    {
        try
        {
            // Out of the fuzzer a hang would stop the replay: give each input a time limit.
            Invariant.WithinTime(TimeSpan.FromSeconds(30), target.Name, () => target.Run(data, raw));
            return null;
        }
#pragma warning disable CA1031 // Every failure is reported, whatever its type.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return $"{exception.GetType().Name}: {exception.Message}";
        }
    }
}
