using System.CommandLine;
using System.Text;
using System.Text.Json;
using DispatchParser.Cli;
using DispatchParser.TestSupport;
using static DispatchParser.Fuzz.Targets.Invariant;

namespace DispatchParser.Fuzz.Targets;

/// <summary>
/// The <c>dispatch</c> command in process, through <see cref="CliApp.Run"/> (the entry point the executable
/// calls), on an argument vector and standard input decoded from the input (<see cref="Decode"/>), in a
/// sandbox folder of its own that holds a few dispatches. Crashes: an exception out of <see cref="CliApp.Run"/>
/// (the executable would print "internal error"), an exit code other than 0, 1 or 2, exit code 2 without a
/// line on standard error, and JSON output (<c>--format json|sarif|ninjs</c>, <c>jsonl</c>) that is not JSON.
/// </summary>
internal sealed class CliTarget : IFuzzTarget
{
    /// <summary>Commands that serve or write without bound (a language server on stdin, a web server, generation): never run.</summary>
    private static readonly HashSet<string> s_excluded = new(StringComparer.Ordinal) { "lsp", "serve", "generate" };

    /// <summary>Words a control byte selects: every command and option name the CLI defines, and values and paths that mean something here.</summary>
    private static readonly Lazy<string[]> s_vocabulary = new(BuildVocabulary);

    private static string? s_sandbox;

    public string Name => "cli";

    public IReadOnlyList<string> InstrumentedAssemblies { get; } = ["DispatchParser.dll", "dispatch.dll"];

    /// <summary>
    /// Argument bytes, then optionally 0x1E and standard input. Arguments are split at 0x00; an argument whose
    /// first byte is below 0x20 is a word of the vocabulary (its second byte, else its first, modulo the
    /// vocabulary's size); any other is literal UTF-8, kept inside the sandbox (no leading <c>/</c> or <c>~</c>,
    /// no <c>..</c>).
    /// </summary>
    public static (string[] Arguments, byte[] Stdin) Decode(ReadOnlySpan<byte> data)
    {
        int separator = data.IndexOf((byte)0x1E);
        ReadOnlySpan<byte> arguments = separator < 0 ? data : data[..separator];
        byte[] stdin = separator < 0 ? [] : data[(separator + 1)..].ToArray();
        var words = new List<string>();
        foreach (Range range in arguments.Split((byte)0))
        {
            ReadOnlySpan<byte> token = arguments[range];
            if (token.Length == 0 || words.Count >= 24) continue;
            string[] vocabulary = s_vocabulary.Value;
            string word = token[0] < 0x20
                ? vocabulary[(token.Length > 1 ? token[1] : token[0]) % vocabulary.Length]
                : InsideSandbox(Encoding.UTF8.GetString(token));
            words.Add(word);
        }
        int command = words.FindIndex(w => !w.StartsWith('-'));
        if (command >= 0 && s_excluded.Contains(words[command])) words[command] = "check";
        return ([.. words], stdin);
    }

    private static string InsideSandbox(string word)
    {
        word = word.Replace("..", "_", StringComparison.Ordinal).Replace('\\', '_');
        return word.TrimStart('/', '~');
    }

