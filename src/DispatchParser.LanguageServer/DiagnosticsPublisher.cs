using DispatchParser.LanguageServer.Documents;
using DispatchParser.LanguageServer.Features;
using DispatchParser.LanguageServer.Protocol;

namespace DispatchParser.LanguageServer;

/// <summary>
/// Sends textDocument/publishDiagnostics after changes, debounced per document: each change restarts the
/// document's timer, and when it fires the then-current version is published. Each document's
/// publications go out one at a time and never for an older version than the last one sent, so a client
/// never sees stale results overwrite fresh ones; closing a document publishes an empty list after
/// anything in flight. Documents do not wait for each other: a slow one (a 2 MB document full of
/// duplicates) never delays the diagnostics of a small one opened after it. The work runs on the thread
/// pool, never on the ordered message handlers.
/// </summary>
internal sealed class DiagnosticsPublisher : IDisposable
{
    private readonly DocumentStore _documents;
    private readonly Func<string, object, Task> _notify;
    private readonly Action<Exception> _onError;
    private readonly TimeSpan _delay;
    private readonly TaskScheduler _scheduler;
    private readonly Dictionary<string, SemaphoreSlim> _sending = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private readonly Dictionary<string, CancellationTokenSource> _pending = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _lastPublished = new(StringComparer.Ordinal);
    private bool _disposed;

    /// <param name="scheduler">Where the publications run: the thread pool (null), or a host's own scheduler (the fuzz harness runs them on its thread).</param>
    public DiagnosticsPublisher(DocumentStore documents, TimeSpan delay, Func<string, object, Task> notify, Action<Exception> onError, TaskScheduler? scheduler = null)
    {
        _scheduler = scheduler ?? TaskScheduler.Default;
        _documents = documents;
        _delay = delay;
        _notify = notify;
        _onError = onError;
    }

    /// <summary>The document changed: publish its diagnostics once the delay passes without another change.</summary>
    public void Schedule(string uri)
    {
        CancellationToken token;
        lock (_lock)
        {
            if (_disposed) return;
            CancelPending(uri);
            if (_delay <= TimeSpan.Zero)
            {
                token = CancellationToken.None;
            }
            else
            {
                var source = new CancellationTokenSource();
                _pending[uri] = source;
                token = source.Token;
            }
        }
        _ = Run(() => PublishAfterDelayAsync(uri, token));
    }

    /// <summary>The document closed: drop its timer and clear its diagnostics in the client.</summary>
    public void Clear(string uri)
    {
        lock (_lock)
        {
            if (_disposed) return;
            CancelPending(uri);
        }
        _ = Run(() => SendAsync(uri, version: null, snapshot: null));
    }

    /// <summary>Task.Run on <see cref="_scheduler"/> (which is Task.Run itself for the thread pool).</summary>
    private Task Run(Func<Task> work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.DenyChildAttach, _scheduler).Unwrap();

    /// <summary>Number of documents with a publication scheduled or remembered; zero once all are closed.</summary>
    public int TrackedCount
    {
        get
        {
            lock (_lock) return _pending.Count + _lastPublished.Count + _sending.Count;
        }
    }

    private void CancelPending(string uri)
    {
        if (_pending.Remove(uri, out CancellationTokenSource? previous))
        {
            previous.Cancel();
            previous.Dispose();
        }
    }

    private async Task PublishAfterDelayAsync(string uri, CancellationToken token)
    {
        try
        {
            if (_delay > TimeSpan.Zero)
            {
                await Task.Delay(_delay, token).ConfigureAwait(false);
                lock (_lock)
                {
                    if (_pending.TryGetValue(uri, out CancellationTokenSource? current) && current.Token == token)
                    {
                        _pending.Remove(uri);
                        current.Dispose();
                    }
                }
            }
            if (!_documents.TryGet(uri, out DocumentSnapshot snapshot)) return;
            await SendAsync(uri, snapshot.Version, snapshot).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // A newer change restarted the timer, or the document closed.
        }
    }

    /// <summary>Sends one publication; null diagnostics clear the document (close), which also forgets its last version.</summary>
    private async Task SendAsync(string uri, int? version, DocumentSnapshot? snapshot)
    {
        SemaphoreSlim sending;
        lock (_lock)
        {
            if (!_sending.TryGetValue(uri, out sending!)) _sending[uri] = sending = new SemaphoreSlim(1, 1);
        }
        await sending.WaitAsync().ConfigureAwait(false);
        try
        {
            IReadOnlyList<Diagnostic> diagnostics;
            if (snapshot is null)
            {
                lock (_lock) _lastPublished.Remove(uri);
                diagnostics = [];
            }
            else
            {
                lock (_lock)
                {
                    // Closed meanwhile, or a newer version went out already: nothing to say.
                    if (!_documents.TryGet(uri, out DocumentSnapshot current) || current.Version < snapshot.Version) return;
                    if (_lastPublished.TryGetValue(uri, out int last) && last > snapshot.Version) return;
                    _lastPublished[uri] = snapshot.Version;
                }
                diagnostics = DiagnosticConverter.Convert(snapshot);
            }
            await _notify(Methods.PublishDiagnostics, new PublishDiagnosticsParams(uri, version, diagnostics)).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            _onError(exception);
        }
        finally
        {
            sending.Release();
            // A closed document keeps nothing: its lock goes once nobody waits on it. This holds for a late publication
            // too (one whose timer fired before the close and that ran after the close's clearing): it made the lock
            // anew and, finding the document closed, sent nothing, so it must drop the lock itself.
            lock (_lock)
            {
                if (!_documents.TryGet(uri, out _) && sending.CurrentCount == 1 && !_pending.ContainsKey(uri)
                    && _sending.TryGetValue(uri, out SemaphoreSlim? current) && ReferenceEquals(current, sending))
                    _sending.Remove(uri);
            }
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            foreach (CancellationTokenSource source in _pending.Values)
            {
                source.Cancel();
                source.Dispose();
            }
            _pending.Clear();
        }
    }
}
