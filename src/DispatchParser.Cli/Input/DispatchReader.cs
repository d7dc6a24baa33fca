using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using DispatchParser.Diagnostics;
using DispatchParser.Text;

namespace DispatchParser.Cli.Input;

/// <summary>A dispatch's text as read from its bytes, or why it could not be read.</summary>
public sealed record DispatchText(string? Text, IReadOnlyList<InvalidUtf8Sequence> InvalidSequences, string? Problem)
{
    public bool IsValidUtf8 => InvalidSequences.Count == 0;

    /// <summary>How the bytes were decoded (UTF-8 unless a byte-order mark or <c>--encoding</c> said otherwise).</summary>
    public TextEncoding Encoding { get; init; } = TextEncoding.Utf8;

    /// <summary>
    /// One DSP0301 diagnostic per invalid sequence (at most <see cref="DispatchReader.MaxReportedSequences"/>),
    /// and DSP0302 at 1:1 when <c>--encoding auto</c> chose a code page.
    /// </summary>
    public IReadOnlyList<Diagnostic> GetDecodingDiagnostics(ParseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var diagnostics = new List<Diagnostic>(InvalidSequences.Count + 1);
        if (Encoding.Detection is { } detection && options.SeverityOf(DiagnosticCodes.EncodingDetected) is var detected and not DiagnosticSeverity.Hidden)
        {
            string text = string.Format(CultureInfo.InvariantCulture, DiagnosticCodes.EncodingDetected.MessageFormat, Encoding.Name, detection);
            diagnostics.Add(new Diagnostic(DiagnosticCodes.EncodingDetected, detected, new TextSpan(0, 0), text));
        }
        if (InvalidSequences.Count == 0) return diagnostics;
        DiagnosticDescriptor descriptor = DiagnosticCodes.InvalidUtf8;
        DiagnosticSeverity severity = options.SeverityOf(descriptor);
        if (severity == DiagnosticSeverity.Hidden) return diagnostics;
        foreach (InvalidUtf8Sequence sequence in InvalidSequences)
        {
            string message = string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, sequence.ByteOffset);
            diagnostics.Add(new Diagnostic(descriptor, severity, new TextSpan(sequence.CharPosition, 1), message));
        }
        return diagnostics;
    }
}

/// <summary>An invalid UTF-8 sequence: where it was in the bytes, and where its U+FFFD is in the text.</summary>
public readonly record struct InvalidUtf8Sequence(long ByteOffset, int CharPosition);

/// <summary>
/// Reads dispatches as bytes and decodes them as UTF-8 — or UTF-16/UTF-32 when a byte-order mark says
/// so, or the code page of <see cref="InputEncoding"/> — byte-order mark kept as U+FEFF (the parser
/// treats it as trivia, and writing the text back in the same encoding writes the mark again). Turns every way a file can fail into a one-line problem: missing, unreadable, a folder,
/// too large, binary (a NUL byte in the first 8 KB), a FIFO or device found in a folder. Every input is
/// read through the size-limited reader, so a device such as /dev/zero stops at the limit; a FIFO or
/// device named on the command line is read like standard input. Invalid UTF-8 is decoded with U+FFFD
/// and each invalid sequence remembered with its byte offset.
/// </summary>
public static class DispatchReader
{
    public const long DefaultMaxBytes = 64L * 1024 * 1024;
    public const int BinaryProbeLength = 8192;
    public const int MaxReportedSequences = 100;

    /// <summary>
    /// The largest input accepted, in megabytes: a .NET string holds at most 1,073,741,791 UTF-16 chars,
    /// and UTF-8 never decodes to more chars than it has bytes, so 1023 MB always fits in one string.
    /// </summary>
    public const int MaxMegabytes = 1023;

    public static DispatchText Read(InputSource input, long maxBytes, Func<Stream> openStandardInput) =>
        Read(input, maxBytes, openStandardInput, InputEncoding.Utf8);

    public static DispatchText Read(InputSource input, long maxBytes, Func<Stream> openStandardInput, InputEncoding encoding)
    {
        ArgumentNullException.ThrowIfNull(encoding);
        ArgumentNullException.ThrowIfNull(input);
        if (TryReadRegular(input, maxBytes, out RentedBytes rented))
        {
            using (rented) return Decode(rented.Span, encoding);
        }
        (byte[]? bytes, string? problem) = ReadBytes(input, maxBytes, openStandardInput);
        return bytes is null ? Failed(problem!) : Decode(bytes, encoding);
    }

