using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using DispatchParser.Export;
using DispatchParser.Cli.Checking;
using DispatchParser.Cli.Configuration;
using DispatchParser.Cli.Input;
using DispatchParser.Cli.Output;
using DispatchParser.Diagnostics;
using DispatchParser.Syntax;

namespace DispatchParser.Cli.Commands;

/// <summary>
/// <c>dispatch tree FILE</c>: the full-fidelity syntax tree — nodes, tokens and trivia with their spans
/// (UTF-16 offsets, end exclusive) — then the diagnostics. Coloured on a terminal.
/// </summary>
public sealed class TreeCommand : ICliCommand
{
    public int Order => 20;

    public IReadOnlyList<string> Examples { get; } =
    [
        "dispatch tree tests/samples/ilkha-tr.txt",
        "dispatch tree tests/samples/broken.txt --color never | less",
        "dispatch tree --format json feeds/ > trees.jsonl",
    ];

    public Command Create(CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        Argument<string[]> paths = CommonOptions.Paths("Files, folders (searched recursively for *.txt), globs, or - for standard input.");
        var format = new Option<string>("--format", "-f")
        {
            Description = "text: the tree drawn with guides; json: nodes, tokens and trivia as JSON (JSON Lines with each file's path for several files).",
            DefaultValueFactory = _ => "text",
            HelpName = "text|json",
        };
        format.AcceptOnlyFromAmong("text", "json");
        Option<string> profile = CommonOptions.Profile();
        Option<string> color = CommonOptions.Color();
        Option<int> maxFileSize = CommonOptions.MaxFileSize();
        Option<int> jobs = CommonOptions.Jobs();
        var inputOptions = new InputOptionSet();
        Option<string?> config = CommonOptions.Config();
        Option<string[]> severity = CommonOptions.Severity();
        Option<string?> encoding = CommonOptions.Encoding();
        var command = new Command("tree", "Show the syntax tree of dispatches: kinds, spans and trivia.")
        {
            paths, format, profile, color, maxFileSize, jobs, config, severity, encoding,
        };
        inputOptions.AddTo(command);
        command.SetAction(result =>
        {
            string[] named = result.GetRequiredValue(paths);
            if (CommonOptions.SettingsFor(result, console, profile, config, severity, encoding) is not { } settings) return ExitCodes.Usage;
            long maxBytes = CommonOptions.Megabytes(result.GetValue(maxFileSize));
            InputOptions inputs = inputOptions.Read(result);
            bool json = result.GetRequiredValue(format) == "json";
            bool single = ManyInputs.IsSingle(named);
            if (json && !single)
            {
                return ManyInputs.WriteJsonLines(console, named, inputs, settings, maxBytes, result.GetValue(jobs), (writer, read, options) =>
                    TreeJsonWriter.WriteProperties(writer, DispatchSyntaxTree.ParseText(read.Text!, options), read.GetDecodingDiagnostics(options)));
            }
            if (single)
            {
                if (SingleInput.Read(console, named[0], settings, maxBytes, inputs.StandardInputName) is not var (text, options)) return ExitCodes.Usage;
                DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(text.Text!, options);
                if (json)
                {
                    console.Out.Flush();
                    using (var writer = new Utf8JsonWriter(console.OutputStream, DispatchJsonExporter.WriterOptions(indented: true)))
                    {
                        writer.WriteStartObject();
                        TreeJsonWriter.WriteProperties(writer, tree, text.GetDecodingDiagnostics(options));
                        writer.WriteEndObject();
                    }
                    console.OutputStream.Write("\n"u8);
                    console.OutputStream.Flush();
                    return ExitCodes.Success;
                }
                PrintText(console, result.GetValue(color), named[0] == "-" ? inputs.StandardInputName : named[0], text, tree);
                return ExitCodes.Success;
            }

            // Several files as text: each tree under its path, in input order.
            int exitCode = ExitCodes.Success;
            bool first = true;
            foreach (InputSource input in settings.Taken(InputExpander.Expand(named, inputs)))
            {
                (EffectiveSettings? effective, string? problem) = settings.For(input.FilePath);
                DispatchText? text = effective is null ? null : DispatchReader.Read(input, maxBytes, console.OpenInput, effective.Encoding.Value);
                if ((problem ?? text!.Problem) is { } reported)
                {
                    console.Out.Flush();
                    console.ReportProblem(input.DisplayPath, reported);
                    exitCode = ExitCodes.Usage;
                    continue;
                }
                if (!first) console.Out.WriteLine();
                first = false;
                console.Out.WriteLine($"==> {TextOutput.Escape(input.DisplayPath)} <==");
                PrintText(console, result.GetValue(color), input.DisplayPath, text!, DispatchSyntaxTree.ParseText(text!.Text!, effective!.ParseOptions));
            }
            return exitCode;
        });
        return command;
    }

    private static void PrintText(CliConsole console, string? color, string path, DispatchText text, DispatchSyntaxTree tree)
    {
        var printer = new TreePrinter(console.Out, Ansi.For(CommonOptions.ColorModeFor(color), console.OutputIsTerminal));
        printer.Print(tree.Root);
        IReadOnlyList<Diagnostic> diagnostics = DispatchDiagnostics.GetAll(tree, text.GetDecodingDiagnostics(tree.Options), warningsAsErrors: false);
        printer.PrintDiagnostics(TextOutput.Escape(path), diagnostics, tree);
    }

