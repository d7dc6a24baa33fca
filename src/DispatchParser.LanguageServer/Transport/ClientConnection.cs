using System.Net;
using System.Net.Sockets;

namespace DispatchParser.LanguageServer.Transport;

/// <summary>
/// The transports an LSP client can ask for on the command line, as <c>vscode-languageclient</c> passes
/// them: <c>--stdio</c>, <c>--socket=PORT</c> (the client listens on 127.0.0.1:PORT and the server
/// connects) and <c>--pipe=NAME</c> (the client listens on a named pipe — a Unix domain socket path
/// on Linux and macOS — and the server connects).
/// </summary>
public static class ClientConnection
{
    /// <summary>Connects to a client listening on 127.0.0.1 at <paramref name="port"/>.</summary>
    public static async Task<Stream> ConnectSocketAsync(int port, CancellationToken cancellationToken)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port), cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>Connects to a client listening on the pipe <paramref name="name"/>.</summary>
    public static async Task<Stream> ConnectPipeAsync(string name, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (OperatingSystem.IsWindows())
        {
            string pipe = name.StartsWith(@"\\.\pipe\", StringComparison.OrdinalIgnoreCase) ? name[@"\\.\pipe\".Length..] : name;
            var client = new System.IO.Pipes.NamedPipeClientStream(".", pipe, System.IO.Pipes.PipeDirection.InOut,
                System.IO.Pipes.PipeOptions.Asynchronous);
            await client.ConnectAsync(cancellationToken).ConfigureAwait(false);
            return client;
        }
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            await socket.ConnectAsync(new UnixDomainSocketEndPoint(name), cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
