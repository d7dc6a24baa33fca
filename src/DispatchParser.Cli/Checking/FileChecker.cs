using DispatchParser.Cli.Input;
using DispatchParser.Diagnostics;
using DispatchParser.Syntax;
using DispatchParser.Text;

namespace DispatchParser.Cli.Checking;

/// <summary>A diagnostic placed in its file: 1-based lines and columns (UTF-16 code units), end exclusive.</summary>
public readonly record struct ReportedDiagnostic(
    DiagnosticDescriptor Descriptor, DiagnosticSeverity Severity, string Message, int Line, int Column, int EndLine, int EndColumn)
{
    public string Code => Descriptor.Code;

    public static ReportedDiagnostic From(Diagnostic diagnostic, SourceText text)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        ArgumentNullException.ThrowIfNull(text);
        LinePosition start = text.GetLinePosition(Math.Min(diagnostic.Span.Start, text.Length));
        LinePosition end = text.GetLinePosition(Math.Min(diagnostic.Span.End, text.Length));
        return new ReportedDiagnostic(diagnostic.Descriptor, diagnostic.Severity, diagnostic.Message,
            start.Line + 1, start.Character + 1, end.Line + 1, end.Character + 1);
    }
}

/// <summary>What checking one input found: its diagnostics, or the problem that kept it from being checked.</summary>
public sealed record FileReport(InputSource Input, IReadOnlyList<ReportedDiagnostic> Diagnostics, string? Problem)
{
    public int Count(DiagnosticSeverity severity)
    {
        int count = 0;
        foreach (ReportedDiagnostic diagnostic in Diagnostics)
            if (diagnostic.Severity == severity) count++;
        return count;
    }
}

/// <summary>Checks one input; every failure, expected or not, becomes the report's one-line problem.</summary>
public sealed class FileChecker(ParseOptions options, bool warningsAsErrors, long maxBytes, Func<Stream> openStandardInput)
{
    public FileReport Check(InputSource input)
    {
        ArgumentNullException.ThrowIfNull(input);
        try
        {
            DispatchText read = DispatchReader.Read(input, maxBytes, openStandardInput);
            if (read.Problem is not null) return new FileReport(input, [], read.Problem);
            DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(read.Text!, options);
            IReadOnlyList<Diagnostic> diagnostics = DispatchDiagnostics.GetAll(tree, read.GetDecodingDiagnostics(options), warningsAsErrors);
            var reported = new ReportedDiagnostic[diagnostics.Count];
            for (int i = 0; i < reported.Length; i++) reported[i] = ReportedDiagnostic.From(diagnostics[i], tree.Text);
            return new FileReport(input, reported, null);
        }
#pragma warning disable CA1031 // One file's failure must not stop the others; it is reported in one line.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return new FileReport(input, [], $"internal error: {exception.GetType().Name}: {Program.OneLine(exception.Message)}");
        }
    }
}
