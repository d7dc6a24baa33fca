using DispatchParser.Text;

namespace DispatchParser.Cli.Input.Containers;

/// <summary>The records of one container input (<c>--input reuters-sgml|jsonl</c>), or why it could not be read.</summary>
/// <param name="Encoding">How the container was decoded (a detection by <c>--encoding auto</c> is reported once, on its first record).</param>
public sealed record ContainerContent(IReadOnlyList<ContainerRecord> Records, TextEncoding Encoding, string? Problem);

/// <summary>Reads a container input whole and splits it into its records.</summary>
public static class ContainerReader
{
    public static ContainerContent Read(InputSource input, InputFormat format, long maxBytes, Func<Stream> openStandardInput, InputEncoding encoding)
    {
        ArgumentNullException.ThrowIfNull(input);
        return format switch
        {
            InputFormat.ReutersSgml => ReadReuters(input, maxBytes, openStandardInput, encoding),
            InputFormat.Jsonl => ReadJsonl(input, maxBytes, openStandardInput),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "not a container format"),
        };
    }

    private static ContainerContent ReadReuters(InputSource input, long maxBytes, Func<Stream> openStandardInput, InputEncoding encoding)
    {
        DispatchText text = DispatchReader.Read(input, maxBytes, openStandardInput, encoding);
        if (text.Problem is not null) return Failed(text.Problem);
        ContainerRecord[] records = [.. ReutersSgml.Records(SourceText.From(text.Text!), text.InvalidSequences)];
        return records.Length == 0 ? Failed("no <REUTERS> record (is it a Reuters-21578 .sgm file?)") : new(records, text.Encoding, null);
    }

    /// <summary>JSON Lines are UTF-8 by definition (RFC 8259): --encoding does not apply.</summary>
    private static ContainerContent ReadJsonl(InputSource input, long maxBytes, Func<Stream> openStandardInput)
    {
        (byte[]? bytes, string? problem) = DispatchReader.ReadBytes(input, maxBytes, openStandardInput);
        if (bytes is null) return Failed(problem!);
        return new([.. JsonlContainer.Records(bytes, (int)Math.Min(maxBytes, int.MaxValue / 2))], TextEncoding.Utf8, null);
    }

    private static ContainerContent Failed(string problem) => new([], TextEncoding.Utf8, problem);

    /// <summary>The names <c>--input</c> takes.</summary>
    public static InputFormat Parse(string? name) => name switch
    {
        "reuters-sgml" => InputFormat.ReutersSgml,
        "jsonl" => InputFormat.Jsonl,
        _ => InputFormat.Text,
    };
}
