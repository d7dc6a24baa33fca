namespace DispatchParser.TestSupport;

/// <summary>
/// A small canonical dispatch per language, written for these tests: headline, separator, two paragraphs
/// (the last ending with the agency tag), a notice naming the tag's agency, one brief. Clean under every
/// analyzer; each test changes one thing.
/// </summary>
public sealed record SampleDispatch(
    string Language,
    string Headline,
    string[] Paragraphs,
    string Tag,
    string NoticeMarker,
    string Notice,
    string Brief,
    string OtherAgencyTag)
{
    public static SampleDispatch Turkish { get; } = new(
        "tr",
        "Diyarbakır'da fidan dikim etkinliği düzenlendi",
        ["Sur ilçesinde gönüllüler bin fidanı toprakla buluşturdu.", "Etkinliğe katılan öğrenciler fidanların bakımını üstlenecek."],
        "İLKHA",
        "YASAL UYARI:",
        "YASAL UYARI: Yayınlanan haberlerin tüm hakları İlke Haber Ajansı'na aittir.",
        "Van'da yol bakım çalışmaları sürüyor.",
        "DHA");

    public static SampleDispatch Arabic { get; } = new(
        "ar",
        "افتتاح معرض للكتاب في دياربكر",
        ["افتتح معرض الكتاب السنوي أبوابه أمام الزوار صباح اليوم.", "وشارك في المعرض أكثر من مئة دار نشر."],
        "İLKHA",
        "تنبيه:",
        "تنبيه: وكالة إيلكا الإخبارية تمتلك جميع حقوق نشر الأخبار.",
        "أمطار غزيرة في عدة مدن اليوم.",
        "رويترز");

    public static SampleDispatch Kurmanji { get; } = new(
        "kmr",
        "Li Amedê pêşangeha pirtûkan vebû",
        ["Pêşangeha pirtûkan a salane îro li navenda bajêr dest pê kir.", "Zêdetirî sed weşanxane beşdarî pêşangehê bûn."],
        "ÎLKHA",
        "HIŞYARÎ:",
        "HIŞYARÎ: Hemû mafên weşanê yên Ajansa Nûçeyan a Îlke ne.",
        "Li Wanê baran dibare.",
        "AA");

    public static SampleDispatch English { get; } = new(
        "en",
        "Floods cut roads in the north",
        ["Heavy rain cut several roads in the north on Monday, officials said.", "Crews worked through the night to reopen them."],
        "AA",
        "LEGAL NOTICE:",
        "LEGAL NOTICE: All rights to this story belong to Anadolu Agency.",
        "Markets opened higher on Tuesday.",
        "AFP");

    public static SampleDispatch ByLanguage(string language) => language switch
    {
        "tr" => Turkish,
        "ar" => Arabic,
        "kmr" => Kurmanji,
        "en" => English,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, null),
    };

    /// <summary>The dispatch's text; every part can be replaced, and lines joined with another break.</summary>
    public string Build(string[]? paragraphs = null, string? tag = null, string? notice = null, string lineBreak = "\n")
    {
        string[] body = paragraphs ?? Paragraphs;
        var lines = new List<string> { Headline, string.Empty };
        lines.AddRange(body[..^1]);
        lines.Add($"{body[^1]} ({tag ?? Tag})");
        lines.Add(notice ?? Notice);
        lines.Add(Brief);
        return string.Join(lineBreak, lines);
    }

    public override string ToString() => Language;
}
