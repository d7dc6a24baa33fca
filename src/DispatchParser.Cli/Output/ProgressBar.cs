using System.Diagnostics;
using System.Globalization;

namespace DispatchParser.Cli.Output;

/// <summary>
/// A one-line progress bar on standard error, for long runs on a terminal only: it appears after
/// <see cref="Delay"/>, redraws at most ten times a second, and is erased before anything else is
/// written to the same terminal and at the end. Never shown when standard error is redirected.
/// All calls come from one thread (the consumer of results).
/// </summary>
public sealed class ProgressBar
{
    /// <summary>How long a run goes before the bar appears: one second (<c>DISPATCH_PROGRESS_DELAY_MS</c> overrides it, for tests).</summary>
    public static readonly TimeSpan Delay =
        int.TryParse(Environment.GetEnvironmentVariable("DISPATCH_PROGRESS_DELAY_MS"), out int milliseconds) && milliseconds >= 0
            ? TimeSpan.FromMilliseconds(milliseconds)
            : TimeSpan.FromSeconds(1);
    private const int Width = 30;

    private readonly TextWriter _error;
    private readonly bool _enabled;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Func<long?> _total;
    private long _lastDraw = -1;
    private bool _visible;

    public ProgressBar(TextWriter error, bool enabled, Func<long?> total)
    {
        _error = error;
        _enabled = enabled;
        _total = total;
    }

    public void Update(long done)
    {
        if (!_enabled || _clock.Elapsed < Delay) return;
        long now = _clock.ElapsedMilliseconds;
        if (_visible && now - _lastDraw < 100) return;
        _lastDraw = now;
        long? total = _total();
        string count = done.ToString(CultureInfo.InvariantCulture);
        string line;
        if (total is > 0 and var known)
        {
            int filled = (int)Math.Min(Width, done * Width / known);
            line = $"[{new string('#', filled)}{new string('-', Width - filled)}] {count}/{known.ToString(CultureInfo.InvariantCulture)} files";
        }
        else
        {
            line = $"[{new string('.', Width)}] {count} files";
        }
        _error.Write("\r\e[2K" + line);
        _error.Flush();
        _visible = true;
    }

    /// <summary>Erases the bar (before other output to the terminal, and at the end).</summary>
    public void Clear()
    {
        if (!_visible) return;
        _error.Write("\r\e[2K");
        _error.Flush();
        _visible = false;
    }
}
