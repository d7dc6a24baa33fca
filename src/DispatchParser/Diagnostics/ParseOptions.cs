namespace DispatchParser.Diagnostics;

/// <summary>How canonical a dispatch must be.</summary>
public enum ParseProfile
{
    /// <summary>The canonical shape: headline, separator, agency and notice required.</summary>
    Strict,

    /// <summary>The default: a missing separator or notice is a warning.</summary>
    Standard,

    /// <summary>Reprints and crawled text: a missing headline, tag or notice is a warning.</summary>
    Lenient,
}

/// <summary>The profile that decides each diagnostic's severity, plus per-code overrides.</summary>
public sealed record ParseOptions
{
    public static ParseOptions Strict { get; } = new() { Profile = ParseProfile.Strict };
    public static ParseOptions Standard { get; } = new() { Profile = ParseProfile.Standard };
    public static ParseOptions Lenient { get; } = new() { Profile = ParseProfile.Lenient };
    public static ParseOptions Default => Standard;

    public ParseProfile Profile { get; init; } = ParseProfile.Standard;

    /// <summary>Severity per code (e.g. <c>DSP0104</c> → Hidden), applied after the profile.</summary>
    public IReadOnlyDictionary<string, DiagnosticSeverity> SeverityOverrides { get; init; } =
        new Dictionary<string, DiagnosticSeverity>();

    public ParseOptions WithSeverity(string code, DiagnosticSeverity severity) =>
        this with { SeverityOverrides = new Dictionary<string, DiagnosticSeverity>(SeverityOverrides) { [code] = severity } };

    public DiagnosticSeverity SeverityOf(DiagnosticDescriptor descriptor) =>
        SeverityOverrides.TryGetValue(descriptor.Code, out DiagnosticSeverity severity)
            ? severity
            : descriptor.SeverityFor(Profile);

    public static ParseProfile ParseProfileName(string name) => name.ToLowerInvariant() switch
    {
        "strict" => ParseProfile.Strict,
        "standard" => ParseProfile.Standard,
        "lenient" => ParseProfile.Lenient,
        _ => throw new ArgumentException($"Unknown profile '{name}': use strict, standard or lenient.", nameof(name)),
    };
}
