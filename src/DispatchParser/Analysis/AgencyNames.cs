using System.Text;
using DispatchParser.Syntax;

namespace DispatchParser.Analysis;

/// <summary>Where a dispatch names its agency, and where a word starts and ends.</summary>
internal static class AgencyNames
{
    /// <summary>The name token of the agency tag or sign-off, or <c>default</c> when the body has none (or it is missing).</summary>
    public static SyntaxToken TagName(DocumentSyntax root) =>
        root.AgencyTag is { NameToken: { IsMissing: false, IsNone: false } name } ? name : default;

    /// <summary>The agency name token of the dateline, or <c>default</c> when the body opens without one.</summary>
    public static SyntaxToken DatelineName(DocumentSyntax root) =>
        root.Dateline is { AgencyNameToken: { IsMissing: false, IsNone: false } name } ? name : default;

    /// <summary>
    /// True when the character before <paramref name="index"/> is a letter or digit (of any script, so an
    /// Arabic letter counts), i.e. a word does not start at <paramref name="index"/>. Apostrophes,
    /// punctuation and whitespace are boundaries.
    /// </summary>
    public static bool IsWordCharacterBefore(ReadOnlySpan<char> text, int index) =>
        index > 0 && Rune.DecodeLastFromUtf16(text[..index], out Rune rune, out _) == System.Buffers.OperationStatus.Done
        && Rune.IsLetterOrDigit(rune);

    /// <summary>True when the character at <paramref name="index"/> is a letter or digit, i.e. a word does not end there.</summary>
    public static bool IsWordCharacterAt(ReadOnlySpan<char> text, int index) =>
        index < text.Length && Rune.DecodeFromUtf16(text[index..], out Rune rune, out _) == System.Buffers.OperationStatus.Done
        && Rune.IsLetterOrDigit(rune);
}
