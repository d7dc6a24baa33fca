using DispatchParser.Diagnostics;

namespace DispatchParser.Cli.Output;

/// <summary>When to colour output (<c>--color</c>); <see cref="Ansi.For"/> says what <c>auto</c> decides.</summary>
public enum ColorMode
{
    Auto,
    Always,
    Never,
}

/// <summary>ANSI SGR colours, written only when enabled.</summary>
public readonly struct Ansi(bool enabled)
{
    public const string Reset = "\e[0m";
    public const string Bold = "\e[1m";
    public const string Dim = "\e[2m";
    public const string Red = "\e[31m";
    public const string Green = "\e[32m";
    public const string Yellow = "\e[33m";
    public const string Blue = "\e[34m";
    public const string Magenta = "\e[35m";
    public const string Cyan = "\e[36m";
    public const string BoldRed = "\e[1;31m";
    public const string BoldBlue = "\e[1;34m";

    public bool Enabled { get; } = enabled;

    /// <summary>The colour a severity is written in, wherever the CLI names one (check's reports, <c>tree</c>).</summary>
    public static string ForSeverity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => BoldRed,
        DiagnosticSeverity.Warning => Yellow,
        _ => Cyan,
    };

    /// <summary>
    /// <c>--color always</c> and <c>never</c> win over the environment. <c>auto</c> follows the conventions:
    /// no colour when <c>NO_COLOR</c> is set and not empty (no-color.org); colour when <c>FORCE_COLOR</c> is
    /// set and not empty, <c>0</c> or <c>false</c>, even into a pipe; no colour when <c>TERM=dumb</c>;
    /// otherwise colour on a terminal only.
    /// </summary>
    public static Ansi For(ColorMode mode, bool isTerminal) => For(mode, isTerminal, Environment.GetEnvironmentVariable);

    public static Ansi For(ColorMode mode, bool isTerminal, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return new(mode switch
        {
            ColorMode.Always => true,
            ColorMode.Never => false,
            _ when !string.IsNullOrEmpty(environment("NO_COLOR")) => false,
            _ when IsForced(environment("FORCE_COLOR")) => true,
            _ when IsDumbTerminal(environment) => false,
            _ => isTerminal,
        });
    }

    /// <summary>A terminal that cannot move the cursor or colour (<c>TERM=dumb</c>): no colours, no progress bar.</summary>
    public static bool IsDumbTerminal(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return string.Equals(environment("TERM"), "dumb", StringComparison.Ordinal);
    }

    private static bool IsForced(string? value) =>
        !string.IsNullOrEmpty(value) && value != "0" && !string.Equals(value, "false", StringComparison.OrdinalIgnoreCase);

    public string Paint(string text, string color) => Enabled ? color + text + Reset : text;
}
