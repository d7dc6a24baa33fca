using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace DispatchParser.Fuzz.Targets;

/// <summary>
/// Where a target's time goes: the time between laps, summed per stage over many executions
/// (<c>throughput TARGET SECONDS --stages PATH…</c>). Wall-clock time, so read the shares, not the absolute figures,
/// on a loaded machine.
/// </summary>
internal sealed class StageClock
{
    private readonly Dictionary<string, long> _ticks = [];
    private readonly List<string> _order = [];
    private long _last;

    /// <summary>Starts timing one execution.</summary>
    public void Start() => _last = Stopwatch.GetTimestamp();

    /// <summary>Charges the time since the last lap (or the start) to <paramref name="stage"/>.</summary>
    public void Lap(string stage)
    {
        long now = Stopwatch.GetTimestamp();
        if (!_ticks.TryGetValue(stage, out long ticks)) _order.Add(stage);
        _ticks[stage] = ticks + now - _last;
        _last = now;
    }

    /// <summary>One line per stage: its share of the total and its mean time per execution.</summary>
    public string Report(long executions)
    {
        double total = _ticks.Values.Sum();
        var report = new StringBuilder();
        foreach (string stage in _order)
        {
            long ticks = _ticks[stage];
            report.Append(CultureInfo.InvariantCulture, $"  {stage,-28} {100 * ticks / total,5:0.0} %  {ticks * 1e6 / Stopwatch.Frequency / Math.Max(1, executions),8:0.0} µs per execution\n");
        }
        return report.ToString();
    }
}
