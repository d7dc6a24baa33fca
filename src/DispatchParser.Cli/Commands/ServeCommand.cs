using System.CommandLine;
using System.Net;
using DispatchParser.WebEditor;

namespace DispatchParser.Cli.Commands;

/// <summary>
/// <c>dispatch serve</c>: the web editor — Monaco in the browser, the language server behind a
/// WebSocket. Listens on 127.0.0.1 unless <c>--host</c> says otherwise; runs until Ctrl+C.
/// </summary>
public sealed class ServeCommand : ICliCommand
{
    public int Order => 65;

    public IReadOnlyList<string> Examples { get; } =
    [
        "dispatch serve --open",
        "dispatch serve --port 8080",
    ];

    public Command Create(CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var defaults = new WebEditorOptions();
        var host = new Option<string>("--host")
        {
            Description = "The address to listen on (default 127.0.0.1: this machine only). Anything else exposes the editor to the network.",
            DefaultValueFactory = _ => defaults.Host,
            HelpName = "ADDRESS",
            Validators = { result => { string value = result.GetValueOrDefault<string>() ?? ""; if (value != "localhost" && !IPAddress.TryParse(value, out _)) result.AddError($"--host must be an IP address or localhost, not '{value}'."); } },
        };
        var port = new Option<int>("--port")
        {
            Description = "The TCP port (0 picks a free one).",
            DefaultValueFactory = _ => defaults.Port,
            HelpName = "PORT",
            Validators = { result => { if (result.GetValueOrDefault<int>() is < 0 or > 65535) result.AddError("--port must be from 0 to 65535."); } },
        };
        var open = new Option<bool>("--open") { Description = "Open the editor in the browser, where this machine has one." };
        var maxDocument = new Option<int>("--max-document-size")
        {
            Description = "The largest document the editor accepts, in megabytes of text.",
            DefaultValueFactory = _ => defaults.MaxDocumentLength / (1024 * 1024),
            HelpName = "MB",
            Validators = { result => { if (result.GetValueOrDefault<int>() is < 1 or > 256) result.AddError("--max-document-size must be from 1 to 256 (MB)."); } },
        };
        var idle = new Option<int>("--idle-timeout")
        {
            Description = "Close a page's connection after this many seconds without a message from it.",
            DefaultValueFactory = _ => (int)defaults.IdleTimeout.TotalSeconds,
            HelpName = "SECONDS",
            Validators = { result => { if (result.GetValueOrDefault<int>() < 1) result.AddError("--idle-timeout must be at least 1 (second)."); } },
        };
        Option<string> profile = CommonOptions.Profile();
        var command = new Command("serve", "Run the web editor: Monaco in the browser, checked as you type by the dispatch language server.")
        {
            host, port, open, maxDocument, idle, profile,
        };
        command.SetAction(result =>
        {
            if (!System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported)
            {
                // The editor talks to the language server, whose JSON-RPC library needs run-time code generation.
                console.ReportProblem("the web editor needs the .NET build of dispatch (the .NET tool, or dotnet dispatch.dll serve), not the Native AOT binary");
                return ExitCodes.Usage;
            }
            var options = new WebEditorOptions
            {
                Host = result.GetRequiredValue(host),
                Port = result.GetValue(port),
                MaxDocumentLength = result.GetValue(maxDocument) * 1024 * 1024,
                IdleTimeout = TimeSpan.FromSeconds(result.GetValue(idle)),
                ParseOptions = CommonOptions.ParseOptionsFor(result.GetRequiredValue(profile)),
            };
            return Run(console, options, result.GetValue(open));
        });
        return command;
    }

    private static int Run(CliConsole console, WebEditorOptions options, bool open)
    {
        using var stop = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            WebEditorServer server;
            try
            {
                server = WebEditorServer.StartAsync(options, console.Error, stop.Token).GetAwaiter().GetResult();
            }
            catch (Exception exception) when (exception is IOException or InvalidOperationException or System.Net.Sockets.SocketException)
            {
                console.ReportProblem($"cannot start the web editor on {options.Host}:{options.Port}: {exception.Message}");
                return ExitCodes.Usage;
            }
            // The URL goes to standard output (a script can read it); everything else to standard error.
            console.Out.WriteLine(server.Url.AbsoluteUri);
            console.Out.Flush();
            console.Error.WriteLine($"dispatch serve: the web editor is at {server.Url.AbsoluteUri} (Ctrl+C stops it)");
            if (options.Host is not ("127.0.0.1" or "localhost" or "::1"))
                console.Error.WriteLine($"dispatch serve: warning: listening on {options.Host}, not only this machine; anyone who can reach it can use the editor.");
            if (open && !BrowserLauncher.TryOpen(server.Url, out string? problem))
                console.Error.WriteLine($"dispatch serve: cannot open a browser ({problem}); open {server.Url.AbsoluteUri} yourself.");
            try
            {
                server.WaitForShutdownAsync(stop.Token).GetAwaiter().GetResult();
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C.
            }
            server.DisposeAsync().AsTask().GetAwaiter().GetResult();
            return ExitCodes.Success;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }
}
