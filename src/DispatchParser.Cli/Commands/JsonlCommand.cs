using System.Buffers;
using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using DispatchParser.Cli.Checking;
using DispatchParser.Diagnostics;
using DispatchParser.Export;
using DispatchParser.Syntax;

namespace DispatchParser.Cli.Commands;

/// <summary>
/// <c>dispatch jsonl [FILE]</c>: JSON Lines in, JSON Lines out, for pipelines (Spark <c>RDD.pipe</c>,
/// Hadoop Streaming, GNU parallel). Each input line is an object whose text field holds a dispatch; the
/// output line is that object with the parts and diagnostics of the export contract added (an input field
/// with the same name as one of them is replaced). One output line per input line, in input order,
/// streamed with constant memory and flushed whenever the input pauses. A line that is not a JSON object
/// with a string text field yields <c>{"error": …, "line": N}</c> (with the input's fields, or its raw
/// text) — never nothing.
/// </summary>
public sealed class JsonlCommand : ICliCommand
{
    private static readonly string[] s_contractFields =
        ["headline", "dateline", "paragraphs", "agency", "endMarker", "notice", "briefs", "diagnostics"];

    public int Order => 50;

    public IReadOnlyList<string> Examples { get; } =
    [
        "dispatch jsonl crawl.jsonl > parts.jsonl",
        "zcat crawl.jsonl.gz | dispatch jsonl --text-field content --profile lenient",
        "rdd.pipe('dispatch jsonl')   # Spark",
    ];

    public Command Create(CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var file = new Argument<string>("file")
        {
            Description = "JSON Lines to read (default: standard input, also -).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var textField = new Option<string>("--text-field")
        {
            Description = "The field holding the dispatch text; the other fields are kept.",
            DefaultValueFactory = _ => "text",
            HelpName = "name",
        };
        Option<string> profile = CommonOptions.Profile();
        Option<int> jobs = CommonOptions.Jobs("Lines");
        var command = new Command("jsonl", "Split the dispatches of a JSON Lines stream into parts, line by line.")
        {
            file, textField, profile, jobs,
        };
        command.SetAction(result =>
        {
            string path = result.GetValue(file) ?? "-";
            Stream input;
            try
            {
                input = path == "-" ? console.OpenInput() : new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                string problem = exception is FileNotFoundException or DirectoryNotFoundException ? "file not found"
                    : exception is UnauthorizedAccessException ? "permission denied" : exception.Message;
                console.ReportProblem(path, problem);
                return ExitCodes.Usage;
            }
            using (input)
            {
                var run = new JsonlRun(result.GetRequiredValue(textField), CommonOptions.ParseOptionsFor(result.GetRequiredValue(profile)));
                return run.Execute(input, console, result.GetValue(jobs));
            }
        });
        return command;
    }

    private sealed class JsonlRun(string textField, ParseOptions options)
    {
        [ThreadStatic] private static ArrayBufferWriter<byte>? t_buffer;
        private long _malformed;

        public int Execute(Stream input, CliConsole console, int jobs)
        {
            console.Out.Flush();
            // Buffered: written out whenever 64 KB are ready and whenever the input pauses. Not disposed:
            // that would close standard output, which the console still flushes at the end.
            var output = new BufferedStream(console.OutputStream, 1 << 16);
            using var reader = new StreamReader(input, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, 1 << 16);
            long lines = 0;
            OrderedParallel.Run(
                ReadLines(reader),
                (line, index) => Process(line, index + 1),
                bytes =>
                {
                    output.Write(bytes);
                    output.WriteByte((byte)'\n');
                    lines++;
                },
                jobs,
                whenIdle: output.Flush);
            output.Flush();
            if (_malformed > 0)
                console.ReportProblem($"{Output.CheckSummary.Plural(_malformed, "line")} of {lines.ToString(CultureInfo.InvariantCulture)} could not be read (see their \"error\" field)");
            return ExitCodes.Success;
        }

        /// <summary>
        /// The input's lines as JSON Lines defines them: ended by LF (a CR before it is dropped). Unlike
        /// <see cref="TextReader.ReadLine"/>, a lone CR does not end a line, so every input line is one
        /// output line. Reads what is available without waiting for a full buffer (streaming).
        /// </summary>
        internal static IEnumerable<string> ReadLines(TextReader reader)
        {
            var line = new StringBuilder();
            char[] buffer = new char[1 << 14];
            int read;
            while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
            {
                int start = 0;
                while (start < read)
                {
                    int end = Array.IndexOf(buffer, '\n', start, read - start);
                    if (end < 0)
                    {
                        line.Append(buffer, start, read - start);
                        break;
                    }
                    line.Append(buffer, start, end - start);
                    yield return TakeLine(line);
                    start = end + 1;
                }
            }
            if (line.Length > 0) yield return TakeLine(line);
        }

        private static string TakeLine(StringBuilder line)
        {
            int length = line.Length > 0 && line[^1] == '\r' ? line.Length - 1 : line.Length;
            string text = line.ToString(0, length);
            line.Clear();
            return text;
        }

        private byte[] Process(string line, long lineNumber)
        {
            ArrayBufferWriter<byte> buffer = t_buffer ??= new ArrayBufferWriter<byte>(8192);
            buffer.ResetWrittenCount();
            using (var writer = new Utf8JsonWriter(buffer, DispatchJsonExporter.WriterOptions()))
            {
                Write(writer, line, lineNumber);
            }
            byte[] bytes = buffer.WrittenSpan.ToArray();
            if (buffer.Capacity > 1 << 20) t_buffer = null;
            return bytes;
        }

        private void Write(Utf8JsonWriter writer, string line, long lineNumber)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                WriteMalformed(writer, "empty line", lineNumber, line);
                return;
            }
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(line);
            }
            catch (JsonException exception)
            {
                WriteMalformed(writer, "invalid JSON: " + exception.Message, lineNumber, line);
                return;
            }
            using (document)
            {
                JsonElement root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    WriteMalformed(writer, $"not a JSON object but {root.ValueKind.ToString().ToLowerInvariant()}", lineNumber, line);
                    return;
                }
                if (!root.TryGetProperty(textField, out JsonElement textElement) || textElement.ValueKind != JsonValueKind.String)
                {
                    Interlocked.Increment(ref _malformed);
                    writer.WriteStartObject();
                    foreach (JsonProperty property in root.EnumerateObject())
                        if (property.Name is not ("error" or "line")) property.WriteTo(writer);
                    writer.WriteString("error", $"no string field \"{textField}\"");
                    writer.WriteNumber("line", lineNumber);
                    writer.WriteEndObject();
                    return;
                }

                DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(textElement.GetString()!, options);
                writer.WriteStartObject();
                foreach (JsonProperty property in root.EnumerateObject())
                    if (Array.IndexOf(s_contractFields, property.Name) < 0) property.WriteTo(writer);
                DispatchJsonExporter.WriteProperties(writer, tree, DispatchDiagnostics.GetAll(tree));
                writer.WriteEndObject();
            }
        }

        private void WriteMalformed(Utf8JsonWriter writer, string error, long lineNumber, string line)
        {
            Interlocked.Increment(ref _malformed);
            writer.WriteStartObject();
            writer.WriteString("error", error);
            writer.WriteNumber("line", lineNumber);
            writer.WriteString("raw", line);
            writer.WriteEndObject();
        }
    }
}
