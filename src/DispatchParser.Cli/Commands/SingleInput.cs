using DispatchParser.Cli.Configuration;
using DispatchParser.Cli.Input;
using DispatchParser.Diagnostics;

namespace DispatchParser.Cli.Commands;

/// <summary>Reading the single input of <c>tree</c> and <c>export</c>: a file or standard input.</summary>
internal static class SingleInput
{
    /// <summary>
    /// The text of <paramref name="path"/> (or standard input for <c>-</c>) and the parse options its
    /// settings give, or null after reporting why not.
    /// </summary>
    public static (DispatchText Text, ParseOptions Options)? Read(CliConsole console, string path, SettingsResolver settings, long maxBytes, string? standardInputName = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        InputSource input = path == "-"
            ? InputSource.StandardInput(standardInputName)
            : Directory.Exists(path)
                ? InputSource.Failed(path, "is a folder; this command reads one file")
                : InputSource.File(path);
        (EffectiveSettings? effective, string? problem) = settings.For(input.FilePath);
        if (problem is not null)
        {
            console.ReportProblem(input.DisplayPath, problem);
            return null;
        }
        DispatchText text = DispatchReader.Read(input, maxBytes, console.OpenInput, effective!.Encoding.Value);
        if (text.Problem is null) return (text, effective.ParseOptions);
        console.ReportProblem(input.DisplayPath, text.Problem!);
        return null;
    }
}
