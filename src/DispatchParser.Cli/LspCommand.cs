using System.CommandLine;
using DispatchParser.Cli.Commands;
using DispatchParser.LanguageServer;
using DispatchParser.LanguageServer.Transport;

namespace DispatchParser.Cli;

/// <summary>
/// <c>dispatch lsp</c>: the language server (LSP 3.17) over stdin/stdout (the default, also named by
/// <c>--stdio</c>), or connected to a client listening on <c>--socket=PORT</c> or <c>--pipe=NAME</c> — the
/// arguments <c>vscode-languageclient</c> appends. With stdio, stdout carries the protocol and nothing
/// else: <see cref="Console.Out"/> is pointed at standard error while the server runs, and log lines go
/// to standard error and window/logMessage. Exit code 0 after shutdown then exit, 1 when the client goes
/// away without them (its input ends, or its process named by <c>--clientProcessId</c> or initialize's
/// <c>processId</c> is gone), 2 for bad usage or a connection that cannot be made.
/// </summary>
public sealed class LspCommand : ICliCommand
{
    public const string Name = "lsp";

    public int Order => 60;

    public IReadOnlyList<string> Examples { get; } =
    [
        "dispatch lsp",
        "dispatch lsp --stdio --clientProcessId=4242",
        "dispatch lsp --socket=5007",
    ];

    public Command Create(CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var stdio = new Option<bool>("--stdio") { Description = "Talk over standard input and output (the default)." };
        var clientProcessId = new Option<int?>("--clientProcessId", "--client-process-id")
        {
            Description = "The editor's process id: exit when that process is gone.",
            HelpName = "PID",
        };
        var socket = new Option<int?>("--socket")
        {
            Description = "Connect to the client listening on 127.0.0.1 at this TCP port.",
            HelpName = "PORT",
            Validators = { result => { if (result.GetValueOrDefault<int?>() is not (>= 1 and <= 65535)) result.AddError("--socket must be a port from 1 to 65535."); } },
        };
        var pipe = new Option<string?>("--pipe")
        {
            Description = "Connect to the client listening on this named pipe (a Unix domain socket path on Linux and macOS).",
            HelpName = "NAME",
        };
        Option<string> profile = CommonOptions.Profile();
        Option<string?> config = CommonOptions.Config();
        Option<string[]> severity = CommonOptions.Severity();
        var command = new Command(Name, "Run the language server (LSP 3.17) for editors, on standard input and output unless --socket or --pipe says otherwise.")
        {
            stdio, clientProcessId, socket, pipe, profile, config, severity,
        };
        command.Validators.Add(result =>
        {
            int transports = (result.GetValue(stdio) ? 1 : 0) + (result.GetValue(socket) is null ? 0 : 1) + (result.GetValue(pipe) is null ? 0 : 1);
            if (transports > 1) result.AddError("Choose one of --stdio, --socket and --pipe.");
        });
        command.SetAction(result =>
        {
            if (!System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported)
            {
                // StreamJsonRpc's formatter needs run-time code generation, which Native AOT does not have.
                console.ReportProblem("the language server needs the .NET build of dispatch (the .NET tool, or dotnet dispatch.dll lsp), not the Native AOT binary");
                return ExitCodes.Usage;
            }
            if (CommonOptions.SettingsFor(result, console, profile, config, severity) is not { } settings) return ExitCodes.Usage;
            var options = new LanguageServerOptions
            {
                ClientProcessId = result.GetValue(clientProcessId),
                ParseOptions = CommonOptions.ParseOptionsFor(result.GetRequiredValue(profile)),
                // A file: document gets the dispatch.toml above it; a broken one falls back to the command line's options.
                ParseOptionsForDocument = uri => Uri.TryCreate(uri, UriKind.Absolute, out Uri? parsed) && parsed.IsFile
                    ? settings.For(parsed.LocalPath).Settings?.ParseOptions
                    : settings.For(null).Settings?.ParseOptions,
                LogWriter = console.Error,
            };
            return Run(console, options, result.GetValue(socket), result.GetValue(pipe));
        });
        return command;
    }

    private static int Run(CliConsole console, LanguageServerOptions options, int? socket, string? pipe)
    {
        if (socket is null && pipe is null) return RunOnStandardStreams(options);
        Stream connection;
        try
        {
            connection = socket is { } port
                ? ClientConnection.ConnectSocketAsync(port, CancellationToken.None).GetAwaiter().GetResult()
                : ClientConnection.ConnectPipeAsync(pipe!, CancellationToken.None).GetAwaiter().GetResult();
        }
        catch (Exception exception) when (exception is System.Net.Sockets.SocketException or IOException or TimeoutException)
        {
            console.ReportProblem($"cannot connect to the client at {(socket is { } p ? $"127.0.0.1:{p}" : pipe)}: {exception.Message}");
            return ExitCodes.Usage;
        }
        using (connection)
            return LanguageServerHost.RunAsync(connection, connection, options, CancellationToken.None).GetAwaiter().GetResult();
    }

    private static int RunOnStandardStreams(LanguageServerOptions options)
    {
        // Anything written to Console.Out by accident would corrupt the protocol: send it to stderr.
        TextWriter original = Console.Out;
        Console.SetOut(Console.Error);
        try
        {
            using Stream input = Console.OpenStandardInput();
            using Stream output = Console.OpenStandardOutput();
            return LanguageServerHost.RunAsync(input, output, options, CancellationToken.None).GetAwaiter().GetResult();
        }
        finally
        {
            Console.SetOut(original);
        }
    }
}
