using System.Net.WebSockets;

namespace DispatchParser.WebEditor;

/// <summary>
/// A WebSocket that refuses a message longer than a limit (closing with MessageTooBig: StreamJsonRpc
/// would otherwise buffer a message of any size) and is closed when the page sends nothing for the
/// idle timeout. Everything else passes through.
/// </summary>
internal sealed class LimitedWebSocket : WebSocket
{
    private readonly WebSocket _inner;
    private readonly long _maxMessageBytes;
    private readonly TimeSpan _idleTimeout;
    private readonly Timer _idleTimer;
    private long _messageBytes;
    private long _lastReceived = Environment.TickCount64;

    public LimitedWebSocket(WebSocket inner, long maxMessageBytes, TimeSpan idleTimeout)
    {
        _inner = inner;
        _maxMessageBytes = maxMessageBytes;
        _idleTimeout = idleTimeout;
        TimeSpan period = idleTimeout < TimeSpan.FromSeconds(10) ? idleTimeout / 4 : TimeSpan.FromSeconds(5);
        _idleTimer = new Timer(_ => CloseIfIdle(), null, period, period);
    }

    /// <summary>Why the connection was closed by this side, if it was.</summary>
    public string? ClosedBecause { get; private set; }

    private void CloseIfIdle()
    {
        if (Environment.TickCount64 - Interlocked.Read(ref _lastReceived) < (long)_idleTimeout.TotalMilliseconds) return;
        if (_inner.State != WebSocketState.Open) return;
        ClosedBecause = $"idle for {_idleTimeout.TotalSeconds:0} s";
        // The page answers the close; a page that does not is cut off after a grace period.
        _ = _inner.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "idle", CancellationToken.None)
            .ContinueWith(_ => Task.Delay(TimeSpan.FromSeconds(10)).ContinueWith(__ => _inner.Abort(), TaskScheduler.Default), TaskScheduler.Default);
    }

    public override async ValueTask<ValueWebSocketReceiveResult> ReceiveAsync(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        ValueWebSocketReceiveResult result = await _inner.ReceiveAsync(buffer, cancellationToken).ConfigureAwait(false);
        Interlocked.Exchange(ref _lastReceived, Environment.TickCount64);
        _messageBytes += result.Count;
        if (_messageBytes > _maxMessageBytes)
        {
            ClosedBecause = $"a message over {_maxMessageBytes:N0} bytes";
            await _inner.CloseAsync(WebSocketCloseStatus.MessageTooBig, "message too big", CancellationToken.None).ConfigureAwait(false);
            throw new WebSocketException(WebSocketError.Faulted, ClosedBecause);
        }
        if (result.EndOfMessage) _messageBytes = 0;
        return result;
    }

    public override async Task<WebSocketReceiveResult> ReceiveAsync(ArraySegment<byte> buffer, CancellationToken cancellationToken)
    {
        ValueWebSocketReceiveResult result = await ReceiveAsync(buffer.AsMemory(), cancellationToken).ConfigureAwait(false);
        return new WebSocketReceiveResult(result.Count, result.MessageType, result.EndOfMessage, _inner.CloseStatus, _inner.CloseStatusDescription);
    }

    public override ValueTask SendAsync(ReadOnlyMemory<byte> buffer, WebSocketMessageType messageType, bool endOfMessage, CancellationToken cancellationToken) =>
        _inner.SendAsync(buffer, messageType, endOfMessage, cancellationToken);

    public override Task SendAsync(ArraySegment<byte> buffer, WebSocketMessageType messageType, bool endOfMessage, CancellationToken cancellationToken) =>
        _inner.SendAsync(buffer, messageType, endOfMessage, cancellationToken);

    public override WebSocketCloseStatus? CloseStatus => _inner.CloseStatus;
    public override string? CloseStatusDescription => _inner.CloseStatusDescription;
    public override WebSocketState State => _inner.State;
    public override string? SubProtocol => _inner.SubProtocol;

    public override void Abort() => _inner.Abort();

    public override Task CloseAsync(WebSocketCloseStatus closeStatus, string? statusDescription, CancellationToken cancellationToken) =>
        _inner.CloseAsync(closeStatus, statusDescription, cancellationToken);

    public override Task CloseOutputAsync(WebSocketCloseStatus closeStatus, string? statusDescription, CancellationToken cancellationToken) =>
        _inner.CloseOutputAsync(closeStatus, statusDescription, cancellationToken);

    public override void Dispose()
    {
        _idleTimer.Dispose();
        _inner.Dispose();
    }
}
