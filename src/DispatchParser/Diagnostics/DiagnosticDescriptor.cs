namespace DispatchParser.Diagnostics;

/// <summary>What a stable diagnostic code means and how severe it is under each profile.</summary>
public sealed record DiagnosticDescriptor(
    string Code,
    string Title,
    string MessageFormat,
    DiagnosticSeverity Strict,
    DiagnosticSeverity Standard,
    DiagnosticSeverity Lenient)
{
    public DiagnosticSeverity SeverityFor(ParseProfile profile) => profile switch
    {
        ParseProfile.Strict => Strict,
        ParseProfile.Lenient => Lenient,
        _ => Standard,
    };
}
