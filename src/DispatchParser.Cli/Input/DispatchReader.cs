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

    /// <summary>One DSP0301 diagnostic per invalid sequence (at most <see cref="DispatchReader.MaxReportedSequences"/>).</summary>
    public IReadOnlyList<Diagnostic> GetDecodingDiagnostics(ParseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (InvalidSequences.Count == 0) return [];
        DiagnosticDescriptor descriptor = DiagnosticCodes.InvalidUtf8;
        DiagnosticSeverity severity = options.SeverityOf(descriptor);
        if (severity == DiagnosticSeverity.Hidden) return [];
        var diagnostics = new List<Diagnostic>(InvalidSequences.Count);
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
/// Reads dispatches as bytes and decodes them as UTF-8, byte-order mark kept (the parser treats it as
/// trivia). Turns every way a file can fail into a one-line problem: missing, unreadable, a folder,
/// too large, binary (a NUL byte in the first 8 KB). Invalid UTF-8 is decoded with U+FFFD and each
/// invalid sequence remembered with its byte offset.
/// </summary>
public static class DispatchReader
{
    public const long DefaultMaxBytes = 64L * 1024 * 1024;
    public const int BinaryProbeLength = 8192;
    public const int MaxReportedSequences = 100;

    public static DispatchText Read(InputSource input, long maxBytes, Func<Stream> openStandardInput)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(openStandardInput);
        if (input.Problem is not null) return Failed(input.Problem);
        try
        {
            byte[] bytes;
            if (input.IsStandardInput)
            {
                using Stream stream = openStandardInput();
                byte[]? read = ReadAtMost(stream, maxBytes);
                if (read is null) return Failed(TooLarge(null, maxBytes));
                bytes = read;
            }
            else
            {
                var info = new FileInfo(input.FilePath!);
                if (Directory.Exists(input.FilePath)) return Failed("is a folder, not a file");
                if (!info.Exists) return Failed("file not found");
                if (info.Length > maxBytes) return Failed(TooLarge(info.Length, maxBytes));
                bytes = File.ReadAllBytes(input.FilePath!);
                if (bytes.LongLength > maxBytes) return Failed(TooLarge(bytes.LongLength, maxBytes));
            }
            return Decode(bytes);
        }
        catch (FileNotFoundException)
        {
            return Failed("file not found");
        }
        catch (DirectoryNotFoundException)
        {
            return Failed("file not found");
        }
        catch (UnauthorizedAccessException)
        {
            return Failed("permission denied");
        }
        catch (IOException exception)
        {
            return Failed("cannot read: " + exception.Message);
        }
    }

    /// <summary>Decodes bytes that were read: a binary file is a problem, invalid UTF-8 is replaced and remembered.</summary>
    public static DispatchText Decode(ReadOnlySpan<byte> bytes)
    {
        int nul = bytes[..Math.Min(bytes.Length, BinaryProbeLength)].IndexOf((byte)0);
        if (nul >= 0) return Failed($"binary file (NUL byte at offset {nul.ToString(CultureInfo.InvariantCulture)}), not a dispatch");
        if (Utf8.IsValid(bytes)) return new DispatchText(Encoding.UTF8.GetString(bytes), [], null);

        var sequences = new List<InvalidUtf8Sequence>();
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
                if (sequences.Count < MaxReportedSequences) sequences.Add(new InvalidUtf8Sequence(consumed, written));
                buffer[written++] = '\uFFFD';
                consumed += Math.Max(invalidLength, 1);
            }
            return new DispatchText(new string(buffer, 0, written), sequences, null);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>The stream's bytes, or null when there are more than <paramref name="maxBytes"/>.</summary>
    public static byte[]? ReadAtMost(Stream stream, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var memory = new MemoryStream();
        byte[] chunk = ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (memory.Length + read > maxBytes) return null;
                memory.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        return memory.ToArray();
    }

    private static DispatchText Failed(string problem) => new(null, [], problem);

    private static string TooLarge(long? length, long maxBytes)
    {
        string limit = Megabytes(maxBytes);
        return length is { } bytes
            ? $"file too large ({Megabytes(bytes)}; the limit is {limit}, see --max-file-size)"
            : $"input too large (over {limit}; see --max-file-size)";
    }

    private static string Megabytes(long bytes) =>
        (bytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture) + " MB";
}
