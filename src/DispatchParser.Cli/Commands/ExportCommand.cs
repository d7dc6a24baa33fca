using System.CommandLine;
using System.Text.Json;
using DispatchParser.Cli.Checking;
using DispatchParser.Cli.Input;
using DispatchParser.Cli.Input.Containers;
using DispatchParser.Diagnostics;
using DispatchParser.Export;
using DispatchParser.Syntax;

namespace DispatchParser.Cli.Commands;

/// <summary>
/// <c>dispatch export PATH… --format json|ninjs</c>: the dispatch's parts as JSON (the documented
/// contract, diagnostics included) or as an IPTC ninjs 3.1 news item; for more than one file (several
/// paths, a folder, a glob) JSON Lines, one object per file with its <c>path</c> (see
/// <see cref="ManyInputs"/>). Exit code 0 once exported, even when a dispatch has errors (they are in the
/// JSON); 2 when an input cannot be read.
/// </summary>
public sealed class ExportCommand : ICliCommand
{
    public int Order => 30;

    public IReadOnlyList<string> Examples { get; } =
    [
        "dispatch export tests/samples/ilkha-tr.txt",
        "dispatch export tests/samples/ilkha-tr.txt --format ninjs --uri urn:example:ilkha:1",
        "dispatch export - --compact < story.txt",
        "dispatch export feeds/ > parts.jsonl",
    ];

    public Command Create(CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        Argument<string[]> paths = CommonOptions.Paths("Files, folders (searched recursively for *.txt), globs, or - for standard input; one file gives one JSON document, anything more JSON Lines.");
        var format = new Option<string>("--format", "-f")
        {
            Description = "json: headline, dateline, paragraphs, agency, endMarker, notice, briefs, diagnostics; ninjs: an IPTC ninjs 3.1 item.",
            DefaultValueFactory = _ => "json",
            HelpName = "json|ninjs",
        };
        format.AcceptOnlyFromAmong("json", "ninjs");
        Option<string> profile = CommonOptions.Profile();
        var compact = new Option<bool>("--compact") { Description = "One line of JSON instead of indented JSON." };
        var uri = new Option<string?>("--uri")
        {
            Description = "ninjs: the item's uri (default: urn:sha256: and the SHA-256 of the text).",
        };
        Option<int> maxFileSize = CommonOptions.MaxFileSize();
        Option<int> jobs = CommonOptions.Jobs();
        var inputOptions = new InputOptionSet();
        Option<string?> config = CommonOptions.Config();
        Option<string[]> severity = CommonOptions.Severity();
        Option<string?> encoding = CommonOptions.Encoding();
        Option<string> input = CommonOptions.InputFormat();
        var command = new Command("export", "Export dispatches' parts as JSON or ninjs (JSON Lines, one object with its path per file, for several).")
        {
            paths, format, profile, compact, uri, maxFileSize, jobs, config, severity, encoding, input,
        };
        inputOptions.AddTo(command);
        command.SetAction(result =>
        {
            string[] named = result.GetRequiredValue(paths);
            if (CommonOptions.SettingsFor(result, console, profile, config, severity, encoding) is not { } settings) return ExitCodes.Usage;
            bool ninjs = result.GetRequiredValue(format) == "ninjs";
            string? itemUri = result.GetValue(uri);
            long maxBytes = CommonOptions.Megabytes(result.GetValue(maxFileSize));
            InputFormat container = ContainerReader.Parse(result.GetValue(input));
            if (!ManyInputs.IsSingle(named) || container != InputFormat.Text)
            {
                return ManyInputs.WriteJsonLines(console, named, inputOptions.Read(result), settings, maxBytes, result.GetValue(jobs), (writer, read, options) =>
                {
                    DispatchSyntaxTree parsed = DispatchSyntaxTree.ParseText(read.Text!, options);
                    if (ninjs)
                    {
                        // A file's own uri cannot be shared by many: each item gets its content hash.
                        ManyInputs.CopyProperties(writer, inner => NinjsExporter.Write(inner, parsed));
                    }
                    else
                    {
                        DispatchJsonExporter.WriteProperties(writer, parsed,
                            DispatchDiagnostics.GetAll(parsed, read.GetDecodingDiagnostics(options), warningsAsErrors: false));
                    }
                }, container);
            }

            if (SingleInput.Read(console, named[0], settings, maxBytes, inputOptions.Read(result).StandardInputName) is not var (text, options))
                return ExitCodes.Usage;
            DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(text.Text!, options);
            console.Out.Flush();
            using (var writer = new Utf8JsonWriter(console.OutputStream, DispatchJsonExporter.WriterOptions(!result.GetValue(compact))))
            {
                if (ninjs)
                {
                    NinjsExporter.Write(writer, tree, itemUri);
                }
                else
                {
                    IReadOnlyList<Diagnostic> diagnostics = DispatchDiagnostics.GetAll(tree, text.GetDecodingDiagnostics(options), warningsAsErrors: false);
                    DispatchJsonExporter.Write(writer, tree, diagnostics);
                }
            }
            console.OutputStream.Write("\n"u8);
            console.OutputStream.Flush();
            return ExitCodes.Success;
        });
        return command;
    }
}
