using System.CommandLine;
using DispatchParser.Cli.Configuration;
using DispatchParser.Cli.Input;
using DispatchParser.Cli.Output;
using DispatchParser.Diagnostics;

namespace DispatchParser.Cli.Commands;

/// <summary>Options several commands share, built fresh for each command.</summary>
public static class CommonOptions
{
    public static Option<string> Profile()
    {
        var option = new Option<string>("--profile", "-p")
        {
            Description = "How canonical dispatches must be: strict (agencies publishing canonical copy), standard, lenient (reprints, crawls).",
            DefaultValueFactory = _ => "standard",
            HelpName = "strict|standard|lenient",
        };
        option.AcceptOnlyFromAmong("strict", "standard", "lenient");
        return option;
    }

    public static ParseOptions ParseOptionsFor(string profile) => ParseOptions.ParseProfileName(profile) switch
    {
        ParseProfile.Strict => ParseOptions.Strict,
        ParseProfile.Lenient => ParseOptions.Lenient,
        _ => ParseOptions.Standard,
    };

    /// <summary><c>--config PATH</c>: the configuration to use instead of the dispatch.toml found above each input.</summary>
    public static Option<string?> Config() => new("--config")
    {
        Description = "Settings file to use instead of the dispatch.toml found in each input's folder or above it (for streams: the current folder).",
        HelpName = "PATH",
    };

