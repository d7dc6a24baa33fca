using DispatchParser.LanguageServer;

namespace DispatchParser.Cli;

/// <summary>
/// <c>dispatch lsp</c>: the language server over stdin/stdout (LSP 3.17). stdout carries the protocol,
/// so nothing else may be written to it while the server runs. Exit code 0 after shutdown then exit,
/// 1 when the client goes away without them.
/// </summary>
internal static class LspCommand
{
    public const string Name = "lsp";

    public static int Run()
    {
        using Stream input = Console.OpenStandardInput();
        using Stream output = Console.OpenStandardOutput();
        return LanguageServerHost.RunAsync(input, output, CancellationToken.None).GetAwaiter().GetResult();
    }
}
