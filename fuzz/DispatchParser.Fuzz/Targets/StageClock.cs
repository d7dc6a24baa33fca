using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace DispatchParser.Fuzz.Targets;

/// <summary>
/// Where a target's time goes: the time between laps, summed per stage over many executions
/// (<c>throughput TARGET SECONDS --stages PATH…</c>), and the bytes each stage allocates. Wall-clock time, so read the
/// shares, not the absolute figures, on a loaded machine; the allocations do not depend on the load.
/// </summary>
internal sealed class StageClock
{
    private readonly Dictionary<string, (long Ticks, long Bytes)> _stages = [];
    private readonly List<string> _order = [];
    private long _last, _lastBytes;

    /// <summary>Starts timing one execution.</summary>
    public void Start()
    {
        _last = Stopwatch.GetTimestamp();
        _lastBytes = GC.GetAllocatedBytesForCurrentThread();
    }

    /// <summary>Charges the time since the last lap (or the start) to <paramref name="stage"/>.</summary>
    public void Lap(string stage)
    {
        long now = Stopwatch.GetTimestamp(), bytes = GC.GetAllocatedBytesForCurrentThread();
        if (!_stages.TryGetValue(stage, out (long Ticks, long Bytes) sum)) _order.Add(stage);
        _stages[stage] = (sum.Ticks + now - _last, sum.Bytes + bytes - _lastBytes);
        _last = now;
        _lastBytes = bytes;
    }

    /// <summary>The stages lapped so far, in the order they were first lapped.</summary>
    public IReadOnlyList<string> Stages => _order;

    /// <summary>One line per stage: its share of the total, its mean time and its mean allocation per execution.</summary>
    public string Report(long executions)
    {
        double total = _stages.Values.Sum(s => s.Ticks);
        long count = Math.Max(1, executions);
        var report = new StringBuilder();
        foreach (string stage in _order)
        {
            (long ticks, long bytes) = _stages[stage];
            report.Append(CultureInfo.InvariantCulture, $"  {stage,-28} {100 * ticks / total,5:0.0} %  {ticks * 1e6 / Stopwatch.Frequency / count,8:0.0} µs  {bytes / count,8:#,0} B per execution\n");
        }
        return report.ToString();
    }
}
