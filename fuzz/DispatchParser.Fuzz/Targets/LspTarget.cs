using System.Globalization;
using System.Text;
using System.Text.Json;
using DispatchParser.Analysis;
using DispatchParser.Diagnostics;
using DispatchParser.LanguageServer;
using DispatchParser.Syntax;
using static DispatchParser.Fuzz.Targets.Invariant;

namespace DispatchParser.Fuzz.Targets;

/// <summary>
/// The language server in process, started as <c>dispatch lsp</c> starts it (<see cref="LanguageServerHost"/>) and
/// driven in lockstep by <see cref="LspLockstep"/> (one message at a time, the server's work on the fuzzer's thread,
/// all of it finished when an execution returns), on a <see cref="LspScript"/>. Crashes: the server does not exit within <see cref="Timeout"/> after <c>exit</c> (a
/// hang); a frame it writes is not a JSON-RPC object; a response carries InternalError (-32603) or
/// StreamJsonRpc's invocation error (-32000: a handler threw); it logs a handler's exception; and, when the
/// script sent only well-formed frames of its own, a request goes unanswered, the exit code is not 0, or the
/// diagnostics published for a document whose text is known differ from a fresh parse of that text. Before
/// serving, every text of the script goes through <see cref="LspFuzzChecks"/> (the server's JSON round-trips it).
/// </summary>
internal sealed class LspTarget : IFuzzTarget
{
    public static TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    private static readonly LanguageServerOptions s_options = new() { DiagnosticsDelay = TimeSpan.Zero };

    public string Name => "lsp";

    public IReadOnlyList<string> InstrumentedAssemblies { get; } = ["DispatchParser.dll", "DispatchParser.LanguageServer.dll"];

