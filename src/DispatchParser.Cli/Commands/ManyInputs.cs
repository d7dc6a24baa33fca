using System.Buffers;
using System.Text.Json;
using DispatchParser.Cli.Checking;
using DispatchParser.Cli.Configuration;
using DispatchParser.Cli.Input;
using DispatchParser.Cli.Input.Containers;
using DispatchParser.Diagnostics;
using DispatchParser.Export;

namespace DispatchParser.Cli.Commands;

/// <summary>
/// <c>export</c> and <c>tree --format json</c> over many inputs in one process: paths, folders and globs
/// expanded as <c>check</c> expands them, read and rendered in parallel, written in input order as JSON
/// Lines — one object per input, its <c>path</c> first, or <c>{"path", "error"}</c> for an input that could
/// not be read (also reported on standard error; exit code 2). Each input gets the settings of its
/// dispatch.toml and the command line (profile, severities, encoding, include/exclude globs).
/// </summary>
internal static class ManyInputs
{
    /// <summary>True when the command line names one file (or standard input), so the single-document output applies.</summary>
    public static bool IsSingle(string[] paths) =>
        paths.Length == 1 && (paths[0] == "-" || File.Exists(paths[0]) || (!Directory.Exists(paths[0]) && !Glob.IsPattern(paths[0])));

    /// <summary>Writes one JSON line per input: <c>{"path": …,</c> then what <paramref name="writeProperties"/> writes.</summary>
    /// <param name="format">For a container format, one line per record: <c>{"path", "record", "id"?, "line", …}</c> (<c>line</c>: where the record starts in the container).</param>
    public static int WriteJsonLines(
        CliConsole console, string[] paths, InputOptions inputs, SettingsResolver settings, long maxBytes, int jobs,
        Action<Utf8JsonWriter, DispatchText, ParseOptions> writeProperties, InputFormat format = InputFormat.Text)
    {
        int exitCode = ExitCodes.Success;
        console.Out.Flush();
        OrderedParallel.RunBatched(
            settings.Taken(InputExpander.Expand(paths, inputs)),
            input => format == InputFormat.Text
                ? [Render(input, settings, maxBytes, console.OpenInput, writeProperties)]
                : RenderRecords(input, format, settings, maxBytes, console.OpenInput, writeProperties),
            rendered =>
            {
                foreach (Rendered one in rendered)
                {
                    if (one.Problem is not null)
                    {
                        console.OutputStream.Flush();
                        console.ReportProblem(one.Input.DisplayPath, one.Problem);
                        exitCode = ExitCodes.Usage;
                    }
                    console.OutputStream.Write(one.Line);
                    console.OutputStream.Write("\n"u8);
                }
            },
            jobs);
        console.OutputStream.Flush();
        return exitCode;
    }

    private sealed record Rendered(InputSource Input, byte[] Line, string? Problem);

    private static Rendered Render(
        InputSource input, SettingsResolver settings, long maxBytes, Func<Stream> openInput, Action<Utf8JsonWriter, DispatchText, ParseOptions> writeProperties)
    {
        string? problem;
        try
        {
            (EffectiveSettings? effective, problem) = settings.For(input.FilePath);
            if (problem is null)
            {
                DispatchText text = DispatchReader.Read(input, maxBytes, openInput, effective!.Encoding.Value);
                problem = text.Problem;
                if (problem is null) return new Rendered(input, Line(input, writer => writeProperties(writer, text, effective.ParseOptions)), null);
            }
        }
#pragma warning disable CA1031 // One input's failure must not stop the others; it is reported in its line.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            problem = $"internal error: {exception.GetType().Name}: {Program.OneLine(exception.Message)}";
        }
        string reported = problem;
        return new Rendered(input, Line(input, writer => writer.WriteString("error", reported)), problem);
    }

    private static List<Rendered> RenderRecords(
        InputSource input, InputFormat format, SettingsResolver settings, long maxBytes, Func<Stream> openInput,
        Action<Utf8JsonWriter, DispatchText, ParseOptions> writeProperties)
    {
        var lines = new List<Rendered>();
        try
        {
            (EffectiveSettings? effective, string? problem) = settings.For(input.FilePath);
            ContainerContent? content = problem is null ? ContainerReader.Read(input, format, maxBytes, openInput, effective!.Encoding.Value) : null;
            problem ??= content!.Problem;
            if (problem is not null)
            {
                lines.Add(new Rendered(input, Line(input, writer => writer.WriteString("error", problem)), problem));
                return lines;
            }
            foreach (ContainerRecord record in content!.Records)
            {
                void WriteRecord(Utf8JsonWriter writer)
                {
                    writer.WriteNumber("record", record.Number);
                    if (record.Id is not null) writer.WriteString("id", record.Id);
                    writer.WriteNumber("line", record.Start.Line + 1);
                }
                if (record.Problem is { } recordProblem)
                {
                    lines.Add(new Rendered(input, Line(input, writer =>
                    {
                        WriteRecord(writer);
                        writer.WriteString("error", recordProblem);
                    }), recordProblem));
                    continue;
                }
                // The encoding detected for the file is reported once, in its first record's diagnostics.
                var text = new DispatchText(record.Text, [], null) { Encoding = lines.Count == 0 ? content.Encoding : TextEncoding.Utf8 };
                lines.Add(new Rendered(input, Line(input, writer =>
                {
                    WriteRecord(writer);
                    writeProperties(writer, text, effective!.ParseOptions);
                }), null));
            }
        }
#pragma warning disable CA1031 // One input's failure must not stop the others; it is reported in its line.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            string problem = $"internal error: {exception.GetType().Name}: {Program.OneLine(exception.Message)}";
            lines.Add(new Rendered(input, Line(input, writer => writer.WriteString("error", problem)), problem));
        }
        return lines;
    }

    private static byte[] Line(InputSource input, Action<Utf8JsonWriter> writeProperties)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, DispatchJsonExporter.WriterOptions(indented: false)))
        {
            writer.WriteStartObject();
            writer.WriteString("path", input.DisplayPath);
            writeProperties(writer);
            writer.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Copies the properties of a JSON object written by an exporter into <paramref name="writer"/>'s open object.</summary>
    public static void CopyProperties(Utf8JsonWriter writer, Action<Utf8JsonWriter> writeObject)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(writeObject);
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var inner = new Utf8JsonWriter(buffer, DispatchJsonExporter.WriterOptions(indented: false))) writeObject(inner);
        using JsonDocument document = JsonDocument.Parse(buffer.WrittenMemory);
        foreach (JsonProperty property in document.RootElement.EnumerateObject()) property.WriteTo(writer);
    }
}
