using System.Globalization;
using System.Text;
using UtfUnknown;

namespace DispatchParser.Cli.Input;

/// <summary>
/// The encoding an input was decoded with, so that a rewrite (<c>format --write</c>, <c>check --fix</c>)
/// writes it back the same way. A byte-order mark is decoded into the text as U+FEFF and encoded back
/// from it, so it is kept without being remembered here.
/// </summary>
/// <param name="Detection">How <c>--encoding auto</c> came to it ("confidence 0.87"), or null when it was not detected.</param>
public sealed record TextEncoding(Encoding Encoding, string Name, string? Detection)
{
    public static TextEncoding Utf8 { get; } = new(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), "utf-8", null);

    public bool IsUtf8 => Encoding is UTF8Encoding;

    /// <summary>The bytes of <paramref name="text"/> (its U+FEFF, if any, becomes the byte-order mark again); null when a character has no byte in this encoding.</summary>
    public byte[]? GetBytes(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            return Encoding.GetBytes(text);
        }
        catch (EncoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>
    /// The Unicode encoding a byte-order mark names, or null. UTF-32 LE's mark begins with UTF-16 LE's
    /// (FF FE), so it is tried first. Invalid sequences decode as U+FFFD.
    /// </summary>
    public static TextEncoding? FromByteOrderMark(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00])) return new(new UTF32Encoding(bigEndian: false, byteOrderMark: false), "utf-32le", null);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF])) return new(new UTF32Encoding(bigEndian: true, byteOrderMark: false), "utf-32be", null);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return new(new UnicodeEncoding(bigEndian: false, byteOrderMark: false), "utf-16le", null);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return new(new UnicodeEncoding(bigEndian: true, byteOrderMark: false), "utf-16be", null);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return Utf8;
        return null;
    }

    /// <summary>
    /// What the charset detector (UTF.Unknown, a port of Mozilla's uchardet) takes the bytes for, or null
    /// when it names nothing .NET can decode. Only used for bytes that are not valid UTF-8.
    /// </summary>
    public static TextEncoding? Detect(ReadOnlySpan<byte> bytes)
    {
        DetectionDetail? detected = CharsetDetector.DetectFromBytes(bytes).Detected;
        if (detected?.EncodingName is not { Length: > 0 } name) return null;
        Encoding encoding;
        try
        {
            // Registered by InputEncoding; exception fallback on encoding so a rewrite never writes '?'.
            encoding = InputEncoding.CodePage(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
        if (encoding is UTF8Encoding) return null;
        string confidence = detected.Confidence.ToString("0.00", CultureInfo.InvariantCulture);
        return new TextEncoding(encoding, encoding.WebName, $"detected by --encoding auto, confidence {confidence}; the bytes are not valid UTF-8");
    }
}