    public void Run(ReadOnlySpan<byte> data, bool raw)
    {
        (string[] arguments, byte[] stdin) = raw ? (["check", "-"], data.ToArray()) : Decode(data);
        PrepareSandbox(stdin);
        var output = new MemoryStream();
        using var error = new StringWriter();
        var console = new CliConsole(output, error, () => new MemoryStream(stdin, writable: false), outputIsTerminal: false, errorIsTerminal: false);
        int exitCode;
        try
        {
            exitCode = CliApp.Run(arguments, console);
        }
        catch (Exception exception) when (exception is not InvariantViolationException)
        {
            throw new InvariantViolationException($"dispatch {string.Join(' ', arguments.Select(a => Escaping.Literal(a)))} threw {exception}");
        }
        string command = string.Join(' ', arguments.Select(a => Escaping.Literal(a)));
        Check(exitCode is 0 or 1 or 2, $"dispatch {command} exited with {exitCode}");
        string errors = error.ToString();
        Check(exitCode != 2 || errors.Length > 0, $"dispatch {command} exited with 2 and said nothing on standard error");
        string stdout = Encoding.UTF8.GetString(output.ToArray());
        // Help (System.CommandLine also takes bundled forms such as -?0) and the version are text, whatever the format.
        if (exitCode == 2 || stdout.StartsWith("Description:", StringComparison.Ordinal) || arguments.Contains("--version")) return;
        string? verb = arguments.FirstOrDefault(a => !a.StartsWith('-'));
        int format = Array.IndexOf(arguments, "--format");
        string? formatValue = format >= 0 && format + 1 < arguments.Length ? arguments[format + 1] : null;
        if (verb == "check" && formatValue is "json" or "sarif")
            CheckJson(stdout, command);
        // export: one document for one file, JSON Lines (one value per line) for several.
        if (verb == "export" && stdout.Length > 0)
        {
            string[] values = stdout.StartsWith("{\n", StringComparison.Ordinal) ? [stdout] : stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            foreach (string value in values) CheckJson(value, command);
        }
        if (verb == "jsonl")
        {
            foreach (string line in stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries))
                CheckJson(line, command);
            // Every input line gets its output line, in order, whatever it holds (a bad line gets an error record):
            // checked where the input is standard input and no option changes what is read.
            if (arguments is ["jsonl"] or ["jsonl", "-"])
            {
                int lines = stdin.Count((byte)'\n') + (stdin.Length > 0 && stdin[^1] != (byte)'\n' ? 1 : 0);
                int written = stdout.Count('\n');
                Check(written == lines, $"dispatch {command} wrote {written} lines for {lines} input lines");
            }
        }
    }

    private static void CheckJson(string text, string command)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
        }
        catch (JsonException exception)
        {
            throw new InvariantViolationException($"dispatch {command} wrote invalid JSON ({exception.Message}): {Escaping.Literal(text, 400)}");
        }
    }

    public IEnumerable<byte[]> Seeds(string text, int index)
    {
        byte[] stdin = Encoding.UTF8.GetBytes(text);
        string[][] commands =
        [
            ["check", "-"], ["check", "--format", "json", "-"], ["check", "--format", "sarif", "--profile", "strict", "-", "a.txt"],
            ["tree", "-"], ["export", "-"], ["export", "--format", "ninjs", "-"], ["format", "-"], ["format", "--check", "b.txt", "sub"],
            ["jsonl", "-"],
        ];
        string[] chosen = commands[index % commands.Length];
        if (chosen[0] == "jsonl") stdin = Encoding.UTF8.GetBytes(JsonLines(text, index));
        yield return [.. Encoding.UTF8.GetBytes(string.Join('\0', chosen)), 0x1E, .. stdin];
    }

    /// <summary>
    /// JSON Lines for <c>jsonl</c> seeds: the dispatch as a record, then lines a crawl really holds — a lone surrogate
    /// escaped in a text (<c>\ud800</c>) and in a field name, a line that is not JSON, an empty line.
    /// </summary>
    private static string JsonLines(string text, int index) =>
        $$"""{"id":{{index}},"text":{{JsonSerializer.Serialize(text, s_relaxed)}}}""" + "\n" +
        """{"id":2,"text":"a \ud800 b"}""" + "\n" + """{"id":3,"te\udc00xt":"ok"}""" + "\nnot json\n\n" + """{"id":4,"text":"\udc00\ud800"}""" + "\n";

    private static readonly JsonSerializerOptions s_relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Describe(ReadOnlySpan<byte> data, bool raw)
    {
        (string[] arguments, byte[] stdin) = raw ? (["check", "-"], data.ToArray()) : Decode(data);
        return $"dispatch {string.Join(' ', arguments.Select(a => Escaping.Literal(a)))} < {Escaping.Literal(Encoding.UTF8.GetString(stdin), 400)}";
    }

    /// <summary>A folder of our own, made the working directory: the inputs' files are restored before every run.</summary>
    private static void PrepareSandbox(byte[] stdin)
    {
        if (s_sandbox is null)
        {
            s_sandbox = Path.Combine(Path.GetTempPath(), $"dispatch-fuzz-cli-{Environment.ProcessId}");
            Directory.CreateDirectory(Path.Combine(s_sandbox, "sub"));
            File.WriteAllBytes(Path.Combine(s_sandbox, "empty.txt"), []);
            File.WriteAllBytes(Path.Combine(s_sandbox, "bin.dat"), [0, 1, 2, 0xFF, 0xFE, 0]);
            File.WriteAllText(Path.Combine(s_sandbox, "crawl.jsonl"), "{\"id\":1,\"text\":\"Başlık\\n\\nANKARA (AA) - Metin.\\nYASAL UYARI: Tüm hakları saklıdır.\"}\nnot json\n{\"id\":2,\"text\":\"a \\ud800 b\"}\n");
            Environment.CurrentDirectory = s_sandbox;
        }
        File.WriteAllText(Path.Combine(s_sandbox, "a.txt"), SampleDispatch);
        File.WriteAllBytes(Path.Combine(s_sandbox, "b.txt"), stdin);
        File.WriteAllBytes(Path.Combine(s_sandbox, "sub", "c.txt"), stdin);
    }

    private const string SampleDispatch =
        "Kütüphane haftası başladı\n\nANKARA (AA) - Etkinliklere öğrenciler yoğun ilgi gösterdi.\nProgram hafta boyunca sürecek.\nYASAL UYARI: Tüm hakları saklıdır.\nVan'da yol bakım çalışmaları tamamlandı.";

    private static string[] BuildVocabulary()
    {
        var words = new SortedSet<string>(StringComparer.Ordinal)
        {
            "--help", "--version", "--", "-", "json", "ninjs", "sarif", "text", "strict", "standard", "lenient",
            "lf", "crlf", "cr", "always", "never", "auto", "0", "1", "-1", "2", "64", "2147483648", "id",
            "a.txt", "b.txt", "sub", "sub/c.txt", "missing.txt", "**/*.txt", "sub/*.txt", "empty.txt", "bin.dat", "crawl.jsonl", ".",
        };
        using var error = new StringWriter();
        var console = new CliConsole(Stream.Null, error, () => Stream.Null, false, false);
        foreach (ICliCommand definition in CliApp.DiscoverCommands())
        {
            Command command = definition.Create(console);
            if (s_excluded.Contains(command.Name)) continue;
            words.Add(command.Name);
            foreach (Option option in command.Options)
            {
                words.Add(option.Name);
                foreach (string alias in option.Aliases) words.Add(alias);
            }
        }
        return [.. words];
    }
}
