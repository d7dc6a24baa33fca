using System.Buffers;

namespace DispatchParser.Cli.Jsonl;

/// <summary>
/// The lines of a byte stream as JSON Lines defines them: ended by LF (a CR before it is dropped; a lone
/// CR does not end a line), a UTF-8 byte-order mark at the start dropped. Works on bytes in one pooled
/// buffer: LF never occurs inside a UTF-8 sequence, so nothing is decoded here. A line longer than the
/// limit is reported as soon as the limit is passed, before its end is read — a line that never ends
/// (<c>/dev/zero</c>) still gets its output line at once — and its rest is skipped up to its LF on the
/// next call, so memory stays bounded whatever the input.
/// </summary>
internal sealed class JsonLineReader : IDisposable
{
    private readonly Stream _stream;
    private readonly int _maxLineBytes;
    private readonly Action? _beforeRead;
    private byte[] _buffer;
    private int _start;
    private int _scanned;
    private int _end;
    private bool _endOfStream;
    private bool _atStart = true;
    private bool _skipRestOfLine; // an over-long line was returned: the next call first drops it up to its LF

    /// <param name="beforeRead">Called before each read of the stream, which may wait: the moment to flush output.</param>
    public JsonLineReader(Stream stream, int maxLineBytes, Action? beforeRead = null)
    {
        _stream = stream;
        _maxLineBytes = maxLineBytes;
        _beforeRead = beforeRead;
        _buffer = ArrayPool<byte>.Shared.Rent(Math.Min(1 << 16, maxLineBytes + 1));
    }

    /// <summary>
    /// The next line (valid until the next call), or false at the end. A line over the limit comes back
    /// empty with <paramref name="skippedLength"/> set to the bytes of it read so far (more than the limit).
    /// </summary>
    public bool TryReadLine(out ReadOnlySpan<byte> line, out long skippedLength)
    {
        skippedLength = 0;
        if (_skipRestOfLine) SkipRestOfLine();
        while (true)
        {
            int newline = _buffer.AsSpan(_scanned, _end - _scanned).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                int end = _scanned + newline;
                line = Trim(_buffer.AsSpan(_start, end - _start));
                if (line.Length > _maxLineBytes)
                {
                    skippedLength = line.Length;
                    line = default;
                }
                _start = _scanned = end + 1;
                return true;
            }
            _scanned = _end;
            if (_endOfStream)
            {
                line = Trim(_buffer.AsSpan(_start, _end - _start));
                bool any = _end > _start;
                _start = _scanned = _end;
                return any;
            }
            if (_end - _start > _maxLineBytes)
            {
                line = default;
                skippedLength = _end - _start;
                _atStart = false;
                _start = _scanned = _end = 0;
                _skipRestOfLine = true;
                return true;
            }
            Fill();
        }
    }

    /// <summary>Whether the next <see cref="TryReadLine"/> returns without reading the stream (so without waiting).</summary>
    public bool HasLineBuffered => _endOfStream || _buffer.AsSpan(_scanned, _end - _scanned).Contains((byte)'\n');

    private ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> line)
    {
        if (_atStart)
        {
            _atStart = false;
            if (line.StartsWith("\uFEFF"u8)) line = line[3..];
        }
        return line.Length > 0 && line[^1] == (byte)'\r' ? line[..^1] : line;
    }

    /// <summary>Reads more bytes after the kept ones, moving them to the front or growing the buffer first.</summary>
    private void Fill()
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _scanned -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length)
        {
            byte[] larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)_buffer.Length * 2, (long)_maxLineBytes + 1 + (1 << 16)));
            _buffer.AsSpan(0, _end).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }
        _beforeRead?.Invoke();
        int read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0) _endOfStream = true;
        else _end += read;
    }

    /// <summary>Drops the rest of an over-long line, up to and including its LF (or to the end of the stream).</summary>
    private void SkipRestOfLine()
    {
        _skipRestOfLine = false;
        while (true)
        {
            int newline = _buffer.AsSpan(_scanned, _end - _scanned).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                _start = _scanned = _scanned + newline + 1;
                return;
            }
            _start = _scanned = _end = 0;
            if (_endOfStream) return;
            Fill();
        }
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }
}
