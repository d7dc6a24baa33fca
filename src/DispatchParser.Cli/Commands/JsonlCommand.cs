using System.Buffers;
using System.CommandLine;
using System.Globalization;
using DispatchParser.Cli.Checking;
using DispatchParser.Cli.Jsonl;
using DispatchParser.Diagnostics;

namespace DispatchParser.Cli.Commands;

/// <summary>
/// <c>dispatch jsonl [FILE]</c>: JSON Lines in, JSON Lines out, for pipelines (Spark <c>RDD.pipe</c>,
/// Hadoop Streaming, GNU parallel, Dask). Each input line is an object whose text field holds a
/// dispatch; its output line is that object, byte for byte, with one field added: the output field
/// (<c>--output-field</c>, default <c>dispatch</c>) holding the parts and diagnostics of the export
/// contract. Input fields are never overwritten: a line that already has the output field is reported.
/// One output line per input line, in input order, streamed with constant memory and flushed whenever
/// the input pauses. A line that is not a JSON object with a string text field gets
/// <c>{"error": …, "line": N}</c> in its output field — never nothing.
/// </summary>
public sealed class JsonlCommand : ICliCommand
{
    public const string DefaultOutputField = "dispatch";

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
        Argument<string> file = CommonOptions.RefuseEmptyPaths(new Argument<string>("file")
        {
            Description = "JSON Lines to read (default: standard input, also -).",
            Arity = ArgumentArity.ZeroOrOne,
        });
        var textField = new Option<string>("--text-field")
        {
            Description = "The field holding the dispatch text; the other fields are kept.",
            DefaultValueFactory = _ => "text",
            HelpName = "name",
        };
        var outputField = new Option<string>("--output-field")
        {
            Description = "The field added to each line, holding the parts (or the line's error); a line that already has it is reported, never overwritten.",
            DefaultValueFactory = _ => DefaultOutputField,
            HelpName = "name",
        };
        Option<string> profile = CommonOptions.Profile();
        Option<int> jobs = CommonOptions.Jobs("Lines");
        Option<int> maxLineSize = CommonOptions.MaxFileSize("Longest line read", "--max-line-size");
        Option<string?> config = CommonOptions.Config();
        Option<string[]> severity = CommonOptions.Severity();
        var command = new Command("jsonl", "Split the dispatches of a JSON Lines stream into parts, line by line.")
        {
            file, textField, outputField, profile, jobs, maxLineSize, config, severity,
        };
        command.SetAction(result =>
        {
            string path = result.GetValue(file) ?? "-";
            string text = result.GetRequiredValue(textField), output = result.GetRequiredValue(outputField);
            if (output.Length == 0 || output == text)
            {
                console.ReportProblem(output.Length == 0 ? "--output-field must name a field" : $"--output-field cannot be the text field \"{text}\"");
                return ExitCodes.Usage;
            }
            // A stream's settings: --config, else the dispatch.toml above the file read (or the current folder).
            if (CommonOptions.SettingsFor(result, console, profile, config, severity) is not { } settings
                || CommonOptions.OptionsForInput(settings, path, console) is not { } options)
                return ExitCodes.Usage;
            Stream input;
            try
            {
                input = path == "-" ? console.OpenInput() : new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 0);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // .NET opens a folder with UnauthorizedAccessException: a folder is not a "permission denied".
                string problem = exception is FileNotFoundException or DirectoryNotFoundException ? "file not found"
                    : Directory.Exists(path) ? "a folder, not a JSON Lines file"
                    : exception is UnauthorizedAccessException ? "permission denied" : exception.Message;
                console.ReportProblem(path, problem);
                return ExitCodes.Usage;
            }
            using (input)
            {
                var run = new JsonlRun(text, output,
                    options, (int)CommonOptions.Megabytes(result.GetValue(maxLineSize)));
                return run.Execute(input, console, result.GetValue(jobs));
            }
        });
        return command;
    }

    private sealed class JsonlRun(string textField, string outputField, ParseOptions options, int maxLineBytes)
    {
        private const int FlushThreshold = 1 << 16;
        private long _malformed;

        public int Execute(Stream input, CliConsole console, int jobs)
        {
            console.Out.Flush();
            Stream output = console.OutputStream;
            long lines = jobs <= 1 ? RunSequentially(input, output) : RunInParallel(input, output, jobs);
            output.Flush();
            if (_malformed > 0)
                console.ReportProblem($"{Output.CheckSummary.Plural(_malformed, "line")} of {lines.ToString(CultureInfo.InvariantCulture)} could not be read (see their \"error\" field)");
            return ExitCodes.Success;
        }

        /// <summary>One thread: each line is written into one buffer, which goes out when 64 KB are ready and before each read that may wait.</summary>
        private long RunSequentially(Stream input, Stream output)
        {
            var buffer = new ArrayBufferWriter<byte>(FlushThreshold * 2);
            using var writer = new JsonlRecordWriter(textField, outputField, options);
            void Drain()
            {
                if (buffer.WrittenCount == 0) return;
                output.Write(buffer.WrittenSpan);
                output.Flush();
                buffer.ResetWrittenCount();
            }
            using var reader = new JsonLineReader(input, maxLineBytes, beforeRead: Drain);
            long lineNumber = 0;
            while (reader.TryReadLine(out ReadOnlySpan<byte> line, out long skipped))
            {
                lineNumber++;
                if (!Append(writer, line, skipped, lineNumber, buffer)) _malformed++;
                if (buffer.WrittenCount >= FlushThreshold) Drain();
            }
            Drain();
            return lineNumber;
        }

        /// <summary>
        /// Lines read in order, processed on <paramref name="jobs"/> threads in batches (one work item per
        /// batch of up to 64 lines or 256 KB: per-line hand-offs cost more than they gain), written in input order.
        /// </summary>
        private long RunInParallel(Stream input, Stream output, int jobs)
        {
            var buffered = new BufferedStream(output, FlushThreshold); // not disposed: that would close standard output
            // Per run and thread (not [ThreadStatic]: two runs in one process must not share a writer's fields).
            using var writers = new ThreadLocal<(JsonlRecordWriter Writer, ArrayBufferWriter<byte> Buffer)>(
                () => (new JsonlRecordWriter(textField, outputField, options), new ArrayBufferWriter<byte>(FlushThreshold)), trackAllValues: true);
            long lines = 0;
            OrderedParallel.Run(
                ReadBatches(input),
                (batch, _) =>
                {
                    (JsonlRecordWriter writer, ArrayBufferWriter<byte> buffer) = writers.Value;
                    buffer.ResetWrittenCount();
                    long malformed = 0;
                    for (int i = 0; i < batch.Lines.Count; i++)
                        if (!Append(writer, batch.Lines[i].Bytes, batch.Lines[i].SkippedLength, batch.FirstLineNumber + i, buffer)) malformed++;
                    if (malformed > 0) Interlocked.Add(ref _malformed, malformed);
                    return (Bytes: buffer.WrittenSpan.ToArray(), batch.Lines.Count);
                },
                result =>
                {
                    buffered.Write(result.Bytes);
                    lines += result.Count;
                },
                jobs,
                whenIdle: buffered.Flush);
            buffered.Flush();
            foreach ((JsonlRecordWriter writer, _) in writers.Values) writer.Dispose();
            return lines;
        }

        private bool Append(JsonlRecordWriter writer, ReadOnlySpan<byte> line, long skipped, long lineNumber, ArrayBufferWriter<byte> buffer)
        {
            if (skipped == 0) return writer.Append(line, lineNumber, buffer);
            writer.AppendTooLong(maxLineBytes, lineNumber, buffer);
            return false;
        }

        /// <summary>Batches of line copies; a batch is handed on early when the next line is not there yet, so streaming never waits.</summary>
        private IEnumerable<LineBatch> ReadBatches(Stream input)
        {
            using var reader = new JsonLineReader(input, maxLineBytes);
            long lineNumber = 1;
            var batch = new List<InputLine>(64);
            long bytes = 0;
            while (true)
            {
                if (batch.Count > 0 && (batch.Count == 64 || bytes >= 1 << 18 || !reader.HasLineBuffered))
                {
                    yield return new LineBatch(lineNumber, batch);
                    lineNumber += batch.Count;
                    batch = new List<InputLine>(64);
                    bytes = 0;
                }
                if (!reader.TryReadLine(out ReadOnlySpan<byte> line, out long skipped)) break;
                batch.Add(new InputLine(line.ToArray(), skipped));
                bytes += line.Length;
            }
            if (batch.Count > 0) yield return new LineBatch(lineNumber, batch);
        }

        private readonly record struct InputLine(byte[] Bytes, long SkippedLength);

        private sealed record LineBatch(long FirstLineNumber, List<InputLine> Lines);
    }
}