    /// <summary>A regular file read by <see cref="RegularFileReader"/>; false for every other input and every failure.</summary>
    private static bool TryReadRegular(InputSource input, long maxBytes, out RentedBytes bytes)
    {
        bytes = default;
        if (input.Problem is not null || input.IsStandardInput || input.FilePath is not { } path) return false;
        try
        {
            return RegularFileReader.TryRead(path, statFirst: !input.IsFound, maxBytes, out bytes);
        }
        catch (OutOfMemoryException)
        {
            return false; // the general path reports it
        }
    }

    /// <summary>The input's bytes, or the one-line problem that kept them from being read.</summary>
    public static (byte[]? Bytes, string? Problem) ReadBytes(InputSource input, long maxBytes, Func<Stream> openStandardInput)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(openStandardInput);
        if (input.Problem is not null) return Problem(input.Problem);
        try
        {
            byte[]? bytes;
            if (input.IsStandardInput)
            {
                using Stream stream = openStandardInput();
                bytes = ReadAtMost(stream, maxBytes);
                if (bytes is null) return Problem(TooLarge(null, maxBytes));
            }
            else
            {
                string path = input.FilePath!;
                FileKind kind = FileKinds.Of(path);
                switch (kind)
                {
                    case FileKind.Missing: return Problem("file not found");
                    case FileKind.Folder: return Problem("is a folder, not a file");
                    case FileKind.Socket: return Problem("is a socket, not a file");
                    case FileKind.Regular: break;
                    default:
                        // Opening a FIFO waits for a writer and a device may never end: only a named one is read.
                        if (input.IsFound) return Problem($"not a regular file but {FileKinds.Describe(kind)}; skipped");
                        break;
                }
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 0);
                long length = kind == FileKind.Regular ? stream.Length : 0;
                if (length > maxBytes) return Problem(TooLarge(length, maxBytes));
                bytes = ReadAtMost(stream, maxBytes, length);
                if (bytes is null) return Problem(TooLarge(kind == FileKind.Regular ? new FileInfo(path).Length : null, maxBytes));
            }
            return (bytes, null);
        }
        catch (FileNotFoundException)
        {
            return Problem("file not found");
        }
        catch (DirectoryNotFoundException)
        {
            return Problem("file not found");
        }
        catch (UnauthorizedAccessException)
        {
            return Problem("permission denied");
        }
        catch (IOException exception)
        {
            return Problem("cannot read: " + exception.Message);
        }
        catch (OutOfMemoryException)
        {
            // The bytes, their text and its tree must fit in memory together; one input too many is an input problem.
            return Problem("too large to hold in memory; lower --max-file-size or split the input");
        }
    }

    private static (byte[]?, string?) Problem(string problem) => (null, problem);

    /// <summary>Decodes bytes that were read: a binary file is a problem, invalid UTF-8 is replaced and remembered.</summary>
    public static DispatchText Decode(ReadOnlySpan<byte> bytes) => DecodeUtf8(bytes);

    /// <summary>
    /// Decodes bytes in <paramref name="encoding"/>: a byte-order mark wins (UTF-16 and UTF-32 are only
    /// read with one: without it their NUL bytes make the file binary); <c>auto</c> keeps valid UTF-8 and
    /// otherwise asks the detector (<see cref="TextEncoding.Detect"/>).
    /// </summary>
    public static DispatchText Decode(ReadOnlySpan<byte> bytes, InputEncoding encoding)
    {
        ArgumentNullException.ThrowIfNull(encoding);
        if (TextEncoding.FromByteOrderMark(bytes) is { } marked)
            return marked.IsUtf8 ? DecodeUtf8(bytes) : new DispatchText(marked.Encoding.GetString(bytes), [], null) { Encoding = marked };
        if (encoding.IsUtf8) return DecodeUtf8(bytes);
        if (Binary(bytes) is { } binary) return Failed(binary);
        TextEncoding chosen;
        if (encoding.IsAuto)
        {
            if (Utf8.IsValid(bytes)) return new DispatchText(System.Text.Encoding.UTF8.GetString(bytes), [], null);
            // Undetected: UTF-8 with every invalid sequence reported, as without --encoding.
            if (TextEncoding.Detect(bytes) is not { } detected) return DecodeUtf8(bytes);
            chosen = detected;
        }
        else
        {
            chosen = new TextEncoding(encoding.Fixed!, encoding.Name, null);
        }
        return new DispatchText(chosen.Encoding.GetString(bytes), [], null) { Encoding = chosen };
    }

    private static string? Binary(ReadOnlySpan<byte> bytes)
    {
        int nul = bytes[..Math.Min(bytes.Length, BinaryProbeLength)].IndexOf((byte)0);
        return nul >= 0 ? $"binary file (NUL byte at offset {nul.ToString(CultureInfo.InvariantCulture)}), not a dispatch" : null;
    }

    private static DispatchText DecodeUtf8(ReadOnlySpan<byte> bytes)
    {
        if (Binary(bytes) is { } binary) return Failed(binary);

        // One pass over valid UTF-8 (transcoding into a pooled buffer, then one copy into the string):
        // validating first and then decoding with Encoding.UTF8 went over the bytes three times.
        List<InvalidUtf8Sequence>? sequences = null;
        char[] buffer = ArrayPool<char>.Shared.Rent(Math.Max(bytes.Length, 1));
        try
        {
            int consumed = 0;
            int written = 0;
            while (true)
            {
                OperationStatus status = Utf8.ToUtf16(bytes[consumed..], buffer.AsSpan(written), out int read, out int wrote,
                    replaceInvalidSequences: false, isFinalBlock: true);
                consumed += read;
                written += wrote;
                if (status == OperationStatus.Done) break;
                // InvalidData: one U+FFFD for the maximal invalid subsequence, as the replacing decoder does.
                Rune.DecodeFromUtf8(bytes[consumed..], out _, out int invalidLength);
                sequences ??= [];
                if (sequences.Count < MaxReportedSequences) sequences.Add(new InvalidUtf8Sequence(consumed, written));
                buffer[written++] = '\uFFFD';
                consumed += Math.Max(invalidLength, 1);
            }
            return new DispatchText(new string(buffer, 0, written), (IReadOnlyList<InvalidUtf8Sequence>?)sequences ?? [], null);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// The stream's bytes, or null as soon as there are more than <paramref name="maxBytes"/> (reading
    /// stops there, so an endless device costs at most the limit). <paramref name="expectedLength"/>, when
    /// known, sizes the buffer once.
    /// </summary>
    public static byte[]? ReadAtMost(Stream stream, long maxBytes, long expectedLength = 0)
    {
        ArgumentNullException.ThrowIfNull(stream);
        byte[] buffer = new byte[expectedLength > 0 ? expectedLength : Math.Min(maxBytes, 1 << 16)];
        long total = 0;
        while (true)
        {
            if (total == buffer.LongLength)
            {
                if (total > maxBytes) return null;
                // Full: one more byte tells the end from more to come without growing for nothing.
                int next = stream.ReadByte();
                if (next < 0) return buffer;
                if (total + 1 > maxBytes) return null;
                long grown = Math.Min(Math.Max(buffer.LongLength * 2, 1 << 16), maxBytes + 1);
                Array.Resize(ref buffer, (int)Math.Min(grown, Array.MaxLength));
                buffer[total++] = (byte)next;
                continue;
            }
            int read = stream.Read(buffer, (int)total, (int)(buffer.LongLength - total));
            if (read == 0) break;
            total += read;
        }
        if (total > maxBytes) return null;
        if (total != buffer.LongLength) Array.Resize(ref buffer, (int)total);
        return buffer;
    }

    private static DispatchText Failed(string problem) => new(null, [], problem);

    /// <summary>"file too large (1,048,577 bytes; the limit is 1,048,576 bytes = 1 MB, see --max-file-size)": exact sizes.</summary>
    private static string TooLarge(long? length, long maxBytes)
    {
        string limit = Limit(maxBytes);
        return length is { } bytes
            ? $"file too large ({Bytes(bytes)}; the limit is {limit}, see --max-file-size)"
            : $"input too large (over {limit}; see --max-file-size)";
    }

    /// <summary>"1,048,576 bytes = 1 MB": a size limit, exact and readable.</summary>
    internal static string Limit(long maxBytes) => Bytes(maxBytes) + " = " + Megabytes(maxBytes);

    internal static string Bytes(long bytes) => bytes.ToString("#,0", CultureInfo.InvariantCulture) + (bytes == 1 ? " byte" : " bytes");

    private static string Megabytes(long bytes) =>
        (bytes / (1024.0 * 1024.0)).ToString("0.###", CultureInfo.InvariantCulture) + " MB";
}
