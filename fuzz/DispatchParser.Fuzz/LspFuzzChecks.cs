using System.Buffers;
using System.Text;
using System.Text.Json;
using DispatchParser.Fuzz.Targets;
using DispatchParser.LanguageServer.Protocol;
using DispatchParser.LanguageServer.Rpc;

namespace DispatchParser.Fuzz;

/// <summary>
/// The language server's JSON on the input: the text inside didOpen and didChange messages comes back
/// exactly (lone surrogates, NUL and controls included; issue 18 item 2), and the input's bytes as a
/// message body are either accepted or refused as JSON-RPC says, never with any other exception.
/// </summary>
internal static class LspFuzzChecks
{
    public static void Run(string text)
    {
        string escaped = LosslessStringConverter.Escape(text);
        string open = $$$$"""{"textDocument":{"uri":"file:///fuzz","languageId":"dispatch","version":1,"text":{{{{escaped}}}}}}""";
        var opened = JsonSerializer.Deserialize<DidOpenTextDocumentParams>(open, LspMessageFormatter.SerializerOptions);
        Check(opened?.TextDocument.Text == text, "didOpen text does not round-trip through the server's JSON");

        string change = $$$$"""{"textDocument":{"uri":"file:///fuzz","version":2},"contentChanges":[{"range":{"start":{"line":0,"character":0},"end":{"line":0,"character":0}},"text":{{{{escaped}}}}}]}""";
        var changed = JsonSerializer.Deserialize<DidChangeTextDocumentParams>(change, LspMessageFormatter.SerializerOptions);
        Check(changed?.ContentChanges[0].Text == text, "didChange text does not round-trip through the server's JSON");

        string written = JsonSerializer.Serialize(new TextEdit(new LanguageServer.Protocol.Range(new Position(0, 0), new Position(0, 0)), text), LspMessageFormatter.SerializerOptions);
        Check(JsonSerializer.Deserialize<TextEdit>(written, LspMessageFormatter.SerializerOptions)?.NewText == text, "a TextEdit's text does not round-trip");

        try
        {
            LspMessageFormatter.Validate(new ReadOnlySequence<byte>(Encoding.UTF8.GetBytes(text)));
        }
        catch (InvalidMessageException)
        {
            // Refused as JSON-RPC prescribes: what most inputs are.
        }
    }

    private static void Check(bool condition, string what)
    {
        if (!condition) throw new InvariantViolationException("LSP JSON: " + what);
    }
}
