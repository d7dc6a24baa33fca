using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using DispatchParser.Cli.Output;
using System.Reflection;

namespace DispatchParser.Cli;

/// <summary>Builds the root command from every <see cref="ICliCommand"/> and runs it.</summary>
public static class CliApp
{
    public static int Run(string[] args, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        try
        {
            return RunCore(args, console);
        }
        finally
        {
            console.Out.Flush();
        }
    }

    private static int RunCore(string[] args, CliConsole console)
    {
        var examples = new Dictionary<Command, IReadOnlyList<string>>();
        var root = new RootCommand(
            "dispatch — check, inspect, export, normalize and stream news-agency wire dispatches.");
        foreach (ICliCommand definition in DiscoverCommands())
        {
            Command command = definition.Create(console);
            examples[command] = definition.Examples;
            root.Subcommands.Add(command);
        }
        examples[root] =
        [
            "dispatch check tests/samples/",
            "dispatch check --format sarif --profile strict 'feeds/**/*.txt' > dispatch.sarif",
            "dispatch tree tests/samples/ilkha-tr.txt",
            "dispatch export tests/samples/ilkha-tr.txt --format ninjs",
            "dispatch format --write tests/samples/",
            "dispatch jsonl --text-field text < crawl.jsonl > parts.jsonl",
        ];

        foreach (Option option in root.Options)
        {
            if (option is HelpOption help && help.Action is HelpAction action)
                help.Action = new HelpWithExamplesAction(action, examples);
        }

        // No response files: "@name" is a path like any other (a file may be called that), and System.CommandLine's
        // reading of one threw on a folder or an unreadable file instead of reporting it (found by the cli fuzz target).
        ParseResult result = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (result.Action is ParseErrorAction)
        {
            foreach (ParseError error in result.Errors)
                console.ReportProblem(error.Message);
            console.Error.WriteLine($"Run '{CommandPath(result.CommandResult.Command)} --help' for usage.");
            return ExitCodes.Usage;
        }
        if (FirstUnknownOption(result) is { } unknown)
        {
            console.ReportProblem($"Unknown option '{TextOutput.Escape(unknown)}' (a file whose name starts with '-' can be given after --, or as ./{TextOutput.Escape(unknown)}).");
            console.Error.WriteLine($"Run '{CommandPath(result.CommandResult.Command)} --help' for usage.");
            return ExitCodes.Usage;
        }

        var configuration = new InvocationConfiguration
        {
            Output = console.Out,
            Error = console.Error,
            EnableDefaultExceptionHandler = false,
        };
        return result.Invoke(configuration);
    }

    /// <summary>
    /// Every command, in <see cref="ICliCommand.Order"/>. Listed, not found by reflection: a Native AOT
    /// build trims types nothing names (a test checks that every <see cref="ICliCommand"/> is here).
    /// </summary>
    public static IReadOnlyList<ICliCommand> DiscoverCommands()
    {
        List<ICliCommand> commands =
        [
            new Commands.CheckCommand(), new Commands.TreeCommand(), new Commands.ExportCommand(), new Commands.FormatCommand(),
            new Commands.JsonlCommand(), new Commands.ConfigCommand(), new LspCommand(), new Commands.ServeCommand(), new Commands.GenerateCommand(),
        ];
        commands.Sort((left, right) => left.Order.CompareTo(right.Order));
        return commands;
    }

    public static string Version =>
        typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    /// <summary>
    /// A path argument that looks like an option (<c>-x</c>) and came before <c>--</c>: System.CommandLine
    /// hands unknown options to an argument that takes many values, so they are caught here; after
    /// <c>--</c> every word is a path, as in POSIX utilities.
    /// </summary>
    private static string? FirstUnknownOption(ParseResult result)
    {
        int doubleDash = result.Tokens.Count;
        for (int i = 0; i < result.Tokens.Count; i++)
        {
            if (result.Tokens[i].Type == TokenType.DoubleDash)
            {
                doubleDash = i;
                break;
            }
        }
        foreach (SymbolResult child in result.CommandResult.Children)
        {
            if (child is not ArgumentResult argument) continue;
            foreach (Token token in argument.Tokens)
            {
                if (!Commands.CommonOptions.IsUnknownOption(token.Value)) continue;
                int position = IndexOf(result.Tokens, token);
                if (position < 0 || position < doubleDash) return token.Value;
            }
        }
        return null;
    }

    private static int IndexOf(IReadOnlyList<Token> tokens, Token token)
    {
        for (int i = 0; i < tokens.Count; i++)
            if (ReferenceEquals(tokens[i], token)) return i;
        return -1;
    }

    private static string CommandPath(Command command) =>
        command is RootCommand ? "dispatch" : "dispatch " + command.Name;

    /// <summary>The standard help, followed by the command's examples.</summary>
    private sealed class HelpWithExamplesAction(HelpAction inner, Dictionary<Command, IReadOnlyList<string>> examples)
        : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            int exitCode = inner.Invoke(parseResult);
            if (examples.TryGetValue(parseResult.CommandResult.Command, out IReadOnlyList<string>? lines) && lines.Count > 0)
            {
                TextWriter output = parseResult.InvocationConfiguration.Output;
                output.WriteLine("Examples:");
                foreach (string line in lines) output.WriteLine("  " + line);
                output.WriteLine();
            }
            return exitCode;
        }
    }
}
