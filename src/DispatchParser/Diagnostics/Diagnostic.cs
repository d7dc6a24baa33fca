using System.Globalization;
using DispatchParser.Text;

namespace DispatchParser.Diagnostics;

/// <summary>A diagnostic as stored on a green node: code, span relative to the node, message arguments.</summary>
internal readonly record struct DiagnosticInfo(DiagnosticDescriptor Descriptor, int Offset, int Length, params object[] Arguments);

/// <summary>A reported problem: stable code, severity under the options in force, span and message.</summary>
public sealed record Diagnostic(DiagnosticDescriptor Descriptor, DiagnosticSeverity Severity, TextSpan Span, string Message)
{
    public string Code => Descriptor.Code;

    internal static Diagnostic Create(DiagnosticDescriptor descriptor, ParseOptions options, TextSpan span, object[] arguments) =>
        new(descriptor, options.SeverityOf(descriptor), span,
            arguments.Length == 0 ? descriptor.MessageFormat : string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, arguments));

    public override string ToString() => $"{Span}: {Severity.ToName()} {Code}: {Message}";
}
