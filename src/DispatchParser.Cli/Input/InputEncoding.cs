using System.Text;

namespace DispatchParser.Cli.Input;

/// <summary>
/// How the bytes of an input are to be decoded (<c>--encoding</c>, or <c>encoding</c> in dispatch.toml):
/// UTF-8 (the default), one of the single-byte code pages wire copy still comes in (Turkish and Arabic
/// Windows and ISO pages), or <c>auto</c> — UTF-8 when the bytes are valid UTF-8, otherwise the charset a
/// detector names. Whatever is chosen, a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE) wins: it
/// says how the file was written more surely than any option can.
/// </summary>
public sealed class InputEncoding
{
    static InputEncoding()
    {
        // The code pages are in the shared framework but not available until their provider is registered.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    private InputEncoding(string name, Encoding? fixedEncoding)
    {
        Name = name;
        Fixed = fixedEncoding;
    }

    /// <summary>The name as given on the command line or in dispatch.toml.</summary>
    public string Name { get; }

    /// <summary>The encoding to decode with, or null for <c>auto</c>.</summary>
    public Encoding? Fixed { get; }

    public bool IsAuto => Fixed is null;

    public bool IsUtf8 => Fixed is UTF8Encoding;

    public static InputEncoding Utf8 { get; } = new("utf-8", new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

    public static InputEncoding Auto { get; } = new("auto", null);

    /// <summary>The names <c>--encoding</c> and dispatch.toml accept.</summary>
    /// <remarks>iso-8859-1 (Latin-1) is what the Reuters-21578 .sgm files are written in.</remarks>
    public static IReadOnlyList<string> Names { get; } = ["utf-8", "windows-1254", "windows-1256", "iso-8859-9", "iso-8859-6", "iso-8859-1", "auto"];

    public static string NameList => string.Join("|", Names);

    /// <summary>The encoding called <paramref name="name"/> (case-insensitive), or null when it is not one of <see cref="Names"/>.</summary>
    public static InputEncoding? Parse(string? name)
    {
        string? known = Names.FirstOrDefault(candidate => string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase));
        return known switch
        {
            null => null,
            "utf-8" => Utf8,
            "auto" => Auto,
            _ => new InputEncoding(known, CodePage(known)),
        };
    }

    /// <summary>A code page that writes back exactly what it read: a character it cannot encode is an error, never a '?'.</summary>
    internal static Encoding CodePage(string name) =>
        Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ReplacementFallback);

    public override string ToString() => Name;
}
