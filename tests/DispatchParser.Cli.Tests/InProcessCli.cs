using System.Text;
using DispatchParser.Cli;

namespace DispatchParser.Cli.Tests;

/// <summary>Runs <c>dispatch</c> in this process (<see cref="CliApp.Run"/>) with captured streams: fast, and the same code a process runs.</summary>
public static class InProcessCli
{
    public static ProcessResult Run(params string[] args) => RunBytes(args, input: null);

    public static ProcessResult Run(string[] args, string? input) =>
        RunBytes(args, input is null ? null : Encoding.UTF8.GetBytes(input));

    public static ProcessResult RunBytes(string[] args, byte[]? input)
    {
        var output = new MemoryStream();
        var error = new StringWriter();
        var console = new CliConsole(output, error, () => new MemoryStream(input ?? []), outputIsTerminal: false, errorIsTerminal: false);
        int exitCode = CliApp.Run(args, console);
        byte[] bytes = output.ToArray();
        return new ProcessResult(exitCode, Encoding.UTF8.GetString(bytes), error.ToString(), bytes);
    }
}
