using System.Text;
using DispatchParser.Grammar;

namespace DispatchParser.Cli;

/// <summary>
/// <c>dispatch lsp</c> runs the language server on stdin/stdout (<see cref="LspCommand"/>).
/// <c>dispatch check FILE…</c>: checks each file with the parser generated from the grammar and
/// prints its errors as <c>path(line,col): error: message</c> (1-based). Exit code 0 when every
/// file is well-formed, 1 when any has an error, 2 for a missing file or bad usage.
/// </summary>
internal static class Program
{
    private const int ExitOk = 0;
    private const int ExitErrors = 1;
    private const int ExitUsage = 2;

    private static int Main(string[] args)
    {
        if (args is [LspCommand.Name])
        {
            return LspCommand.Run();
        }

        if (args.Length < 2 || args[0] != "check")
        {
            Console.Error.WriteLine("usage: dispatch check FILE...\n       dispatch lsp");
            return ExitUsage;
        }

        var exitCode = ExitOk;
        foreach (var path in args.Skip(1))
        {
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"{path}: error: file not found");
                exitCode = ExitUsage;
                continue;
            }

            // Decode the bytes as they are: File.ReadAllText would drop a byte-order mark.
            var text = Encoding.UTF8.GetString(File.ReadAllBytes(path));
            var result = DispatchGrammar.Parse(text);
            foreach (var error in result.Errors)
            {
                var (line, column) = LinePosition(text, error.Offset);
                Console.WriteLine($"{path}({line},{column}): error: {error.Message}");
            }

            if (!result.IsWellFormed && exitCode == ExitOk)
            {
                exitCode = ExitErrors;
            }
        }

        return exitCode;
    }

    /// <summary>1-based line and column (UTF-16 code units) of an offset; CR LF, CR and LF end lines.</summary>
    private static (int Line, int Column) LinePosition(string text, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset && i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }
}
