namespace DispatchParser.LanguageServer.Tests.Infrastructure;

/// <summary>Dispatches written for these tests (the real corpus never enters the repository).</summary>
internal static class Samples
{
    public const string Uri = "file:///tmp/dispatch/sample.txt";

    /// <summary>Canonical Turkish dispatch: dateline, tag at the end of the last paragraph, notice, two briefs.</summary>
    public const string Canonical =
        "Diyarbakır'da kütüphane haftası başladı\n" +
        "\n" +
        "DİYARBAKIR (İLKHA) - Kent genelinde kütüphane haftası etkinliklerle başladı.\n" +
        "Etkinlikler hafta boyunca sürecek. (İLKHA)\n" +
        "YASAL UYARI: Yayınlanan yazılı haber, fotoğraf ve videonun tüm hakları İlke Haber Ajansı'na aittir.\n" +
        "Ankara'da yağmur bekleniyor.\n" +
        "İstanbul'da trafik yoğun.";

    /// <summary>The same without the agency tag and without the dateline: DSP0003, and the notice names İLKHA.</summary>
    public const string MissingTag =
        "Diyarbakır'da kütüphane haftası başladı\n" +
        "\n" +
        "Kent genelinde kütüphane haftası etkinliklerle başladı.\n" +
        "Etkinlikler hafta boyunca sürecek.\n" +
        "YASAL UYARI: Yayınlanan yazılı haber, fotoğraf ve videonun tüm hakları İlke Haber Ajansı'na aittir.\n" +
        "Ankara'da yağmur bekleniyor.";

    /// <summary>No blank line after the headline: DSP0002.</summary>
    public const string MissingSeparator =
        "Headline of the dispatch\n" +
        "ANKARA (AA) - First paragraph of the body.\n" +
        "Second paragraph, ending with the tag. (AA)\n" +
        "LEGAL NOTICE: All rights belong to Anadolu Ajansı.";

    /// <summary>Arabic, with the SPA end marker and a stamp line, and an Arabic notice that names İLKHA.</summary>
    public const string Arabic =
        "الصين وروسيا تقرران تعزيز التعاون\n" +
        "\n" +
        "قررت الصين وروسيا تعزيز التعاون بينهما.\n" +
        "وقال المتحدث إن الاتفاق سيوقع قريبا (İLKHA)\n" +
        "// انتهى //\n" +
        " 20:26 ت م\n" +
        "تنبيه: وكالة إيلكا الإخبارية تمتلك جميع حقوق نشر الأخبار.\n" +
        "باكستان (NDMA) أن حصيلة الفيضانات ارتفعت.";
}
