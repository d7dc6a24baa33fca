namespace DispatchParser.Diagnostics;

/// <summary>
/// The one spelling of each severity, shared by everything that writes or reads one: the exports' <c>"severity"</c>,
/// the command line's reports and its <c>--severity CODE=LEVEL</c> and configuration files, and
/// <see cref="Diagnostic.ToString"/>. A severity that is suppressed is <c>none</c>: that is what a user writes to turn a
/// code off, so it is also what a listing of the settings in force prints. Formats with a vocabulary of their own (LSP's
/// numbers, SARIF's <c>note</c>) map from the enum themselves.
/// </summary>
public static class DiagnosticSeverityNames
{
    /// <summary>Every name, in the order of the enum: <c>none</c>, <c>info</c>, <c>warning</c>, <c>error</c>.</summary>
    public static IReadOnlyList<string> All { get; } = ["none", "info", "warning", "error"];

    /// <summary>The name of <paramref name="severity"/>: <c>none</c>, <c>info</c>, <c>warning</c> or <c>error</c>.</summary>
    public static string ToName(this DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Hidden => "none",
        DiagnosticSeverity.Info => "info",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Error => "error",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "Not a diagnostic severity."),
    };

    /// <summary>
    /// The severity <paramref name="name"/> spells, in any letter case (the invariant lower case of it is one of
    /// <see cref="All"/>); false (and <see cref="DiagnosticSeverity.Hidden"/>) for null or any other word.
    /// </summary>
    public static bool TryParse(string? name, out DiagnosticSeverity severity)
    {
        string? lower = name?.ToLowerInvariant();
        for (int i = 0; i < All.Count; i++)
        {
            if (!string.Equals(All[i], lower, StringComparison.Ordinal)) continue;
            severity = (DiagnosticSeverity)i;
            return true;
        }
        severity = DiagnosticSeverity.Hidden;
        return false;
    }
}
