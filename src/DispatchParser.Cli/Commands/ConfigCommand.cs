using System.CommandLine;
using DispatchParser.Cli.Configuration;
using DispatchParser.Diagnostics;

namespace DispatchParser.Cli.Commands;

/// <summary>
/// <c>dispatch config show FILE</c>: the settings that apply to FILE — profile, include/exclude globs,
/// every code's severity — and where each came from (default, the dispatch.toml found, the command line).
/// </summary>
public sealed class ConfigCommand : ICliCommand
{
    public int Order => 60;

    public IReadOnlyList<string> Examples { get; } =
    [
        "dispatch config show feeds/story.txt",
        "dispatch config show feeds/story.txt --severity DSP0004=none",
    ];

    public Command Create(CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        Argument<string> file = CommonOptions.File();
        Option<string> profile = CommonOptions.Profile();
        Option<string?> config = CommonOptions.Config();
        Option<string[]> severity = CommonOptions.Severity();
        var show = new Command("show", "Print the effective settings for a file and where each came from.")
        {
            file, profile, config, severity,
        };
        show.SetAction(result =>
        {
            if (CommonOptions.SettingsFor(result, console, profile, config, severity) is not { } settings) return ExitCodes.Usage;
            string path = result.GetRequiredValue(file);
            (EffectiveSettings? effective, string? problem) = settings.For(path == "-" ? null : path);
            if (problem is not null)
            {
                console.ReportProblem($"{path}: {problem}");
                return ExitCodes.Usage;
            }
            Print(console.Out, path, effective!);
            return ExitCodes.Success;
        });
        return new Command("config", "Show the settings (dispatch.toml, --profile, --severity) that apply to a file.") { show };
    }

    private static void Print(TextWriter output, string path, EffectiveSettings settings)
    {
        string fileSource = settings.Config is { } config ? $"{ConfigFile.FileName}: {config.Path}" : "";
        output.WriteLine($"file: {Output.TextOutput.Escape(path)}");
        output.WriteLine($"configuration: {settings.Config?.Path ?? $"none ({ConfigFile.FileName} not found in the file's folder or above)"}");
        output.WriteLine($"profile = {ProfileNames.Name(settings.Profile.Value)}  ({settings.Profile.Source})");
        output.WriteLine(settings.Config is { Include.Count: > 0 } withInclude
            ? $"include = [{Quoted(withInclude.Include)}]  ({fileSource})" : "include = everything  (default)");
        output.WriteLine(settings.Config is { Exclude.Count: > 0 } withExclude
            ? $"exclude = [{Quoted(withExclude.Exclude)}]  ({fileSource})" : "exclude = nothing  (default)");
        output.WriteLine($"encoding = {settings.Encoding.Value.Name}  ({settings.Encoding.Source})");
        output.WriteLine($"taken by folder walks and globs: {(settings.Takes(path) ? "yes" : "no")}");
        output.WriteLine("[severity]");
        foreach (DiagnosticDescriptor descriptor in DiagnosticCodes.All)
        {
            string source = settings.Severities.TryGetValue(descriptor.Code, out Setting<DiagnosticSeverity> given)
                ? given.Source : $"profile {ProfileNames.Name(settings.Profile.Value)}";
            string level = settings.ParseOptions.SeverityOf(descriptor).ToName();
            output.WriteLine($"{descriptor.Code} = {level,-7}  ({source}) {descriptor.Title}");
        }
    }

    private static string Quoted(IReadOnlyList<string> globs) => string.Join(", ", globs.Select(glob => $"\"{glob}\""));
}
