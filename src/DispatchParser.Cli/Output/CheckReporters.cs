using System.Globalization;
using System.Text.Json;
using DispatchParser.Cli.Checking;
using DispatchParser.Diagnostics;
using DispatchParser.Export;

namespace DispatchParser.Cli.Output;

/// <summary>Totals of a <c>check</c> run.</summary>
public sealed class CheckSummary
{
    public long Files { get; private set; }
    public long FilesWithErrors { get; private set; }
    public long NotChecked { get; private set; }
    public long Errors { get; private set; }
    public long Warnings { get; private set; }
    public long Infos { get; private set; }

    /// <summary>When set, <c>--quiet</c>: the reporters leave out the summary line.</summary>
    public bool Quiet { get; init; }

    private readonly Dictionary<string, (DiagnosticDescriptor Descriptor, long Count)> _perCode = new(StringComparer.Ordinal);

    /// <summary>How many diagnostics each code had, most frequent first (<c>--statistics</c>).</summary>
    public IEnumerable<(DiagnosticDescriptor Descriptor, long Count)> PerCode =>
        _perCode.Values.OrderByDescending(entry => entry.Count).ThenBy(entry => entry.Descriptor.Code, StringComparer.Ordinal);

    /// <summary>The per-code counts as lines: <c>      3  DSP0004  Missing legal notice</c>.</summary>
    public IEnumerable<string> StatisticsLines()
    {
        foreach ((DiagnosticDescriptor descriptor, long count) in PerCode)
            yield return string.Create(CultureInfo.InvariantCulture, $"{count,7}  {descriptor.Code}  {descriptor.Title}");
    }

    public void Add(FileReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Problem is not null)
        {
            NotChecked++;
            return;
        }
        Files++;
        if (report.FixFailed) NotFixed++;
        foreach (ReportedDiagnostic diagnostic in report.Diagnostics)
        {
            _perCode.TryGetValue(diagnostic.Code, out (DiagnosticDescriptor Descriptor, long Count) entry);
            _perCode[diagnostic.Code] = (diagnostic.Descriptor, entry.Count + 1);
        }
        int errors = report.Count(DiagnosticSeverity.Error);
        Errors += errors;
        Warnings += report.Count(DiagnosticSeverity.Warning);
        Infos += report.Count(DiagnosticSeverity.Info);
        if (errors > 0) FilesWithErrors++;
    }

    /// <summary>Files whose fixes could not be written (<c>check --fix</c>).</summary>
    public long NotFixed { get; private set; }

    public int ExitCode => NotChecked > 0 || NotFixed > 0 ? ExitCodes.Usage : Errors > 0 ? ExitCodes.Errors : ExitCodes.Success;

    public override string ToString()
    {
        string text = $"Checked {Plural(Files, "file")}: {Plural(Errors, "error")}, {Plural(Warnings, "warning")}, {Plural(Infos, "info")}";
        if (FilesWithErrors > 0) text += $" ({Plural(FilesWithErrors, "file")} with errors)";
        if (NotChecked > 0) text += $"; {Plural(NotChecked, "input")} not checked";
        if (NotFixed > 0) text += $"; {Plural(NotFixed, "file")} not fixed";
        return text + ".";
    }

    internal static string Plural(long count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : noun + "s");
}

/// <summary>Writes the results of <c>check</c> as they come, in input order.</summary>
public interface ICheckReporter : IDisposable
{
    /// <summary>True when the reporter writes to standard output (so the progress bar must step aside on a shared terminal).</summary>
    bool WritesToOutput { get; }

    void Report(FileReport report);

    void Complete(CheckSummary summary);
}

/// <summary><c>path(line,col): error DSP0003: message</c>, the form editors and CI logs parse; the summary at the end.</summary>
public sealed class TextCheckReporter(CliConsole console, Ansi ansi) : ICheckReporter
{
    public bool WritesToOutput => true;

    public void Dispose()
    {
    }

