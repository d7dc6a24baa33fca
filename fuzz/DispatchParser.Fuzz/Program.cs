using System.Globalization;
using System.Text;
using DispatchParser.Fuzz;
using SharpFuzz;

// dotnet DispatchParser.Fuzz.dll                      AFL++ out-of-process target (fuzz/run.sh starts it)
// dotnet DispatchParser.Fuzz.dll replay [--raw] PATH… runs saved inputs (files or folders) in-process and reports failures
// dotnet DispatchParser.Fuzz.dll seeds FOLDER OUT     writes each *.txt under FOLDER to OUT with an input header
if (args.Length == 0)
{
    Fuzzer.OutOfProcess.Run(stream =>
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        FuzzTarget.Run(FuzzInput.Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
    });
    return 0;
}

switch (args[0])
{
    case "replay":
        return Replay(args.Skip(1).ToArray());
    case "seeds" when args.Length == 3:
        return Seeds(args[1], args[2]);
    default:
        Console.Error.WriteLine("usage: DispatchParser.Fuzz [replay [--raw] FILE|FOLDER…] | [seeds FOLDER OUT]");
        return 2;
}

static int Replay(string[] arguments)
{
    bool raw = arguments.Contains("--raw");
    var files = new List<string>();
    foreach (string path in arguments.Where(a => a != "--raw"))
    {
        if (Directory.Exists(path))
            files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Where(f => !Path.GetFileName(f).StartsWith("README", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        else if (File.Exists(path))
            files.Add(path);
        else
        {
            Console.Error.WriteLine($"not found: {path}");
            return 2;
        }
    }
    int failures = 0;
    if (Environment.GetEnvironmentVariable("DISPATCH_FUZZ_GRAMMAR_LIMIT") is null) FuzzTarget.GrammarLimit = int.MaxValue;
    var stopwatch = System.Diagnostics.Stopwatch.StartNew();
    foreach (string file in files)
    {
        FuzzInput input = FuzzInput.Decode(File.ReadAllBytes(file), raw);
        try
        {
            FuzzTarget.Run(input);
        }
        catch (Exception exception)
        {
            failures++;
            Console.WriteLine($"FAIL {file}");
            Console.WriteLine($"  text:   {Literal(input.Text)}");
            Console.WriteLine($"  edit:   {input.Mode} at {input.Position} delete {input.DeleteLength} insert {Literal(input.Insert)}");
            Console.WriteLine($"  {exception.GetType().Name}: {exception.Message}");
        }
    }
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{files.Count} inputs replayed in {stopwatch.Elapsed.TotalSeconds:0.00} s, {failures} failed"));
    return failures == 0 ? 0 : 1;
}

static int Seeds(string folder, string output)
{
    Directory.CreateDirectory(output);
    int count = 0;
    foreach (string file in Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
    {
        byte[] text = File.ReadAllBytes(file);
        // Alternate edit modes and positions over the seeds, so that every mode is in the starting corpus.
        var mode = (EditMode)(count % 3);
        byte[] header = FuzzInput.Header(mode, position: 7 * count + 16, insertLength: count % 3, deleteRoot: count % 4);
        File.WriteAllBytes(Path.Combine(output, Path.GetFileName(file)), [.. header, .. text]);
        count++;
    }
    Console.WriteLine($"{count} seeds written to {output}");
    return 0;
}

static string Literal(string text)
{
    var builder = new StringBuilder("\"");
    foreach (char c in text)
    {
        builder.Append(c switch
        {
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            '"' => "\\\"",
            '\\' => "\\\\",
            _ when char.IsControl(c) || char.IsSurrogate(c) || c == '\uFEFF' || (c >= '\u2000' && c <= '\u206F') || c == '\u00A0'
                => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
            _ => c.ToString(),
        });
    }
    return builder.Append('"').ToString();
}
