using System.Text;
using System.Text.Unicode;
using DispatchParser.Cli.Input;

namespace DispatchParser.Cli.Tests.Checking;

/// <summary>
/// <see cref="DispatchReader.Read(InputSource, long, Func{Stream}, InputEncoding)"/> through its fast path for regular
/// files (one read into a pooled buffer, reused from file to file) gives every file's text exactly, whatever the sizes
/// and the order: a buffer left over from a larger file must never show through in a smaller one.
/// </summary>
public sealed class DispatchReaderTests
{
    private static readonly string[] s_pieces = ["Ankara (AA) - ", "İstanbul'da ", "Şırnak, Çağlayan, ğüöı ", "تنبيه: ", "\n\n", "word ", "\r\n", "€ 😀 "];

    [Fact]
    public void Files_read_one_after_another_come_back_exactly_whatever_their_sizes()
    {
        using var folder = new TempFolder();
        var random = new Random(15);
        int[] sizes = [0, 1, 2, 4095, 4096, 4097, 16383, 16384, 16385, 65535, 65536, 65537, 300_000, 7, 3000, 100];
        var files = new List<(string Path, byte[] Bytes)>();
        for (int i = 0; i < 60; i++)
        {
            int size = i < sizes.Length ? sizes[i] : random.Next(0, 70_000);
            byte[] bytes = Bytes(random, size, invalid: i % 5 == 4);
            files.Add((folder.WriteBytes($"{i:D3}.txt", bytes), bytes));
        }
        // Largest and smallest alternately, so each small file lands in a buffer a large one has just filled.
        var order = files.OrderBy(file => file.Bytes.Length).ToList();
        var alternating = new List<(string Path, byte[] Bytes)>();
        for (int low = 0, high = order.Count - 1; low <= high; low++, high--)
        {
            alternating.Add(order[high]);
            if (low != high) alternating.Add(order[low]);
        }

        foreach ((string path, byte[] bytes) in alternating)
        {
            foreach (InputSource input in new[] { InputSource.Found(path), InputSource.File(path) })
            {
                DispatchText read = DispatchReader.Read(input, DispatchReader.DefaultMaxBytes, () => Stream.Null, InputEncoding.Utf8);
                Assert.Null(read.Problem);
                Assert.Equal(Encoding.UTF8.GetString(bytes), read.Text);
                Assert.Equal(Utf8.IsValid(bytes), read.IsValidUtf8);
            }
        }
    }

    [Fact]
    public void A_file_over_the_size_limit_is_reported_with_its_exact_size()
    {
        using var folder = new TempFolder();
        string path = folder.Write("big.txt", new string('a', 2049));
        DispatchText read = DispatchReader.Read(InputSource.Found(path), 2048, () => Stream.Null, InputEncoding.Utf8);
        Assert.Null(read.Text);
        Assert.StartsWith("file too large (2,049 bytes; the limit is 2,048 bytes", read.Problem, StringComparison.Ordinal);
    }

    /// <summary>About <paramref name="size"/> bytes of UTF-8 from the pieces (cut to the size, so the end may be a cut sequence), no NUL.</summary>
    private static byte[] Bytes(Random random, int size, bool invalid)
    {
        var bytes = new List<byte>(size + 16);
        while (bytes.Count < size) bytes.AddRange(Encoding.UTF8.GetBytes(s_pieces[random.Next(s_pieces.Length)]));
        bytes.RemoveRange(size, bytes.Count - size);
        if (invalid && size > 10)
        {
            bytes[random.Next(size)] = 0xFF;
            bytes[random.Next(size)] = 0xC3;
        }
        return [.. bytes];
    }
}
