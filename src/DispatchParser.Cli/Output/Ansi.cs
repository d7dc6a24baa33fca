namespace DispatchParser.Cli.Output;

/// <summary>When to colour output: <c>auto</c> colours a terminal unless NO_COLOR is set.</summary>
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

    public static Ansi For(ColorMode mode, bool isTerminal) => new(mode switch
    {
        ColorMode.Always => true,
        ColorMode.Never => false,
        _ => isTerminal && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")),
    });

    public string Paint(string text, string color) => Enabled ? color + text + Reset : text;
}
