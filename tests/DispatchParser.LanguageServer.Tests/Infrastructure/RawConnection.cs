using System.Text;
using System.Text.Json;
using Nerdbank.Streams;

namespace DispatchParser.LanguageServer.Tests.Infrastructure;

/// <summary>
/// Talks to a server byte by byte: writes frames as given (also malformed ones) and reads the server's
/// frames back as JSON. For the robustness cases a well-behaved client cannot produce.
/// </summary>
internal sealed class RawConnection : IAsyncDisposable
{
    private readonly Stream _toServer;
    private readonly Stream _fromServer;

    private RawConnection(Stream toServer, Stream fromServer, LanguageServerSession session)
    {
        _toServer = toServer;
        _fromServer = fromServer;
        Session = session;
    }

    public LanguageServerSession Session { get; }

    public static RawConnection Start(LanguageServerOptions? options = null)
    {
        (Stream client, Stream server) = FullDuplexStream.CreatePair();
        LanguageServerSession session = LanguageServerHost.Start(server, server, options ?? new LanguageServerOptions { DiagnosticsDelay = TimeSpan.Zero });
        return new RawConnection(client, client, session);
    }

    /// <summary>A connection whose input to the server can be ended on its own (<see cref="EndInputAsync"/>) while its output is read on.</summary>
    public static RawConnection StartWithSeparateStreams(LanguageServerOptions? options = null)
    {
        var input = new System.IO.Pipelines.Pipe();
        var output = new System.IO.Pipelines.Pipe();
        LanguageServerSession session = LanguageServerHost.Start(input.Reader.AsStream(), output.Writer.AsStream(),
            options ?? new LanguageServerOptions { DiagnosticsDelay = TimeSpan.Zero });
        return new RawConnection(input.Writer.AsStream(), output.Reader.AsStream(), session);
    }

    /// <summary>Closes the server's input, as a client does that exits.</summary>
    public ValueTask EndInputAsync() => _toServer.DisposeAsync();

    /// <summary>Sends one frame: a Content-Length header (of the UTF-8 body) and the body, whatever it holds.</summary>
    public async Task SendAsync(string body)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(body);
        byte[] header = Encoding.ASCII.GetBytes($"Content-Length: {bytes.Length}\r\n\r\n");
        await _toServer.WriteAsync(header);
        await _toServer.WriteAsync(bytes);
        await _toServer.FlushAsync();
    }

    /// <summary>The next frame from the server.</summary>
    public async Task<JsonElement> ReceiveAsync()
    {
        using var cancellation = new CancellationTokenSource(LspClient.Timeout);
        int length = -1;
        while (true)
        {
            string line = await ReadLineAsync(cancellation.Token);
            if (line.Length == 0) break;
            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                length = int.Parse(line["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        }
        byte[] body = new byte[length];
        await _fromServer.ReadExactlyAsync(body, cancellation.Token);
        using JsonDocument document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }

    /// <summary>The next response (a frame with an id and no method), skipping notifications such as window/logMessage.</summary>
    public async Task<JsonElement> ReceiveResponseAsync()
    {
        while (true)
        {
            JsonElement frame = await ReceiveAsync();
            if (!frame.TryGetProperty("method", out _)) return frame;
        }
    }

    private async Task<string> ReadLineAsync(CancellationToken cancellationToken)
    {
        var line = new StringBuilder();
        byte[] one = new byte[1];
        while (true)
        {
            await _fromServer.ReadExactlyAsync(one, cancellationToken);
            if (one[0] == '\n') return line.ToString().TrimEnd('\r');
            line.Append((char)one[0]);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _toServer.DisposeAsync();
        if (!ReferenceEquals(_toServer, _fromServer)) await _fromServer.DisposeAsync();
        Session.Dispose();
    }
}
