namespace DispatchParser.TestSupport;

/// <summary>Short dispatches written for the tests (the real corpus never enters the repository).</summary>
public static class SampleTexts
{
    /// <summary>Clean under the strict profile: a dateline naming AA, two paragraphs, the tag, a notice.</summary>
    public const string Canonical = "Başlık\n\nANKARA (AA) - Birinci paragraf.\nİkinci paragraf. (AA)\nYASAL UYARI: Tüm hakları saklıdır.\n";

    /// <summary>No blank line after the headline, no agency, no notice: errors under every profile.</summary>
    public const string Broken = "Başlık\nMetin\n";
}