    /// <summary>Writes a tree with box-drawing guides, one node, token or trivia per line.</summary>
    private sealed class TreePrinter(TextWriter output, Ansi ansi)
    {
        public void Print(SyntaxNode root)
        {
            output.Write(ansi.Paint(root.Kind.ToString(), Ansi.BoldBlue));
            output.Write(' ');
            output.WriteLine(ansi.Paint(Span(root.Span.Start, root.Span.End), Ansi.Dim));
            WriteChildren(root, string.Empty);
        }

        public void PrintDiagnostics(string path, IReadOnlyList<Diagnostic> diagnostics, DispatchSyntaxTree tree)
        {
            output.WriteLine();
            if (diagnostics.Count == 0)
            {
                output.WriteLine(ansi.Paint("No diagnostics.", Ansi.Dim));
                return;
            }
            output.WriteLine(ansi.Paint($"Diagnostics ({diagnostics.Count.ToString(CultureInfo.InvariantCulture)}):", Ansi.Bold));
            foreach (Diagnostic diagnostic in diagnostics)
            {
                ReportedDiagnostic reported = ReportedDiagnostic.From(diagnostic, tree.Text);
                string severity = diagnostic.Severity.ToName();
                string color = Ansi.ForSeverity(diagnostic.Severity);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{path}({reported.Line},{reported.Column}): {ansi.Paint(severity, color)} {diagnostic.Code}: {diagnostic.Message} {ansi.Paint(Span(diagnostic.Span.Start, diagnostic.Span.End), Ansi.Dim)}"));
            }
        }

        private void WriteChildren(SyntaxNode node, string indent)
        {
            var children = new List<SyntaxNodeOrToken>(node.ChildNodesAndTokens());
            for (int i = 0; i < children.Count; i++)
            {
                bool last = i == children.Count - 1;
                output.Write(ansi.Paint(indent + (last ? "└─ " : "├─ "), Ansi.Dim));
                string childIndent = indent + (last ? "   " : "│  ");
                SyntaxNodeOrToken child = children[i];
                if (child.AsNode is { } inner)
                {
                    output.Write(ansi.Paint(inner.Kind.ToString(), Ansi.BoldBlue));
                    if (inner.IsMissing) output.Write(" " + ansi.Paint("<missing>", Ansi.BoldRed));
                    output.Write(' ');
                    output.WriteLine(ansi.Paint(Span(inner.Span.Start, inner.Span.End), Ansi.Dim));
                    WriteChildren(inner, childIndent);
                }
                else
                {
                    WriteToken(child.AsToken, childIndent);
                }
            }
        }

        private void WriteToken(SyntaxToken token, string indent)
        {
            output.Write(ansi.Paint(token.Kind.ToString(), Ansi.Green));
            output.Write(' ');
            output.Write(ansi.Paint(Span(token.Span.Start, token.Span.End), Ansi.Dim));
            if (token.IsMissing) output.Write(" " + ansi.Paint("<missing>", Ansi.BoldRed));
            else if (token.Span.Length > 0 || token.Kind != SyntaxKind.EndOfFileToken) output.Write(" " + Quote(token.Text));
            output.WriteLine();
            foreach (SyntaxTrivia trivia in token.LeadingTrivia) WriteTrivia("leading", trivia, indent);
            foreach (SyntaxTrivia trivia in token.TrailingTrivia) WriteTrivia("trailing", trivia, indent);
        }

        private void WriteTrivia(string side, SyntaxTrivia trivia, string indent)
        {
            bool skipped = trivia.Kind == SyntaxKind.SkippedTextTrivia;
            output.Write(ansi.Paint(indent + "   " + side + " ", Ansi.Dim));
            output.Write(ansi.Paint(trivia.Kind.ToString(), skipped ? Ansi.BoldRed : Ansi.Magenta));
            output.Write(' ');
            output.Write(ansi.Paint(Span(trivia.Span.Start, trivia.Span.End), Ansi.Dim));
            output.Write(' ');
            output.WriteLine(skipped ? ansi.Paint(Quote(trivia.Text), Ansi.Red) : ansi.Paint(Quote(trivia.Text), Ansi.Dim));
        }

        private static string Span(int start, int end) =>
            string.Create(CultureInfo.InvariantCulture, $"[{start}..{end})");
    }

    /// <summary>Quotes text, escaping line breaks, controls and invisible or look-alike characters.</summary>
    public static string Quote(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 2);
        builder.Append('"');
        foreach (char c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (NeedsEscape(c)) builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else builder.Append(c);
                    break;
            }
        }
        return builder.Append('"').ToString();
    }

    private static bool NeedsEscape(char c) =>
        c < ' ' || c is >= '\u007F' and <= '\u00A0' || c is '\u1680' or '\u180E' or '\u202F' or '\u205F' or '\u3000' or '\uFEFF'
        || c is >= '\u2000' and <= '\u200F' || c is >= '\u2028' and <= '\u202E' || c is >= '\u2060' and <= '\u206F';
}
