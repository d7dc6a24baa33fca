using System.Text;

namespace DispatchParser.Cli;

/// <summary>
/// Where a command writes: standard output and error as UTF-8 whatever the locale says, and whether each
/// is a terminal (colours and the progress bar only go to a terminal).
/// </summary>
public sealed class CliConsole
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public CliConsole(Stream output, TextWriter error, Func<Stream> openInput, bool outputIsTerminal, bool errorIsTerminal)
    {
        OutputStream = output;
        Out = new StreamWriter(output, s_utf8, 1 << 16) { AutoFlush = false };
        Error = error;
        OpenInput = openInput;
        OutputIsTerminal = outputIsTerminal;
        ErrorIsTerminal = errorIsTerminal;
    }

    public static CliConsole Create() => new(
        Console.OpenStandardOutput(),
        new StreamWriter(Console.OpenStandardError(), s_utf8) { AutoFlush = true },
        Console.OpenStandardInput,
        !Console.IsOutputRedirected,
        !Console.IsErrorRedirected);

    /// <summary>Standard output, buffered: flush before exiting (the app does).</summary>
    public TextWriter Out { get; }

    /// <summary>The raw standard output, for JSON writers; flush <see cref="Out"/> before writing to it.</summary>
    public Stream OutputStream { get; }

    public TextWriter Error { get; }
    public Func<Stream> OpenInput { get; }
    public bool OutputIsTerminal { get; }
    public bool ErrorIsTerminal { get; }

    /// <summary>Writes a one-line problem report to standard error: <c>dispatch: message</c>.</summary>
    public void ReportProblem(string message) => Error.WriteLine("dispatch: " + Program.OneLine(message));

    /// <summary>Writes <c>dispatch: path: problem</c>, the path escaped (<see cref="Output.TextOutput"/>).</summary>
    public void ReportProblem(string path, string problem) => ReportProblem(Output.TextOutput.Escape(path) + ": " + problem);
}
