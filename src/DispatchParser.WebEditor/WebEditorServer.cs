using System.Net;
using System.Net.WebSockets;
using DispatchParser.LanguageServer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DispatchParser.WebEditor;

/// <summary>
/// The web editor's server: the page and Monaco as static files from the served folder (wwwroot next to
/// the program, nothing else on disk is reachable), and <c>/lsp</c>, a WebSocket on which each page
/// (each tab) gets its own <see cref="LanguageServerHost"/> session. Safe by default: loopback only,
/// the WebSocket accepts only pages from this server (Origin and Host checked, which also stops DNS
/// rebinding), documents and messages have a size limit, idle connections are closed.
/// </summary>
public sealed class WebEditorServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly WebEditorOptions _options;
    private readonly TextWriter _log;
    private int _connections;

    private WebEditorServer(WebApplication app, WebEditorOptions options, TextWriter log)
    {
        _app = app;
        _options = options;
        _log = log;
    }

    /// <summary>The page's address (with the port actually bound when 0 was asked for).</summary>
    public Uri Url { get; private set; } = new("http://127.0.0.1/");

    /// <summary>WebSocket connections open now.</summary>
    public int Connections => Volatile.Read(ref _connections);

    /// <summary>The folder served: the page and Monaco, copied next to the program at build time.</summary>
    public static string WebRoot => Path.Combine(AppContext.BaseDirectory, "wwwroot");

    public static async Task<WebEditorServer> StartAsync(WebEditorOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        if (!File.Exists(Path.Combine(WebRoot, "index.html")) || !File.Exists(Path.Combine(WebRoot, "monaco", "vs", "loader.js")))
            throw new InvalidOperationException($"The web editor's files are missing from {WebRoot} (the build copies them there).");

        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = WebRoot,
            EnvironmentName = "Production",
        });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = 64 * 1024;
            if (options.Host == "localhost") kestrel.ListenLocalhost(options.Port);
            else kestrel.Listen(IPAddress.Parse(options.Host), options.Port);
        });
        WebApplication app = builder.Build();
        var server = new WebEditorServer(app, options, log);
        server.Configure(app);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        string bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var address = new Uri(bound);
        string host = options.Host is "0.0.0.0" or "::" or "[::]" ? "127.0.0.1" : options.Host;
        server.Url = new UriBuilder("http", host.Contains(':', StringComparison.Ordinal) ? $"[{host.Trim('[', ']')}]" : host, address.Port, "/").Uri;
        return server;
    }

    private void Configure(WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            // The page loads only its own scripts and styles and talks only to this server.
            IHeaderDictionary headers = context.Response.Headers;
            headers["Content-Security-Policy"] =
                "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
                + "worker-src 'self' blob:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
            headers["X-Content-Type-Options"] = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Resource-Policy"] = "same-origin";
            await next(context).ConfigureAwait(false);
        });
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        app.Map("/lsp", branch => branch.Run(ServeLanguageServerAsync));
        var files = new PhysicalFileProvider(WebRoot);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ServeUnknownFileTypes = false });
        app.Run(context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
    }

    private async Task ServeLanguageServerAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        if (RefusalOf(context.Request) is { } refusal)
        {
            Log($"WebSocket refused: {refusal}");
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }
        using WebSocket socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        // UTF-8 takes at most 3 bytes per UTF-16 code unit, JSON escapes up to 6: room for the largest document.
        using var limited = new LimitedWebSocket(socket, (long)_options.MaxDocumentLength * 6 + 64 * 1024, _options.IdleTimeout);
        Interlocked.Increment(ref _connections);
        try
        {
            var serverOptions = new LanguageServerOptions
            {
                ParseOptions = _options.ParseOptions,
                MaxDocumentLength = _options.MaxDocumentLength,
                DiagnosticsDelay = TimeSpan.FromMilliseconds(30),
            };
            await LanguageServerHost.RunAsync(limited, serverOptions, context.RequestAborted).ConfigureAwait(false);
            if (limited.ClosedBecause is { } reason) Log($"connection closed: {reason}");
            if (socket.State == WebSocketState.Open)
                await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or IOException)
        {
            Log($"connection ended: {limited.ClosedBecause ?? exception.Message}");
        }
        finally
        {
            Interlocked.Decrement(ref _connections);
        }
    }

    /// <summary>
    /// Null when the WebSocket may open: its Origin is this server's own page and the Host is a name this
    /// server answers to. A page from anywhere else (a site the user visits, or one that rebinds its DNS
    /// name to 127.0.0.1) is refused.
    /// </summary>
    internal string? RefusalOf(HttpRequest request)
    {
        string host = request.Host.Value ?? "";
        if (!AllowedHosts().Contains(host, StringComparer.OrdinalIgnoreCase)) return $"Host '{host}' is not this server";
        string? origin = request.Headers.Origin;
        if (string.IsNullOrEmpty(origin)) return "no Origin header";
        if (!string.Equals(origin, "http://" + host, StringComparison.OrdinalIgnoreCase)) return $"Origin '{origin}' is not this server's page";
        return null;
    }

    private IEnumerable<string> AllowedHosts()
    {
        int port = Url.Port;
        yield return $"127.0.0.1:{port}";
        yield return $"localhost:{port}";
        yield return $"[::1]:{port}";
        if (_options.Host is not ("127.0.0.1" or "localhost" or "0.0.0.0" or "::" or "[::]")) yield return $"{Url.Host}:{port}";
    }

    private void Log(string message)
    {
        lock (_log) _log.WriteLine($"dispatch serve: {message}");
    }

    public Task WaitForShutdownAsync(CancellationToken cancellationToken) => _app.WaitForShutdownAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
