using DispatchParser.Diagnostics;

namespace DispatchParser.Cli.Configuration;

/// <summary>Per-code severities as a configuration or <c>--severity CODE=LEVEL</c> gives them: none, info, warning, error.</summary>
public static class SeverityOverrides
{
    /// <summary>"DSP0004=none" as a code and a severity; throws <see cref="ConfigException"/> when it is not one.</summary>
    public static (string Code, DiagnosticSeverity Severity) ParseAssignment(string assignment)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        int equals = assignment.IndexOf('=', StringComparison.Ordinal);
        if (equals < 0) throw new ConfigException($"--severity takes CODE=none|info|warning|error, not '{assignment}'");
        string code = ValidCode(assignment[..equals].Trim(), "--severity");
        return (code, ParseLevel(assignment[(equals + 1)..].Trim(), $"--severity {code}"));
    }

    public static string ValidCode(string code, string where) =>
        DiagnosticCodes.Find(code.ToUpperInvariant()) is { } descriptor
            ? descriptor.Code
            : throw new ConfigException($"{where}: unknown diagnostic code '{code}'");

    /// <summary>The severity a level names (<see cref="DiagnosticSeverityNames"/>); throws <see cref="ConfigException"/> for any other word.</summary>
    public static DiagnosticSeverity ParseLevel(string? level, string where) =>
        DiagnosticSeverityNames.TryParse(level, out DiagnosticSeverity severity)
            ? severity
            : throw new ConfigException($"{where} must be none, info, warning or error, not '{level}'");
}

/// <summary>Profile names as the command line and configurations spell them.</summary>
public static class ProfileNames
{
    public static bool TryParse(string name, out ParseProfile profile)
    {
        ArgumentNullException.ThrowIfNull(name);
        switch (name.ToLowerInvariant())
        {
            case "strict": profile = ParseProfile.Strict; return true;
            case "standard": profile = ParseProfile.Standard; return true;
            case "lenient": profile = ParseProfile.Lenient; return true;
            default: profile = ParseProfile.Standard; return false;
        }
    }

    public static string Name(ParseProfile profile) => profile.ToString().ToLowerInvariant();
}
