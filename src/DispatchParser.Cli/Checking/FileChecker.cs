using DispatchParser.Analysis;
using DispatchParser.Cli.Configuration;
using DispatchParser.Cli.Input;
using DispatchParser.Cli.Input.Containers;
using DispatchParser.Cli.Output;
using DispatchParser.Diagnostics;
using DispatchParser.Syntax;
using DispatchParser.Text;

namespace DispatchParser.Cli.Checking;

/// <summary>A diagnostic placed in its file: 1-based lines and columns (UTF-16 code units), end exclusive.</summary>
public readonly record struct ReportedDiagnostic(
    DiagnosticDescriptor Descriptor, DiagnosticSeverity Severity, string Message, int Line, int Column, int EndLine, int EndColumn)
{
    public string Code => Descriptor.Code;

    /// <summary>A diagnostic of a container's record, placed where its characters are in the container.</summary>
    public static ReportedDiagnostic From(Diagnostic diagnostic, int textLength, Func<int, LinePosition> place)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        ArgumentNullException.ThrowIfNull(place);
        LinePosition start = place(Math.Min(diagnostic.Span.Start, textLength));
        LinePosition end = diagnostic.Span.IsEmpty ? start : place(Math.Min(diagnostic.Span.End, textLength));
        return new ReportedDiagnostic(diagnostic.Descriptor, diagnostic.Severity, diagnostic.Message,
            start.Line + 1, start.Character + 1, end.Line + 1, end.Character + 1);
    }

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
    /// <summary>Lines to show on standard error beside the diagnostics (what <c>--fix</c> did or why it could not).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>True when <c>--fix</c> had fixes for the file but could not write them (exit code 2).</summary>
    public bool FixFailed { get; init; }

    public int Count(DiagnosticSeverity severity)
    {
        int count = 0;
        foreach (ReportedDiagnostic diagnostic in Diagnostics)
            if (diagnostic.Severity == severity) count++;
        return count;
    }
}

/// <summary>What <c>check --fix</c> may do: apply the fixes, and whether read-only files may be rewritten.</summary>
public sealed record FixOptions(bool Apply, bool Force)
{
    public static FixOptions None { get; } = new(false, false);
}

/// <summary>
/// Checks one input; every failure, expected or not, becomes the report's one-line problem. With
/// <see cref="FixOptions.Apply"/>, the fixes of <see cref="CodeFixes"/> are applied and the file rewritten
/// atomically (<see cref="FileRewriter"/>, as <c>format --write</c> does); the report then holds the
/// diagnostics that remain in the fixed text.
/// </summary>
public sealed class FileChecker(SettingsResolver settings, bool warningsAsErrors, long maxBytes, Func<Stream> openStandardInput, FixOptions? fix = null)
{
    public FileChecker(ParseOptions options, bool warningsAsErrors, long maxBytes, Func<Stream> openStandardInput, FixOptions? fix = null)
        : this(SettingsResolver.CommandLineOnly(options), warningsAsErrors, maxBytes, openStandardInput, fix)
    {
    }

    private readonly FixOptions _fix = fix ?? FixOptions.None;

    public FileReport Check(InputSource input)
    {
        ArgumentNullException.ThrowIfNull(input);
        try
        {
            (EffectiveSettings? effective, string? configProblem) = settings.For(input.FilePath);
            if (configProblem is not null) return new FileReport(input, [], configProblem);
            ParseOptions options = effective!.ParseOptions;
            DispatchText read = DispatchReader.Read(input, maxBytes, openStandardInput, effective.Encoding.Value);
            if (read.Problem is not null) return new FileReport(input, [], read.Problem);
            DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(read.Text!, options);
            IReadOnlyList<Diagnostic> diagnostics = DispatchDiagnostics.GetAll(tree, read.GetDecodingDiagnostics(options), warningsAsErrors);
            if (_fix.Apply) return Fix(input, read, tree, diagnostics);
            return new FileReport(input, Place(diagnostics, tree), null);
        }
#pragma warning disable CA1031 // One file's failure must not stop the others; it is reported in one line.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return new FileReport(input, [], $"internal error: {exception.GetType().Name}: {Program.OneLine(exception.Message)}");
        }
    }

    /// <summary>
    /// Checks each record of a container input (<c>--input reuters-sgml|jsonl</c>): one report per record,
    /// its diagnostics placed in the container; a record that holds no dispatch is a report with a problem.
    /// A text input gives the one report of <see cref="Check"/>.
    /// </summary>
    public IReadOnlyList<FileReport> CheckAll(InputSource input, InputFormat format)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (format == InputFormat.Text) return [Check(input)];
        try
        {
            (EffectiveSettings? effective, string? configProblem) = settings.For(input.FilePath);
            if (configProblem is not null) return [new FileReport(input, [], configProblem)];
            ParseOptions options = effective!.ParseOptions;
            ContainerContent content = ContainerReader.Read(input, format, maxBytes, openStandardInput, effective.Encoding.Value);
            if (content.Problem is not null) return [new FileReport(input, [], content.Problem)];
            var reports = new List<FileReport>(content.Records.Count);
            bool detectionReported = false;
            IReadOnlyList<Diagnostic> detection = new DispatchText("", [], null) { Encoding = content.Encoding }.GetDecodingDiagnostics(options);
            foreach (ContainerRecord record in content.Records)
            {
                if (record.Problem is not null)
                {
                    reports.Add(new FileReport(input, [], record.Problem));
                    continue;
                }
                DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(record.Text!, options);
                var placed = new List<ReportedDiagnostic>();
                // The encoding detected for the file, once, at the container's 1:1; invalid UTF-8 where its bytes are.
                if (!detectionReported)
                    foreach (Diagnostic diagnostic in detection) placed.Add(ReportedDiagnostic.From(diagnostic, 0, _ => default));
                detectionReported = true;
                placed.AddRange(InvalidUtf8(record, options));
                foreach (Diagnostic diagnostic in DispatchDiagnostics.GetAll(tree, [], warningsAsErrors))
                    placed.Add(ReportedDiagnostic.From(diagnostic, record.Text!.Length, record.Place!));
                reports.Add(new FileReport(input, placed, null));
            }
            return reports;
        }