    public void Report(FileReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Problem is not null)
        {
            console.Out.Flush();
            console.ReportProblem(report.Input.DisplayPath, report.Problem!);
            return;
        }
        foreach (ReportedDiagnostic diagnostic in report.Diagnostics)
        {
            TextWriter output = console.Out;
            output.Write(TextOutput.Escape(report.Input.DisplayPath));
            output.Write('(');
            output.Write(diagnostic.Line.ToString(CultureInfo.InvariantCulture));
            output.Write(',');
            output.Write(diagnostic.Column.ToString(CultureInfo.InvariantCulture));
            output.Write("): ");
            output.Write(ansi.Paint(diagnostic.Severity.ToName(), Ansi.ForSeverity(diagnostic.Severity)));
            output.Write(' ');
            output.Write(diagnostic.Code);
            output.Write(": ");
            output.WriteLine(diagnostic.Message);
        }
    }

    public void Complete(CheckSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (summary.Quiet) return;
        console.Out.WriteLine(ansi.Paint(summary.ToString(), summary.Errors > 0 || summary.NotChecked > 0 ? Ansi.Bold : Ansi.Dim));
    }
}

/// <summary>
/// One JSON document: <c>{"files": [{"path", "diagnostics": [...]} | {"path", "error"}], "summary": {...}}</c>,
/// diagnostics as in the export contract plus <c>endLine</c>/<c>endColumn</c>. Streamed; the summary
/// line goes to standard error.
/// </summary>
public sealed class JsonCheckReporter : ICheckReporter
{
    private readonly CliConsole _console;
    private readonly Utf8JsonWriter _writer;

    public JsonCheckReporter(CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        _console = console;
        console.Out.Flush();
        _writer = new Utf8JsonWriter(console.OutputStream, DispatchJsonExporter.WriterOptions(indented: false));
        _writer.WriteStartObject();
        _writer.WriteString("version", CliApp.Version);
        _writer.WriteStartArray("files");
    }

    public bool WritesToOutput => true;

    public void Dispose() => _writer.Dispose();

    public void Report(FileReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        _writer.WriteStartObject();
        _writer.WriteString("path", report.Input.DisplayPath);
        if (report.Problem is not null)
        {
            _writer.WriteString("error", report.Problem);
            _console.ReportProblem(report.Input.DisplayPath, report.Problem!);
        }
        else
        {
            _writer.WriteStartArray("diagnostics");
            foreach (ReportedDiagnostic diagnostic in report.Diagnostics)
            {
                _writer.WriteStartObject();
                _writer.WriteString("code", diagnostic.Code);
                _writer.WriteString("severity", diagnostic.Severity.ToName());
                _writer.WriteString("message", diagnostic.Message);
                _writer.WriteNumber("line", diagnostic.Line);
                _writer.WriteNumber("column", diagnostic.Column);
                _writer.WriteNumber("endLine", diagnostic.EndLine);
                _writer.WriteNumber("endColumn", diagnostic.EndColumn);
                _writer.WriteEndObject();
            }
            _writer.WriteEndArray();
        }
        _writer.WriteEndObject();
        if (_writer.BytesPending > 1 << 16) _writer.Flush();
    }

    public void Complete(CheckSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        _writer.WriteEndArray();
        _writer.WriteStartObject("summary");
        _writer.WriteNumber("files", summary.Files);
        _writer.WriteNumber("filesWithErrors", summary.FilesWithErrors);
        _writer.WriteNumber("notChecked", summary.NotChecked);
        _writer.WriteNumber("errors", summary.Errors);
        _writer.WriteNumber("warnings", summary.Warnings);
        _writer.WriteNumber("infos", summary.Infos);
        _writer.WriteEndObject();
        _writer.WriteEndObject();
        _writer.Flush();
        _console.OutputStream.Write("\n"u8);
        _console.OutputStream.Flush();
        if (!summary.Quiet) _console.Error.WriteLine(summary.ToString());
    }
}