    /// <summary><c>--severity CODE=LEVEL</c>, repeatable: overrides a code's severity over the profile and the configuration.</summary>
    public static Option<string[]> Severity() => new("--severity")
    {
        Description = "Severity of one code over the profile and the configuration (repeatable): CODE=none|info|warning|error, e.g. DSP0004=none.",
        HelpName = "CODE=LEVEL",
        Arity = ArgumentArity.ZeroOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>
    /// The resolver for a command's settings: its --config, its --profile when given (not its default),
    /// its --severity overrides. Null after reporting a bad --severity or --config.
    /// </summary>
    public static SettingsResolver? SettingsFor(
        ParseResult result, CliConsole console, Option<string> profile, Option<string?> config, Option<string[]> severity, Option<string?>? encoding = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(console);
        try
        {
            var overrides = new List<(string, DiagnosticSeverity)>();
            foreach (string assignment in result.GetValue(severity) ?? []) overrides.Add(SeverityOverrides.ParseAssignment(assignment));
            ParseProfile? given = result.GetResult(profile) is { Implicit: false } ? ProfileNamed(result.GetRequiredValue(profile)) : null;
            string? path = result.GetValue(config);
            if (path is not null && !System.IO.File.Exists(path)) throw new ConfigException($"--config {path}: file not found");
            return new SettingsResolver(path, given, overrides) { Encoding = encoding is null ? null : EncodingFrom(result, encoding) };
        }
        catch (ConfigException exception)
        {
            console.ReportProblem(exception.Message);
            return null;
        }
    }

    // System.CommandLine hands a token that looks like an option (`--profile -q`) to --profile as its value
    // without running AcceptOnlyFromAmong's check, so the core's own rejection of an unknown name becomes a
    // usage problem here, not an internal error (found by the cli fuzz target:
    // fuzz/regressions/cli/cli-profile-takes-an-option-as-its-value).
    private static ParseProfile ProfileNamed(string name)
    {
        try
        {
            return ParseOptions.ParseProfileName(name);
        }
        catch (ArgumentException exception)
        {
            throw new ConfigException($"--profile: {exception.Message.Split(" (Parameter", 2)[0]}");
        }
    }

    /// <summary>The parse options for one input path ("-": standard input), or null after reporting its configuration's problem.</summary>
    public static ParseOptions? OptionsForInput(SettingsResolver settings, string path, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(console);
        (EffectiveSettings? effective, string? problem) = settings.For(path == "-" ? null : path);
        if (problem is null) return effective!.ParseOptions;
        console.ReportProblem($"{(path == "-" ? InputSource.StandardInputName : path)}: {problem}");
        return null;
    }

    /// <summary><c>--encoding NAME</c>: how inputs without a byte-order mark are decoded (over dispatch.toml's <c>encoding</c>).</summary>
    public static Option<string?> Encoding()
    {
        var option = new Option<string?>("--encoding")
        {
            Description = "How to decode inputs without a byte-order mark (UTF-16/32 with one are always read): utf-8 (default), a code page, "
                + "or auto (UTF-8 when valid, otherwise the detected charset, reported as DSP0302). Overrides dispatch.toml's encoding.",
            HelpName = InputEncoding.NameList,
        };
        option.AcceptOnlyFromAmong([.. InputEncoding.Names]);
        return option;
    }

    /// <summary>The encoding <c>--encoding</c> names, or null when it is not given.</summary>
    public static InputEncoding? EncodingFrom(ParseResult result, Option<string?> encoding)
    {
        ArgumentNullException.ThrowIfNull(result);
        return InputEncoding.Parse(result.GetValue(encoding));
    }

    /// <summary><c>--input text|reuters-sgml|jsonl</c>: what each input holds.</summary>
    public static Option<string> InputFormat()
    {
        var option = new Option<string>("--input")
        {
            Description = "What each input holds: text (one dispatch), reuters-sgml (each <REUTERS> record of a Reuters-21578 .sgm file), "
                + "jsonl (each line's text field, read as dispatch jsonl reads it). Container diagnostics are placed in the container file.",
            DefaultValueFactory = _ => "text",
            HelpName = "text|reuters-sgml|jsonl",
        };
        option.AcceptOnlyFromAmong("text", "reuters-sgml", "jsonl");
        return option;
    }

    public static Option<string> Color()
    {
        var option = new Option<string>("--color")
        {
            Description = "Colour the output: auto (on a terminal; NO_COLOR, FORCE_COLOR and TERM=dumb are honoured), always, never.",
            DefaultValueFactory = _ => "auto",
            HelpName = "auto|always|never",
        };
        option.AcceptOnlyFromAmong("auto", "always", "never");
        return option;
    }

    public static ColorMode ColorModeFor(string? value) => value switch
    {
        "always" => ColorMode.Always,
        "never" => ColorMode.Never,
        _ => ColorMode.Auto,
    };

    public static Option<int> Jobs(string what = "Files") => new("--jobs", "-j")
    {
        HelpName = "N",
        Description = $"{what} processed in parallel (default: the number of processors).",
        DefaultValueFactory = _ => Environment.ProcessorCount,
        CustomParser = result => WholeNumber(result, "--jobs", 1, MaxJobs, Environment.ProcessorCount),
    };

    /// <summary>More workers than this only queue behind each other.</summary>
    public const int MaxJobs = 1024;

    public static Option<int> MaxFileSize(string what = "Largest input read", string name = "--max-file-size") => new(name)
    {
        Description = $"{what}, in megabytes (at most {DispatchReader.MaxMegabytes}, what one .NET string can hold); larger inputs are reported and skipped.",
        DefaultValueFactory = _ => (int)(DispatchReader.DefaultMaxBytes / (1024 * 1024)),
        HelpName = "MB",
        CustomParser = result => WholeNumber(result, name, 1, DispatchReader.MaxMegabytes,
            (int)(DispatchReader.DefaultMaxBytes / (1024 * 1024))),
    };

    /// <summary>
    /// Parses a whole-number option; anything else (not a number, out of range, too big for an int) is
    /// a usage error naming the option and its range, never an exception.
    /// </summary>
    private static int WholeNumber(System.CommandLine.Parsing.ArgumentResult result, string option, int min, int max, int fallback)
    {
        if (result.Tokens.Count == 0) return fallback;
        string token = result.Tokens[^1].Value;
        if (int.TryParse(token, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int value)
            && value >= min && value <= max)
            return value;
        result.AddError($"{option} takes a whole number from {min} to {max}, not '{token}'.");
        return fallback;
    }

    public static long Megabytes(int megabytes) => megabytes * 1024L * 1024L;

    /// <summary>Files, folders (searched for *.txt), globs, or - for standard input.</summary>
    public static Argument<string[]> Paths(string description = "Files, folders (searched recursively for *.txt), globs, or - for standard input.") =>
        RefuseEmptyPaths(new Argument<string[]>("paths") { Description = description, Arity = ArgumentArity.OneOrMore });

    /// <summary>One file, or - for standard input.</summary>
    public static Argument<string> File() => RefuseEmptyPaths(new Argument<string>("file") { Description = "The dispatch to read, or - for standard input." });

    /// <summary>
    /// An empty argument names no file: a usage error, said as such (the file system's calls throw on an empty path;
    /// found by the cli fuzz target: <c>dispatch export ""</c> was an internal error).
    /// </summary>
    public static T RefuseEmptyPaths<T>(T argument) where T : Argument
    {
        ArgumentNullException.ThrowIfNull(argument);
        argument.Validators.Add(result =>
        {
            if (result.Tokens.Any(token => token.Value.Length == 0)) result.AddError("An empty argument is not a path: name a file, a folder, a glob, or - for standard input.");
        });
        return argument;
    }

    /// <summary>An argument that looks like an option no command has (a lone "-" is standard input).</summary>
    public static bool IsUnknownOption(string argument) => argument.Length > 1 && argument[0] == '-';
}
