namespace DispatchParser.Generation;

/// <summary>
/// SplitMix64 (Steele, Lea and Flood, 2014): a tiny seeded generator whose output is fixed by its definition,
/// so a seed gives the same dispatches on every machine and .NET version (System.Random's algorithm is not
/// specified, and string hash codes are randomised per process).
/// </summary>
public sealed class SplitMix64(ulong seed)
{
    private ulong _state = seed;

    public ulong NextUInt64()
    {
        ulong z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>An integer in [0, <paramref name="exclusiveMax"/>), by multiply-shift (no modulo bias worth the name at these sizes).</summary>
    public int Next(int exclusiveMax)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(exclusiveMax);
        return (int)((NextUInt64() >> 32) * (ulong)exclusiveMax >> 32);
    }

    /// <summary>An integer in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public int Between(int min, int max) => min + Next(max - min + 1);

    public bool Chance(int percent) => Next(100) < percent;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>The seed of the n-th document of a run: documents are independent, so one can be regenerated alone.</summary>
    public static ulong DocumentSeed(ulong runSeed, int index) => new SplitMix64(runSeed ^ (0xD1B54A32D192ED03UL * (ulong)(index + 1))).NextUInt64();
}
