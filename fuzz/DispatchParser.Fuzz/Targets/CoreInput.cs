using System.Text;
using DispatchParser.Diagnostics;
using DispatchParser.Text;

namespace DispatchParser.Fuzz.Targets;

/// <summary>How the edit reaches the tree.</summary>
internal enum EditMode
{
    /// <summary><c>tree.WithChanges(change)</c>.</summary>
    Change,

    /// <summary><c>tree.WithChangedText(newText)</c>: the tree diffs the two texts.</summary>
    ChangedText,

    /// <summary><c>tree.WithChanges(first, second)</c>: the change plus an insertion of the same text further on.</summary>
    TwoChanges,

    /// <summary>No edit.</summary>
    None,
}

/// <summary>
/// The costlier checks the fuzzer runs on an input besides the ones it always runs (parse, lossless, analyzers, tokens tiling
/// the text, incremental = full, positions): header bits 5–6 pick one of them, or 3 all of them. A replay runs them all.
/// </summary>
[Flags]
internal enum CoreChecks
{
    /// <summary>Both exporters write well-formed JSON.</summary>
    Exporters = 1,

    /// <summary>The normalizer is idempotent and changes only whitespace and line breaks.</summary>
    Normalizer = 2,

    /// <summary>Undoing the edit by new text gives the first tree again.</summary>
    Undo = 4,

    /// <summary>Every check.</summary>
    All = Exporters | Normalizer | Undo,
}

/// <summary>
/// One fuzz input: a text and an edit to make to it. Bytes 0–3 are a header, the rest is the text:
/// <list type="table">
/// <item><term>byte 0</term><description>bit 0: the text is UTF-16LE (reaches lone surrogates), else UTF-8;
/// bits 1–2: <see cref="EditMode"/>; bits 3–4: the profile the analyzers judge the tree under (strict, standard,
/// lenient, or 3: all three, see <see cref="Profiles"/>); bits 5–6: the checks the fuzzer adds to the ones it always runs
/// (exporters, normalizer, undo, or 3: all three, see <see cref="Checks"/>).</description></item>
/// <item><term>bytes 1–2</term><description>edit position, little-endian, modulo the text length + 1.</description></item>
/// <item><term>byte 3</term><description>high nibble: the last n characters of the decoded text are the inserted
/// text (not part of the document); low nibble d: d² characters are deleted.</description></item>
/// </list>
/// Inputs shorter than the header are a document of their own (UTF-8) with no edit. With <c>raw</c>, the whole
/// input is the document (UTF-8), as for the conformance files; both are judged under all three profiles, with every check.
/// </summary>
internal sealed record CoreInput(string Text, EditMode Mode, int Position, int DeleteLength, string Insert)
{
    public const int HeaderLength = 4;

    /// <summary>Header bits 3–4 value that judges the tree under every profile.</summary>
    public const int EveryProfile = 3;

    private static readonly ParseOptions[][] s_profiles =
        [[ParseOptions.Strict], [ParseOptions.Standard], [ParseOptions.Lenient], [ParseOptions.Strict, ParseOptions.Standard, ParseOptions.Lenient]];

    /// <summary>
    /// The profiles the analyzers and the JSON exporter judge the tree under, the first one also the options of the
    /// tree the edit, its undo and the normalizer start from (the parser reads no options, so only severities differ).
    /// One profile per input unless the header asks for all three: running the analyzers three times was an eighth of
    /// an execution, and the fuzzer still reaches every profile through the header, as it reaches every edit mode.
    /// </summary>
    public IReadOnlyList<ParseOptions> Profiles { get; init; } = s_profiles[EveryProfile];

    /// <summary>Header bits 5–6 value that runs every check.</summary>
    public const int EveryCheck = 3;

    private static readonly CoreChecks[] s_checks = [CoreChecks.Exporters, CoreChecks.Normalizer, CoreChecks.Undo, CoreChecks.All];

    /// <summary>
    /// The checks the fuzzer runs besides the ones it always runs (<see cref="CoreChecks"/>). Each of them took a tenth to a
    /// quarter of an execution, and running one per input (all three on a quarter of them) took a third off the fuzzer's execution (callgrind, 111 queue
    /// inputs: 857,056 -> 585,644 instructions); as with <see cref="Profiles"/> the fuzzer reaches the others by flipping two header bits. A replay
    /// (the regression tests, <c>replay</c>) runs every check whatever the bits say, so every crash the fuzzer saves replays.
    /// </summary>
    public CoreChecks Checks { get; init; } = CoreChecks.All;

    public static CoreInput Decode(ReadOnlySpan<byte> data, bool raw = false)
    {
        if (raw || data.Length < HeaderLength) return new CoreInput(Utf8(data), EditMode.None, 0, 0, "");
        byte flags = data[0];
        int position = data[1] | (data[2] << 8);
        int insertLength = data[3] >> 4, deleteRoot = data[3] & 0x0F;
        ReadOnlySpan<byte> payload = data[HeaderLength..];
        string decoded = (flags & 1) != 0 ? Utf16(payload) : Utf8(payload);
        insertLength = Math.Min(insertLength, decoded.Length);
        string text = decoded[..^insertLength], insert = decoded[^insertLength..];
        return new CoreInput(text, (EditMode)((flags >> 1) & 3), position, deleteRoot * deleteRoot, insert) { Profiles = s_profiles[(flags >> 3) & 3], Checks = s_checks[(flags >> 5) & 3] };
    }

    /// <summary>The changes the edit makes to <see cref="Text"/>, in text order and not overlapping.</summary>
    public TextChange[] Changes()
    {
        if (Mode == EditMode.None) return [];
        int start = Position % (Text.Length + 1);
        int length = Math.Min(DeleteLength, Text.Length - start);
        var first = new TextChange(new TextSpan(start, length), Insert);
        if (Mode != EditMode.TwoChanges) return [first];
        int after = start + length;
        if (after == Text.Length) return [first];
        return [first, new TextChange(new TextSpan(after + (Position >> 3) % (Text.Length - after) + 1, 0), Insert.Length > 0 ? Insert : "x")];
    }

    /// <summary>The header that, followed by the UTF-8 text, makes this input (for seeds).</summary>
    public static byte[] Header(EditMode mode, int position, int insertLength, int deleteRoot, int profile = EveryProfile, int checks = EveryCheck) =>
        [(byte)(((int)mode << 1) | (profile << 3) | (checks << 5)), (byte)position, (byte)(position >> 8), (byte)((insertLength << 4) | deleteRoot)];

    private static string Utf8(ReadOnlySpan<byte> bytes) => Encoding.UTF8.GetString(bytes);

    private static string Utf16(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length / 2];
        for (int i = 0; i < chars.Length; i++) chars[i] = (char)(bytes[2 * i] | (bytes[2 * i + 1] << 8));
        return new string(chars);
    }
}
