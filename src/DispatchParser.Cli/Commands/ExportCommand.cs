using System.CommandLine;
using System.Text.Json;
using DispatchParser.Cli.Checking;
using DispatchParser.Cli.Input;
using DispatchParser.Diagnostics;
using DispatchParser.Export;
using DispatchParser.Syntax;

namespace DispatchParser.Cli.Commands;

/// <summary>
/// <c>dispatch export FILE --format json|ninjs</c>: the dispatch's parts as JSON (the documented
/// contract, diagnostics included) or as an IPTC ninjs 3.1 news item. Exit code 0 once exported, even
/// when the dispatch has errors (they are in the JSON); 2 when the file cannot be read.
/// </summary>
public sealed class ExportCommand : ICliCommand
{
    public int Order => 30;

    public IReadOnlyList<string> Examples { get; } =
    [
        "dispatch export tests/samples/ilkha-tr.txt",
        "dispatch export tests/samples/ilkha-tr.txt --format ninjs --uri urn:example:ilkha:1",
        "dispatch export - --compact < story.txt",
    ];

    public Command Create(CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        Argument<string> file = CommonOptions.File();
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
        var command = new Command("export", "Export a dispatch's parts as JSON or ninjs.")
        {
            file, format, profile, compact, uri, maxFileSize,
        };
        command.SetAction(result =>
        {
            DispatchText? text = SingleInput.Read(console, result.GetRequiredValue(file), CommonOptions.Megabytes(result.GetValue(maxFileSize)));
            if (text is null) return ExitCodes.Usage;
            ParseOptions options = CommonOptions.ParseOptionsFor(result.GetRequiredValue(profile));
            DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(text.Text!, options);
            console.Out.Flush();
            using (var writer = new Utf8JsonWriter(console.OutputStream, DispatchJsonExporter.WriterOptions(!result.GetValue(compact))))
            {
                if (result.GetRequiredValue(format) == "ninjs")
                {
                    NinjsExporter.Write(writer, tree, result.GetValue(uri));
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
