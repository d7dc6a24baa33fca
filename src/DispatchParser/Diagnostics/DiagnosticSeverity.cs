namespace DispatchParser.Diagnostics;

public enum DiagnosticSeverity
{
    /// <summary>Suppressed: not reported.</summary>
    Hidden,
    Info,
    Warning,
    Error,
}