    public void Run(ReadOnlySpan<byte> data, bool raw)
    {
        LspScript script = raw ? LspScript.Decode(LspScript.Seed(Encoding.UTF8.GetString(data), 0)) : LspScript.Decode(data);
        foreach (string text in script.Texts) LspFuzzChecks.Run(text);
        (int exitCode, byte[] written) = Serve(script);
        var answered = new HashSet<int>();
        var seen = new List<string>();
        var published = new Dictionary<(string Uri, int Version), List<string>>();
        foreach (JsonElement frame in Frames(written, complete: true))
        {
            Check(frame.ValueKind == JsonValueKind.Object && frame.TryGetProperty("jsonrpc", out JsonElement version) && version.GetString() == "2.0", "a frame is not a JSON-RPC 2.0 object: " + frame.GetRawText());
            if (frame.TryGetProperty("error", out JsonElement error) && error.TryGetProperty("code", out JsonElement code))
                Check(code.GetInt32() is not (-32603 or -32000), "a handler failed: " + frame.GetRawText());
            if (frame.TryGetProperty("id", out JsonElement id) && id.ValueKind == JsonValueKind.Number && !frame.TryGetProperty("method", out _))
                answered.Add(id.GetInt32());
            seen.Add(frame.TryGetProperty("method", out JsonElement name) ? name.GetString()! : "response " + (frame.TryGetProperty("id", out JsonElement i) ? i.GetRawText() : "?"));
            if (!frame.TryGetProperty("method", out JsonElement method)) continue;
            JsonElement parameters = frame.GetProperty("params");
            switch (method.GetString())
            {
                case "window/logMessage":
                    string message = parameters.GetProperty("message").GetString() ?? "";
                    // The handlers log their exceptions as "<method> failed…"; StreamJsonRpc's own trace ("JSON-RPC: …") reports
                    // the framing errors that raw input makes on purpose (a broken header closes the connection).
                    Check(!(parameters.GetProperty("type").GetInt32() == 1 && !message.StartsWith("JSON-RPC: ", StringComparison.Ordinal)
                            && message.Contains("failed", StringComparison.Ordinal) && message.Contains("Exception", StringComparison.Ordinal)),
                        "the server logged a handler's exception: " + message);
                    break;
                case "textDocument/publishDiagnostics" when parameters.TryGetProperty("version", out JsonElement published_version) && published_version.ValueKind == JsonValueKind.Number:
                    published[(parameters.GetProperty("uri").GetString()!, published_version.GetInt32())] =
                        [.. parameters.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("code").GetString()!)];
                    break;
            }
        }
        if (script.HasRawInput) return;
        Check(exitCode == 0, $"exit code {exitCode} after shutdown and exit");
        foreach (int request in script.RequestIds)
            Check(answered.Contains(request), $"request {request} got no response; the server wrote: {string.Join(", ", seen)}");
        if (script.ShutDownEarly) return;
        foreach ((string uri, (string text, int documentVersion)) in script.KnownTexts)
        {
            if (!published.TryGetValue((uri, documentVersion), out List<string>? codes)) continue;
            DispatchSyntaxTree tree = DispatchSyntaxTree.ParseText(text, ParseOptions.Default);
            string expected = string.Join(",", DispatchAnalyzer.GetAllDiagnostics(tree).Select(d => d.Code).Order(StringComparer.Ordinal));
            string actual = string.Join(",", codes.Order(StringComparer.Ordinal));
            Check(expected == actual, $"diagnostics published for {uri} version {documentVersion}: [{actual}], a fresh parse gives [{expected}]");
        }
    }

    public IEnumerable<byte[]> Seeds(string text, int index)
    {
        yield return LspScript.Seed(text, index);
        if (index == 0) yield return LspScript.LoneSurrogateSeed();
    }

    public string Describe(ReadOnlySpan<byte> data, bool raw)
    {
        LspScript script = raw ? LspScript.Decode(LspScript.Seed(Encoding.UTF8.GetString(data), 0)) : LspScript.Decode(data);
        return "frames: " + TestSupport.Escaping.Literal(Encoding.UTF8.GetString(script.Frames), 4000);
    }

    /// <summary>Runs the server on the script in lockstep (see <see cref="LspLockstep"/>); returns the exit code and what the server wrote.</summary>
    private static (int ExitCode, byte[] Written) Serve(LspScript script)
    {
        (int exitCode, byte[] written, _) = LspLockstep.Serve(script, s_options, Timeout);
        return (exitCode, written);
    }

    /// <summary>The server wrote the response to request <paramref name="id"/> (frames cut short at the end are left out).</summary>
    internal static bool Answered(byte[] written, int id) =>
        Frames(written, complete: false).Any(f => f.TryGetProperty("id", out JsonElement i) && i.ValueKind == JsonValueKind.Number && i.GetInt32() == id && !f.TryGetProperty("method", out _));

    /// <summary>The server's frames: each a Content-Length header block and a JSON body. Not <paramref name="complete"/>: a partial last frame is left out.</summary>
    private static List<JsonElement> Frames(byte[] bytes, bool complete)
    {
        var frames = new List<JsonElement>();
        int position = 0;
        while (position < bytes.Length)
        {
            int headerEnd = bytes.AsSpan(position).IndexOf("\r\n\r\n"u8);
            if (headerEnd < 0 && !complete) break;
            Check(headerEnd >= 0, "output ends inside a header");
            string header = Encoding.ASCII.GetString(bytes, position, headerEnd);
            int length = -1;
            foreach (string line in header.Split("\r\n"))
            {
                if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                    length = int.Parse(line["Content-Length:".Length..].Trim(), CultureInfo.InvariantCulture);
            }
            Check(length >= 0, "a frame without Content-Length: " + header);
            position += headerEnd + 4;
            if (position + length > bytes.Length && !complete) break;
            Check(position + length <= bytes.Length, "a frame longer than the output");
            try
            {
                using JsonDocument document = JsonDocument.Parse(bytes.AsMemory(position, length));
                frames.Add(document.RootElement.Clone());
            }
            catch (JsonException exception)
            {
                throw new InvariantViolationException("the server wrote invalid JSON: " + exception.Message);
            }
            position += length;
        }
        return frames;
    }
}
