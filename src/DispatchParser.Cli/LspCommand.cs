using System.CommandLine;
using DispatchParser.LanguageServer;

namespace DispatchParser.Cli;

/// <summary>
/// <c>dispatch lsp</c>: the language server over stdin/stdout (LSP 3.17). stdout carries the protocol,
/// so nothing else may be written to it while the server runs. Exit code 0 after shutdown then exit,
/// 1 when the client goes away without them.
/// </summary>
public sealed class LspCommand : ICliCommand
{
    public const string Name = "lsp";

    public int Order => 60;

    public IReadOnlyList<string> Examples { get; } = ["dispatch lsp"];

    public Command Create(CliConsole console)
    {
        var command = new Command(Name, "Run the language server on standard input and output (LSP 3.17), for editors.");
        command.SetAction(_ => Run());
        return command;
    }

    public static int Run()
    {
        using Stream input = Console.OpenStandardInput();
        using Stream output = Console.OpenStandardOutput();
        return LanguageServerHost.RunAsync(input, output, CancellationToken.None).GetAwaiter().GetResult();
    }
}
