using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace DispatchParser.WebEditor.Tests;

/// <summary>
/// `dispatch serve` is safe by default: loopback only, the WebSocket only for this server's own page,
/// nothing but the served folder readable, idle connections closed, each connection its own session.
/// </summary>
public sealed class WebEditorSafetyTests
{
    private static Task<WebEditorServer> StartAsync(TimeSpan? idle = null) =>
        WebEditorServer.StartAsync(new WebEditorOptions { Port = 0, IdleTimeout = idle ?? TimeSpan.FromMinutes(5) }, TextWriter.Null, CancellationToken.None);

    private static Uri SocketUrl(WebEditorServer server) => new($"ws://127.0.0.1:{server.Url.Port}/lsp");

    private static async Task<ClientWebSocket> ConnectAsync(WebEditorServer server, string? origin)
    {
        var socket = new ClientWebSocket();
        if (origin is not null) socket.Options.SetRequestHeader("Origin", origin);
        await socket.ConnectAsync(SocketUrl(server), CancellationToken.None);
        return socket;
    }

    private static async Task<JsonElement> RequestAsync(ClientWebSocket socket, string message)
    {
        await socket.SendAsync(Encoding.UTF8.GetBytes(message), WebSocketMessageType.Text, true, CancellationToken.None);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (true)
        {
            using var buffer = new MemoryStream();
            ValueWebSocketReceiveResult result;
            byte[] chunk = new byte[8192];
            do
            {
                result = await socket.ReceiveAsync(chunk.AsMemory(), timeout.Token);
                buffer.Write(chunk, 0, result.Count);
            }
            while (!result.EndOfMessage);
            using JsonDocument document = JsonDocument.Parse(buffer.ToArray());
            if (document.RootElement.TryGetProperty("id", out _)) return document.RootElement.Clone();
        }
    }

    [Fact]
    public async Task It_listens_on_loopback_by_default()
    {
        await using WebEditorServer server = await StartAsync();
        Assert.Equal("127.0.0.1", server.Url.Host);
    }

    [Fact]
    public async Task The_page_of_this_server_connects_and_each_connection_has_its_own_language_server()
    {
        await using WebEditorServer server = await StartAsync();
        string origin = $"http://127.0.0.1:{server.Url.Port}";
        using ClientWebSocket first = await ConnectAsync(server, origin);
        using ClientWebSocket second = await ConnectAsync(server, origin);
        const string initialize = """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}""";
        Assert.Equal("dispatch", (await RequestAsync(first, initialize)).GetProperty("result").GetProperty("serverInfo").GetProperty("name").GetString());
        Assert.Equal("dispatch", (await RequestAsync(second, initialize)).GetProperty("result").GetProperty("serverInfo").GetProperty("name").GetString());
        // A second initialize on the same connection is refused: the sessions are separate.
        Assert.True((await RequestAsync(first, initialize.Replace("\"id\":1", "\"id\":2", StringComparison.Ordinal))).TryGetProperty("error", out _));
        Assert.Equal(2, server.Connections);
    }

    [Theory]
    [InlineData("http://evil.example")]
    [InlineData("http://127.0.0.1:1")]
    [InlineData(null)]
    public async Task A_websocket_from_another_origin_or_without_one_is_refused(string? origin)
    {
        await using WebEditorServer server = await StartAsync();
        WebSocketException refused = await Assert.ThrowsAsync<WebSocketException>(() => ConnectAsync(server, origin));
        Assert.Contains("403", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_whose_dns_name_was_rebound_to_this_machine_is_refused()
    {
        await using WebEditorServer server = await StartAsync();
        var context = new DefaultHttpContext();
        context.Request.Host = new HostString("evil.example", server.Url.Port);
        context.Request.Headers.Origin = $"http://evil.example:{server.Url.Port}";
        Assert.NotNull(server.RefusalOf(context.Request));
        context.Request.Host = new HostString("127.0.0.1", server.Url.Port);
        context.Request.Headers.Origin = $"http://127.0.0.1:{server.Url.Port}";
        Assert.Null(server.RefusalOf(context.Request));
    }

    [Theory]
    [InlineData("/../DispatchParser.dll")]
    [InlineData("/%2e%2e/DispatchParser.dll")]
    [InlineData("/..%2fdispatch.dll")]
    [InlineData("/etc/passwd")]
    [InlineData("/DispatchParser.WebEditor.dll")]
    public async Task Nothing_outside_the_served_folder_can_be_read(string path)
    {
        await using WebEditorServer server = await StartAsync();
        using var client = new HttpClient { BaseAddress = server.Url };
        using HttpResponseMessage response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_page_is_served_with_a_content_security_policy()
    {
        await using WebEditorServer server = await StartAsync();
        using var client = new HttpClient { BaseAddress = server.Url };
        using HttpResponseMessage page = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("default-src 'self'", string.Join(" ", page.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        using HttpResponseMessage loader = await client.GetAsync(new Uri("/monaco/vs/loader.js", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, loader.StatusCode);
    }

    [Fact]
    public async Task An_idle_connection_is_closed()
    {
        await using WebEditorServer server = await StartAsync(idle: TimeSpan.FromSeconds(1));
        using ClientWebSocket socket = await ConnectAsync(server, $"http://127.0.0.1:{server.Url.Port}");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        ValueWebSocketReceiveResult result = await socket.ReceiveAsync(new byte[1024].AsMemory(), timeout.Token);
        Assert.Equal(WebSocketMessageType.Close, result.MessageType);
    }
}
