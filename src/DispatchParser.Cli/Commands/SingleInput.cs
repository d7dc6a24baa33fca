using DispatchParser.Cli.Input;

namespace DispatchParser.Cli.Commands;

/// <summary>Reading the single input of <c>tree</c> and <c>export</c>: a file or standard input.</summary>
internal static class SingleInput
{
    /// <summary>The text of <paramref name="path"/> (or standard input for <c>-</c>), or null after reporting why not.</summary>
    public static DispatchText? Read(CliConsole console, string path, long maxBytes, string? standardInputName = null)
    {
        InputSource input = path == "-"
            ? InputSource.StandardInput(standardInputName)
            : Directory.Exists(path)
                ? InputSource.Failed(path, "is a folder; this command reads one file")
                : InputSource.File(path);
        DispatchText text = DispatchReader.Read(input, maxBytes, console.OpenInput);
        if (text.Problem is null) return text;
        console.ReportProblem(input.DisplayPath, text.Problem!);
        return null;
    }
}