#pragma warning disable CA1031 // One file's failure must not stop the others; it is reported in one line.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return [new FileReport(input, [], $"internal error: {exception.GetType().Name}: {Program.OneLine(exception.Message)}")];
        }
    }

    /// <summary>DSP0301 at each invalid UTF-8 sequence of the record, in the container.</summary>
    private IEnumerable<ReportedDiagnostic> InvalidUtf8(ContainerRecord record, ParseOptions options)
    {
        DiagnosticSeverity severity = options.SeverityOf(DiagnosticCodes.InvalidUtf8);
        if (severity == DiagnosticSeverity.Hidden) yield break;
        if (warningsAsErrors && severity == DiagnosticSeverity.Warning) severity = DiagnosticSeverity.Error;
        foreach ((LinePosition at, long byteOffset) in record.InvalidUtf8)
        {
            string message = string.Format(System.Globalization.CultureInfo.InvariantCulture, DiagnosticCodes.InvalidUtf8.MessageFormat, byteOffset);
            yield return new ReportedDiagnostic(DiagnosticCodes.InvalidUtf8, severity, message, at.Line + 1, at.Character + 1, at.Line + 1, at.Character + 2);
        }
    }

    private FileReport Fix(InputSource input, DispatchText read, DispatchSyntaxTree tree, IReadOnlyList<Diagnostic> diagnostics)
    {
        IReadOnlyList<CodeFix> fixes = CodeFixes.ForAll(tree, diagnostics);
        if (fixes.Count == 0) return new FileReport(input, Place(diagnostics, tree), null);
        string codes = string.Join(", ", fixes.Select(found => found.Diagnostic.Code).Distinct());
        string? refusal = input.IsStandardInput ? "standard input cannot be fixed in place"
            : !read.IsValidUtf8 ? $"invalid UTF-8 at byte offset {read.InvalidSequences[0].ByteOffset} would be lost"
            : null;
        string fixedText = CodeFixes.Apply(tree, fixes);
        // Written back in the encoding it was read in (byte-order mark included).
        byte[]? bytes = refusal is null ? read.Encoding.GetBytes(fixedText) : null;
        if (refusal is null && bytes is null) refusal = $"the fixed text has a character {read.Encoding.Name} cannot encode";
        if (refusal is not null)
            return new FileReport(input, Place(diagnostics, tree), null) { Notes = [$"not fixed ({codes}): {refusal}"], FixFailed = true };

        RewriteOutcome outcome = FileRewriter.Rewrite(input.FilePath!, bytes!, _fix.Force);
        var notes = new List<string>(outcome.Warnings);
        if (!outcome.Written)
        {
            notes.Add($"not fixed ({codes}): {outcome.Problem}");
            return new FileReport(input, Place(diagnostics, tree), null) { Notes = notes, FixFailed = true };
        }
        notes.Add($"fixed {fixes.Count} {(fixes.Count == 1 ? "diagnostic" : "diagnostics")} ({codes})");
        DispatchSyntaxTree fixedTree = DispatchSyntaxTree.ParseText(fixedText, tree.Options);
        IReadOnlyList<Diagnostic> remaining = DispatchDiagnostics.GetAll(fixedTree, [], warningsAsErrors);
        return new FileReport(input, Place(remaining, fixedTree), null) { Notes = notes };
    }

    private static ReportedDiagnostic[] Place(IReadOnlyList<Diagnostic> diagnostics, DispatchSyntaxTree tree)
    {
        var reported = new ReportedDiagnostic[diagnostics.Count];
        for (int i = 0; i < reported.Length; i++) reported[i] = ReportedDiagnostic.From(diagnostics[i], tree.Text);
        return reported;
    }
}
