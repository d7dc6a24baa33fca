namespace DispatchParser.LanguageServer.Rpc;

/// <summary>
/// Bounds what the server owes the client: requests read but not yet answered on the wire, and
/// notifications started but not yet written. When the bound is reached the server stops reading input
/// until the client reads some output, so a client that sends requests and never reads the answers
/// cannot grow the server without end (it reached 5.7 GB in 30 s). Nothing is dropped: the client's
/// writes block instead, as with any pipe.
/// </summary>
internal sealed class OutgoingBackpressure
{
    /// <summary>Messages owed before reading pauses: enough for any editor's burst, small enough to stay a few megabytes.</summary>
    public const int DefaultLimit = 64;

    private readonly Lock _lock = new();
    private readonly int _limit;
    private int _owed;
    private TaskCompletionSource? _room;

    public OutgoingBackpressure(int limit = DefaultLimit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        _limit = limit;
    }

    /// <summary>Messages owed right now.</summary>
    public int Owed
    {
        get
        {
            lock (_lock) return _owed;
        }
    }

    /// <summary>The most ever owed at once (tests check that the bound holds).</summary>
    public int MostOwed { get; private set; }

    /// <summary>A message is owed: a request was read, or a notification started.</summary>
    public void Owe()
    {
        lock (_lock)
        {
            _owed++;
            if (_owed > MostOwed) MostOwed = _owed;
        }
    }

    /// <summary>An owed message went out (or never will: the connection closed).</summary>
    public void Paid()
    {
        TaskCompletionSource? room = null;
        lock (_lock)
        {
            if (_owed > 0) _owed--;
            if (_owed < _limit && _room is not null)
            {
                room = _room;
                _room = null;
            }
        }
        room?.TrySetResult();
    }

    /// <summary>Completes when fewer than the limit are owed; the reader awaits it before each message.</summary>
    public Task WaitForRoomAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_owed < _limit) return Task.CompletedTask;
            _room ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _room.Task.WaitAsync(cancellationToken);
        }
    }
}
