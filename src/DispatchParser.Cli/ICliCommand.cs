using System.CommandLine;

namespace DispatchParser.Cli;

/// <summary>
/// One subcommand of <c>dispatch</c>. Adding a command is adding one class that implements this
/// interface (public, with a parameterless constructor): <see cref="CliApp"/> finds it by reflection.
/// </summary>
public interface ICliCommand
{
    /// <summary>Where the command is listed in <c>--help</c> (ascending).</summary>
    int Order { get; }

    /// <summary>Command lines shown under "Examples:" in the command's help.</summary>
    IReadOnlyList<string> Examples { get; }

    /// <summary>The command with its arguments, options and action; output goes to <paramref name="console"/>.</summary>
    Command Create(CliConsole console);
}
