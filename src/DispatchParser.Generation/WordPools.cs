namespace DispatchParser.Generation;

/// <summary>
/// Words, places and punctuation per language, written for the generators. The pools are constrained so
/// that no generated line accidentally becomes another line class (grammar/README.md section 1):
/// no parenthesis, dash, colon or slash (datelines, tags, notices, stamps, end markers); no word equal
/// to an agency alias or to a single letter (a line ending in whitespace + alias is a dateline of form
/// iv; <c>أ ف ب</c> is an alias); no notice-marker word, no <c>MORE</c>, no <c>Reuter</c>.
/// A test checks these constraints against the registry. Shared by the FsCheck generators of the property tests
/// and by <see cref="DispatchGenerator"/> (<c>dispatch generate</c>).
/// </summary>
public sealed record Language(
    string Code,
    IReadOnlyList<string> Words,
    IReadOnlyList<string> Places,
    IReadOnlyList<string> FullStops,
    IReadOnlyList<string> HeadlinePrefixes)
{
    public static Language Arabic { get; } = new(
        "ar",
        [
            "الصين", "وروسيا", "تقرران", "تعزيز", "التعاون", "أعلنت", "الحكومة", "اليوم", "عن", "خطة", "جديدة",
            "لدعم", "المزارعين", "في", "المناطق", "الريفية", "وقال", "المتحدث", "باسم", "الوزارة", "إن",
            "الاجتماع", "ناقش", "قضايا", "إقليمية", "ودولية", "الأمطار", "الغزيرة", "تسببت", "بفيضانات", "واسعة",
            "الموقع،وفي", "باكستان", "حصيلة", "الضحايا", "ارتفعت", "إلى", "شخصا", "مساء", "الخميس", "العاصمة",
            "وكالة", "الأنباء", "جميع", "حقوق", "نشر", "الأخبار", "والصور", "محفوظة", "25", "1436", "2024",
        ],
        ["الرياض", "عين اليوم", "الخرطوم", "بغداد", "سان فرانسيسكو 20 يوليو تموز", "جدة"],
        [".", "،", "", "؟"],
        ["عام / ", "سياسي / ", "اقتصادي / "]);

    public static Language Turkish { get; } = new(
        "tr",
        [
            "Diyarbakır'da", "kütüphane", "açıldı", "Bakan", "yaptığı", "açıklamada", "ekonomik", "büyüme", "yüzde",
            "olarak", "gerçekleşti", "İstanbul'da", "düzenlenen", "törene", "katılan", "vatandaşlar", "yoğun", "ilgi",
            "gösterdi", "Kasım'da", "Şırnak", "Güneydoğu", "ilçesinde", "sağanak", "yağış", "etkili", "oldu", "çiftçiler",
            "hasat", "başladı", "öğrenciler", "okula", "döndü", "İHA'nın", "görüntüleri", "haberin", "tüm", "hakları",
            "saklıdır", "60.", "4", "2016",
        ],
        ["ANKARA", "İSTANBUL", "DİYARBAKIR", "BATMAN", "NEVŞEHİR", "Şanlıurfa"],
        [".", "!", ""],
        []);

    public static Language Kurmanji { get; } = new(
        "kmr",
        [
            "Li", "bajarê", "Amedê", "pirtûkxane", "hat", "vekirin", "Wezîr", "got", "ku", "aboriyê", "mezin", "dibe",
            "welatiyan", "beşdarî", "merasîmê", "bûn", "baran", "zêde", "bariye", "gundan", "rê", "hatin", "girtin",
            "Çarşemê", "Şirnexê", "xwendekar", "vegeriyan", "dibistanê", "mafên", "nûçeyan", "parastî", "ne", "12", "2023",
        ],
        ["AMED", "Wan", "ÊLIH", "Mêrdîn", "Qers"],
        [".", "!", ""],
        []);

    public static Language English { get; } = new(
        "en",
        [
            "Oil", "prices", "rose", "sharply", "on", "Monday", "after", "the", "ministry", "said", "talks", "would",
            "resume", "next", "week", "officials", "in", "London", "reported", "heavy", "rain", "across", "northern",
            "regions", "markets", "closed", "higher", "shares", "of", "company", "fell", "percent", "rights", "reserved",
            "all", "stories", "belong", "to", "agency", "17", "1987",
        ],
        ["LONDON", "NEW YORK", "WASHINGTON", "TOKYO", "Paris"],
        [".", "", "?"],
        []);

    public static IReadOnlyList<Language> All { get; } = [Arabic, Turkish, Kurmanji, English];

    /// <summary>Uppercase acronyms that appear in parentheses mid-line and are not the agency tag.</summary>
    public static IReadOnlyList<string> MidLineAcronyms { get; } = ["NDMA", "BM", "AB", "NATO", "İHA", "AKP", "PKK", "TÜİK"];
}

/// <summary>Characters and strings the generators use for trivia and noise.</summary>
public static class CharacterPools
{
    /// <summary>The grammar's whitespace W (grammar/README.md section 1).</summary>
    public static IReadOnlyList<string> Whitespace { get; } =
        [" ", " ", " ", "\t", "\u000B", "\u000C", "\u00A0", "\u1680", "\u2000", "\u2002", "\u2009", "\u200A", "\u202F", "\u205F", "\u3000"];

    public static IReadOnlyList<string> LineBreaks { get; } = ["\n", "\r\n", "\r"];

    public static IReadOnlyList<string> Dashes { get; } = ["-", "–", "—", "--", "_"];

    /// <summary>C0 and C1 controls other than the line breaks and tab, plus the Unicode line and paragraph separators.</summary>
    public static IReadOnlyList<string> Controls { get; } =
        ["\0", "\u0001", "\u0007", "\u0008", "\u000E", "\u001B", "\u001F", "\u007F", "\u0085", "\u009C", "\u2028", "\u2029"];

    /// <summary>Bidirectional controls (Trojan Source) and marks.</summary>
    public static IReadOnlyList<string> BidiControls { get; } =
        ["\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u200E", "\u200F", "\u061C"];

    /// <summary>Lone surrogates and a reversed pair: invalid UTF-16.</summary>
    public static IReadOnlyList<string> LoneSurrogates { get; } = ["\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uDC00\uD800", "\uD83D"];

    public const string ByteOrderMark = "\uFEFF";
}
