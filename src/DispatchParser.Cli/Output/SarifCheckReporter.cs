using System.Text;
using System.Text.Json;
using DispatchParser.Cli.Checking;
using DispatchParser.Diagnostics;
using DispatchParser.Export;

namespace DispatchParser.Cli.Output;

/// <summary>
/// SARIF 2.1.0 for code-scanning services: one run whose driver lists every rule (each DSP code), one
/// result per diagnostic with its physical location (1-based lines and columns in UTF-16 code units,
/// end exclusive), and inputs that could not be checked as tool execution notifications. Streamed.
/// </summary>
public sealed class SarifCheckReporter : ICheckReporter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    public const string InformationUri = "https://www.nuget.org/packages/DispatchParser.Cli";

    /// <summary>The README (packed with the tool, shown on its package page), whose Diagnostics section has the table of codes.</summary>
    public const string HelpUri = InformationUri + "#readme-body-tab";

    private readonly CliConsole _console;
    private readonly Utf8JsonWriter _writer;
    private readonly Dictionary<string, int> _ruleIndex = new(StringComparer.Ordinal);
    private readonly List<(string Path, string Problem)> _problems = [];

    public SarifCheckReporter(CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        _console = console;
        console.Out.Flush();
        _writer = new Utf8JsonWriter(console.OutputStream, DispatchJsonExporter.WriterOptions(indented: true));
        _writer.WriteStartObject();
        _writer.WriteString("$schema", SchemaUri);
        _writer.WriteString("version", "2.1.0");
        _writer.WriteStartArray("runs");
        _writer.WriteStartObject();
        _writer.WriteStartObject("tool");
        _writer.WriteStartObject("driver");
        _writer.WriteString("name", "dispatch");
        _writer.WriteString("version", CliApp.Version);
        _writer.WriteString("semanticVersion", CliApp.Version);
        _writer.WriteString("informationUri", InformationUri);
        _writer.WriteStartArray("rules");
        IReadOnlyList<DiagnosticDescriptor> rules = DiagnosticCodes.All;
        for (int i = 0; i < rules.Count; i++)
        {
            DiagnosticDescriptor rule = rules[i];
            _ruleIndex[rule.Code] = i;
            _writer.WriteStartObject();
            _writer.WriteString("id", rule.Code);
            _writer.WriteString("name", RuleName(rule.Title));
            _writer.WriteStartObject("shortDescription");
            _writer.WriteString("text", rule.Title);
            _writer.WriteEndObject();
            _writer.WriteString("helpUri", HelpUri);
            _writer.WriteStartObject("help");
            _writer.WriteString("text", $"{rule.Code} ({rule.Title}): see the table of codes in the README's Diagnostics section.");
            _writer.WriteEndObject();
            _writer.WriteStartObject("defaultConfiguration");
            _writer.WriteString("level", Level(rule.Standard));
            _writer.WriteEndObject();
            _writer.WriteEndObject();
        }
        _writer.WriteEndArray();
        _writer.WriteEndObject();
        _writer.WriteEndObject();
        _writer.WriteString("columnKind", "utf16CodeUnits");
        _writer.WriteStartArray("results");
    }

    public bool WritesToOutput => true;

    public void Dispose() => _writer.Dispose();

    public void Report(FileReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Problem is not null)
        {
            _problems.Add((report.Input.DisplayPath, report.Problem));
            _console.ReportProblem(report.Input.DisplayPath, report.Problem!);
            return;
        }
        string uri = ArtifactUri(report.Input.DisplayPath);
        foreach (ReportedDiagnostic diagnostic in report.Diagnostics)
        {
            _writer.WriteStartObject();
            _writer.WriteString("ruleId", diagnostic.Code);
            if (_ruleIndex.TryGetValue(diagnostic.Code, out int index)) _writer.WriteNumber("ruleIndex", index);
            _writer.WriteString("level", Level(diagnostic.Severity));
            _writer.WriteStartObject("message");
            _writer.WriteString("text", diagnostic.Message);
            _writer.WriteEndObject();
            _writer.WriteStartArray("locations");
            _writer.WriteStartObject();
            _writer.WriteStartObject("physicalLocation");
            _writer.WriteStartObject("artifactLocation");
            _writer.WriteString("uri", uri);
            _writer.WriteEndObject();
            _writer.WriteStartObject("region");
            _writer.WriteNumber("startLine", diagnostic.Line);
            _writer.WriteNumber("startColumn", diagnostic.Column);
            _writer.WriteNumber("endLine", diagnostic.EndLine);
            _writer.WriteNumber("endColumn", diagnostic.EndColumn);
            _writer.WriteEndObject();
            _writer.WriteEndObject();
            _writer.WriteEndObject();
            _writer.WriteEndArray();
            _writer.WriteEndObject();
        }
        if (_writer.BytesPending > 1 << 16) _writer.Flush();
    }

    public void Complete(CheckSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        _writer.WriteEndArray();
        _writer.WriteStartArray("invocations");
        _writer.WriteStartObject();
        _writer.WriteBoolean("executionSuccessful", _problems.Count == 0);
        if (_problems.Count > 0)
        {
            _writer.WriteStartArray("toolExecutionNotifications");
            foreach ((string path, string problem) in _problems)
            {
                _writer.WriteStartObject();
                _writer.WriteString("level", "error");
                _writer.WriteStartObject("message");
                _writer.WriteString("text", $"{path}: {problem}");
                _writer.WriteEndObject();
                _writer.WriteStartArray("locations");
                _writer.WriteStartObject();
                _writer.WriteStartObject("physicalLocation");
                _writer.WriteStartObject("artifactLocation");
                _writer.WriteString("uri", ArtifactUri(path));
                _writer.WriteEndObject();
                _writer.WriteEndObject();
                _writer.WriteEndObject();
                _writer.WriteEndArray();
                _writer.WriteEndObject();
            }
            _writer.WriteEndArray();
        }
        _writer.WriteEndObject();
        _writer.WriteEndArray();
        _writer.WriteEndObject();
        _writer.WriteEndArray();
        _writer.WriteEndObject();
        _writer.Flush();
        _console.OutputStream.Write("\n"u8);
        _console.OutputStream.Flush();
        if (!summary.Quiet) _console.Error.WriteLine(summary.ToString());
    }

    /// <summary>SARIF levels: error, warning and none are ours; SARIF calls info <c>note</c>.</summary>
    public static string Level(DiagnosticSeverity severity) => severity == DiagnosticSeverity.Info ? "note" : severity.ToName();

    /// <summary>
    /// A path as a URI reference: relative paths stay relative (forward slashes, each segment
    /// percent-encoded), absolute paths become <c>file://</c> URIs.
    /// </summary>
    public static string ArtifactUri(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Path.IsPathFullyQualified(path)) return new Uri(path).AbsoluteUri;
        string[] segments = path.Replace('\\', '/').Split('/');
        for (int i = 0; i < segments.Length; i++) segments[i] = Uri.EscapeDataString(segments[i]);
        return string.Join('/', segments);
    }

    /// <summary>"Missing agency tag" → "MissingAgencyTag".</summary>
    private static string RuleName(string title)
    {
        var builder = new StringBuilder(title.Length);
        bool upper = true;
        foreach (char c in title)
        {
            if (!char.IsLetterOrDigit(c))
            {
                upper = true;
                continue;
            }
            builder.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }
        return builder.ToString();
    }
}
