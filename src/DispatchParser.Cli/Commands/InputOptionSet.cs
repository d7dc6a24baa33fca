using System.CommandLine;
using DispatchParser.Cli.Input;

namespace DispatchParser.Cli.Commands;

/// <summary>
/// The options that say which files a command reads, shared by every command that takes many paths:
/// <c>--extension</c>, <c>--include</c>, <c>--exclude</c>, <c>--follow-links</c>, <c>--stdin-filename</c>.
/// </summary>
public sealed class InputOptionSet
{
    private readonly Option<string[]> _extensions = new("--extension")
    {
        Description = "File extensions read in folders (repeatable; compared case-insensitively; default: txt).",
        HelpName = "EXT",
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<string[]> _include = new("--include")
    {
        Description = "Read only the files of folders and globs matching this glob, relative to the folder (repeatable): 'politics/**/*.txt'.",
        HelpName = "GLOB",
    };

    private readonly Option<string[]> _exclude = new("--exclude")
    {
        Description = "Leave out the files of folders and globs matching this glob, relative to the folder (repeatable): '**/draft-*'.",
        HelpName = "GLOB",
    };

    private readonly Option<bool> _followLinks = new("--follow-links", "-L")
    {
        Description = "Enter symbolic links to folders found inside folders and globs (each real folder is still read once).",
    };

    private readonly Option<string?> _stdinName = new("--stdin-filename")
    {
        Description = "The name to report standard input (-) under.",
        HelpName = "NAME",
    };

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(_extensions);
        command.Options.Add(_include);
        command.Options.Add(_exclude);
        command.Options.Add(_followLinks);
        command.Options.Add(_stdinName);
    }

    public InputOptions Read(ParseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        string[] extensions = result.GetValue(_extensions) ?? [];
        return new InputOptions(
            result.GetValue(_followLinks) ? LinkPolicy.Follow : LinkPolicy.DoNotFollow,
            extensions.Length == 0 ? InputOptions.DefaultExtensions : [.. extensions.Select(NormalizeExtension)],
            result.GetValue(_include) ?? [],
            result.GetValue(_exclude) ?? [],
            result.GetValue(_stdinName) is { Length: > 0 } name ? name : InputSource.StandardInputName);
    }

    /// <summary><c>txt</c>, <c>.txt</c> and <c>*.txt</c> all mean the extension <c>txt</c>.</summary>
    private static string NormalizeExtension(string extension) => extension.TrimStart('*').TrimStart('.');
}
