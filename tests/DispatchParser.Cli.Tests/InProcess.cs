using System.Text;

namespace DispatchParser.Cli.Tests;

/// <summary>Runs <c>dispatch</c> in this process, through the same <see cref="CliApp.Run"/> the executable calls.</summary>
public static class InProcess
{
    public static ProcessResult Run(params string[] args) => Run(args, input: null);

    public static ProcessResult Run(string[] args, string? input) =>
        Run(args, () => new MemoryStream(Encoding.UTF8.GetBytes(input ?? string.Empty)));

    public static ProcessResult RunBytes(string[] args, byte[]? input) => Run(args, () => new MemoryStream(input ?? []));

    /// <summary>Runs with <paramref name="openInput"/> as standard input (which may throw, to test how failures are reported).</summary>
    public static ProcessResult Run(string[] args, Func<Stream> openInput)
    {
        var output = new MemoryStream();
        using var error = new StringWriter();
        var console = new CliConsole(output, error, openInput, outputIsTerminal: false, errorIsTerminal: false);
        int exitCode = CliApp.Run(args, console);
        byte[] bytes = output.ToArray();
        return new ProcessResult(exitCode, Encoding.UTF8.GetString(bytes), error.ToString(), bytes);
    }
}
