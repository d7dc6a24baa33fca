using System.Text;

namespace DispatchParser.Benchmarks;

/// <summary>The sizes of dispatch the benchmarks parse; their UTF-8 size is the target of <see cref="Inputs.Build"/>.</summary>
public enum InputSize
{
    /// <summary>~5 KB: a dispatch of the reference shape.</summary>
    Small,

    /// <summary>~1 MB: the same shape with a very long body.</summary>
    Large,

    /// <summary>~16 MB.</summary>
    Huge,

    /// <summary>~1 MB in the wrapped layout: the Large text hard-wrapped at 70 characters (<see cref="Inputs.Wrap"/>).</summary>
    Wrapped,
}

/// <summary>
/// Dispatches generated from code, of the reference shape (README.md): an Arabic headline, an empty
/// line, body paragraphs one per line (the last ending with the agency tag <c> (İLKHA)</c>), the legal notice
/// <c>تنبيه:</c> and four appended briefs; UTF-8 sizes of ~5 KB, ~1 MB and ~16 MB; LF line breaks, no final newline.
/// The texts were written for these benchmarks (they are not taken from any corpus). Every input is canonical:
/// the hand-written parser reports no diagnostic and the generated parser no error on it.
/// </summary>
public static class Inputs
{
    public const string Headline = "افتتاح مركز جديد لرعاية الأطفال ذوي الاحتياجات الخاصة في مدينة ديار بكر";

    /// <summary>Body paragraphs of realistic length (about 300–450 characters each).</summary>
    public static readonly string[] Paragraphs =
    [
        "افتتحت بلدية ديار بكر صباح اليوم مركزا جديدا لرعاية الأطفال ذوي الاحتياجات الخاصة في حي باغلار، بحضور عدد من المسؤولين المحليين وممثلي منظمات المجتمع المدني وأولياء أمور الأطفال. ويضم المركز الذي أقيم على مساحة تزيد على ثلاثة آلاف متر مربع قاعات للعلاج الطبيعي وغرفا للتأهيل السمعي والبصري وورشا للأنشطة الفنية، إضافة إلى حديقة مجهزة بألعاب آمنة تناسب مختلف الأعمار.",
        "وقال مدير المركز في كلمة ألقاها خلال حفل الافتتاح إن المشروع جاء استجابة لمطالب متكررة من العائلات التي كانت تضطر إلى السفر مسافات طويلة للحصول على جلسات علاجية منتظمة لأبنائها، مشيرا إلى أن المركز سيستقبل في مرحلته الأولى نحو مئتي طفل، وأن الطاقم العامل فيه يتألف من أخصائيين في النطق والعلاج الوظيفي وعلم النفس التربوي تلقوا تدريبا مكثفا خلال الأشهر الماضية.",
        "وأوضح أن الخدمات ستقدم مجانا لجميع الأطفال المسجلين، وأن إدارة المركز وقعت اتفاقيات تعاون مع جامعة دجلة ومستشفى المدينة التعليمي لتبادل الخبرات وتنظيم دورات تدريبية للأهالي حتى يتمكنوا من متابعة التمارين في المنزل. وأضاف أن فريقا متنقلا سيزور القرى البعيدة مرتين في الشهر لتقييم حالات الأطفال الذين يتعذر عليهم الوصول إلى المدينة بسبب بعد المسافة أو ضيق ذات اليد.",
        "من جهتها عبرت إحدى الأمهات عن سعادتها بافتتاح المركز، وقالت إن ابنها البالغ من العمر سبع سنوات كان ينتظر دوره لأشهر طويلة في المستشفيات العامة، وإن وجود مؤسسة متخصصة قريبة من الحي سيخفف عن العائلة أعباء مادية ونفسية كبيرة. ودعت الجهات المعنية إلى توسيع التجربة لتشمل المدن المجاورة التي تعاني من نقص واضح في هذا النوع من الخدمات، ولا سيما في الأرياف.",
        "وتشير بيانات مديرية الأسرة والخدمات الاجتماعية إلى أن عدد الأطفال ذوي الاحتياجات الخاصة المسجلين في الولاية تجاوز أحد عشر ألف طفل، يعيش قرابة نصفهم في المناطق الريفية. ويرى مختصون أن التدخل المبكر في السنوات الأولى من عمر الطفل يرفع فرص اندماجه في المدرسة والمجتمع، ويقلل من الحاجة إلى رعاية طويلة الأمد في المستقبل، كما يخفف الضغط على المستشفيات العامة.",
        "وتخلل حفل الافتتاح عرض مسرحي قدمه عدد من الأطفال بمساعدة معلميهم، ولوحات فنية رسمها المشاركون في ورشة الرسم التي نظمت خلال الصيف الماضي، فيما تجول الحضور في أقسام المركز واطلعوا على الأجهزة الحديثة التي جرى تأمينها بدعم من متبرعين محليين ورجال أعمال من أبناء المدينة، واستمعوا إلى شرح مفصل من المشرفين عن برامج العلاج اليومية وطريقة متابعة تقدم كل طفل.",
        "وأكد رئيس البلدية في ختام الحفل أن المركز الجديد هو الأول ضمن سلسلة من المشاريع الاجتماعية المقرر تنفيذها خلال العامين المقبلين، ومنها دار لرعاية المسنين ومكتبة عامة للأطفال وملاعب رياضية في الأحياء الشعبية، مشددا على أن خدمة الفئات الأكثر حاجة تبقى في مقدمة أولويات الإدارة المحلية، وأن أبواب البلدية مفتوحة أمام كل مقترح يخدم هذا الهدف.",
    ];

    /// <summary>The last body paragraph; it ends with the agency tag.</summary>
    public const string LastParagraph =
        "ومن المنتظر أن يبدأ المركز باستقبال طلبات التسجيل اعتبارا من الأسبوع المقبل عبر مكتب الخدمات الاجتماعية التابع للبلدية أو من خلال موقعها الإلكتروني، على أن تعطى الأولوية للأطفال الأصغر سنا والعائلات ذات الدخل المحدود، في حين سيجري تقييم الحالات الأخرى تباعا وفق جدول زمني تعلنه الإدارة لاحقا. (İLKHA)";

    /// <summary>The legal notice; note the comma without a following space, as in real notices.</summary>
    public const string Notice =
        "تنبيه: جميع حقوق النشر محفوظة لوكالة إيلكا الإخبارية، ولا يجوز نقل الأخبار أو الصور أو مقاطع الفيديو المنشورة على الموقع أو إعادة نشرها كليا أو جزئيا دون إذن مكتوب من الوكالة،ويحق للوكالة اتخاذ الإجراءات القانونية بحق كل من يخالف ذلك.";

    /// <summary>Four appended briefs; the second has an uppercase acronym in parentheses mid-line (not a tag).</summary>
    public static readonly string[] Briefs =
    [
        "أعلنت المديرية العامة للأرصاد الجوية أن درجات الحرارة ستنخفض بشكل ملحوظ في ولايات جنوب شرق البلاد اعتبارا من مساء الخميس، مع توقع هطول أمطار غزيرة وتساقط الثلوج على المرتفعات التي يزيد ارتفاعها على ألفي متر، ودعت السائقين إلى توخي الحذر على الطرق الجبلية.",
        "قالت منظمة الصحة العالمية (WHO) في تقرير نشرته اليوم إن حملات التطعيم ضد الحصبة في عدد من الدول الأفريقية تراجعت خلال العام الماضي بسبب النزاعات ونقص التمويل، محذرة من موجة جديدة من الإصابات بين الأطفال إذا لم تستأنف الحملات في أقرب وقت.",
        "افتتح في مدينة ماردين معرض للكتاب يشارك فيه أكثر من مئة وعشرين دار نشر من تركيا والدول العربية، ويستمر حتى نهاية الشهر الجاري بمشاركة كتاب وشعراء يقدمون ندوات يومية حول الأدب والتاريخ وتجارب الترجمة بين اللغات.",
        "بدأ المزارعون في سهل حران موسم جني القطن وسط توقعات بارتفاع الإنتاج هذا العام بنسبة تقارب خمسة عشر بالمئة مقارنة بالعام الماضي، بفضل توفر مياه الري وتحسن الظروف المناخية خلال فصل الصيف وانخفاض أسعار الأسمدة.",
    ];

    /// <summary>Target UTF-8 sizes: ~5 KB, ~1 MB, ~16 MB.</summary>
    public static int TargetBytes(InputSize size) => size switch
    {
        InputSize.Small => 5 * 1024,
        InputSize.Large => 1024 * 1024,
        InputSize.Huge => 16 * 1024 * 1024,
        InputSize.Wrapped => 1024 * 1024,
        _ => throw new ArgumentOutOfRangeException(nameof(size)),
    };

    private static readonly Dictionary<InputSize, string> s_cache = new();

    /// <summary>The dispatch of <paramref name="size"/> (built once per process).</summary>
    public static string Get(InputSize size)
    {
        lock (s_cache)
        {
            if (!s_cache.TryGetValue(size, out string? text))
                s_cache[size] = text = size == InputSize.Wrapped ? Wrap(Build(TargetBytes(InputSize.Large))) : Build(TargetBytes(size));
            return text;
        }
    }

    /// <summary>
    /// A dispatch of the reference shape whose UTF-8 size is about <paramref name="targetBytes"/>: the body has as many
    /// paragraphs (cycling through <see cref="Paragraphs"/>) as it takes, and at least two.
    /// </summary>
    public static string Build(int targetBytes)
    {
        int fixedBytes = Utf8(Headline) + 2 + Utf8(LastParagraph) + 1 + Utf8(Notice) + Briefs.Sum(brief => Utf8(brief) + 1);
        var text = new StringBuilder(targetBytes);
        text.Append(Headline).Append('\n').Append('\n');
        int bytes = fixedBytes;
        int index = 0;
        do
        {
            string paragraph = Paragraphs[index % Paragraphs.Length];
            text.Append(paragraph).Append('\n');
            bytes += Utf8(paragraph) + 1;
            index++;
        }
        while (bytes + Utf8(Paragraphs[index % Paragraphs.Length]) / 2 < targetBytes);
        text.Append(LastParagraph).Append('\n');
        text.Append(Notice);
        foreach (string brief in Briefs) text.Append('\n').Append(brief);
        return text.ToString();
    }

    /// <summary>The column at which <see cref="Wrap"/> breaks lines, as hard-wrapped wire copy does.</summary>
    public const int WrapWidth = 70;

    /// <summary>How a paragraph's first line is indented in the wrapped layout (as in hard-wrapped wire copy).</summary>
    public const string WrapIndent = "    ";

    /// <summary>
    /// The same dispatch in the wrapped layout: the headline, blank lines and the notice stay (a notice line is never
    /// continued, grammar/README.md 1.1); every other line (each paragraph, each brief) is broken at spaces into lines
    /// of at most <see cref="WrapWidth"/> characters, its first line indented by <see cref="WrapIndent"/>. Only spaces
    /// become line breaks, so the words are the same.
    /// </summary>
    public static string Wrap(string text)
    {
        string[] lines = text.Split('\n');
        var wrapped = new StringBuilder(text.Length + text.Length / 16);
        for (int i = 0; i < lines.Length; i++)
        {
            if (i > 0) wrapped.Append('\n');
            string line = lines[i];
            if (i == 0 || line.Length == 0 || line == Notice)
            {
                wrapped.Append(line);
                continue;
            }
            int column = WrapIndent.Length;
            wrapped.Append(WrapIndent);
            bool firstWord = true;
            foreach (string word in line.Split(' '))
            {
                if (!firstWord && column + 1 + word.Length > WrapWidth)
                {
                    wrapped.Append('\n');
                    column = 0;
                }
                else if (!firstWord)
                {
                    wrapped.Append(' ');
                    column++;
                }
                wrapped.Append(word);
                column += word.Length;
                firstWord = false;
            }
        }
        return wrapped.ToString();
    }

    /// <summary>A dateline for <see cref="WithDateline"/>: place, agency, dash.</summary>
    public const string Dateline = "ديار بكر (İLKHA) - ";

    /// <summary>The dispatch with its first body paragraph opening with <see cref="Dateline"/> (the agency tag stays on the last one).</summary>
    public static string WithDateline(string text)
    {
        int body = text.IndexOf("\n\n", StringComparison.Ordinal) + 2;
        return string.Concat(text.AsSpan(0, body), Dateline, text.AsSpan(body));
    }

    /// <summary>
    /// The <paramref name="index"/>-th of the many small dispatches <c>CheckFolder</c> reads: 1 to 6 body paragraphs
    /// and 0 to 4 briefs; one in ten departs from the canonical form (a missing separator, trailing whitespace, or a
    /// missing notice) so that there are diagnostics to collect.
    /// </summary>
    public static string SmallVariant(int index)
    {
        var text = new StringBuilder(4096);
        text.Append(Headline).Append('\n');
        bool departs = index % 10 == 9;
        int departure = (index / 10) % 3;
        if (!(departs && departure == 0)) text.Append('\n');
        int paragraphs = 1 + index % 6;
        for (int i = 0; i < paragraphs; i++)
        {
            text.Append(Paragraphs[(index + i) % Paragraphs.Length]);
            if (departs && departure == 1 && i == 0) text.Append("  ");
            text.Append('\n');
        }
        text.Append(LastParagraph);
        if (!(departs && departure == 2)) text.Append('\n').Append(Notice);
        int briefs = index % 5;
        for (int i = 0; i < briefs; i++) text.Append('\n').Append(Briefs[(index + i) % Briefs.Length]);
        return text.ToString();
    }

    /// <summary>
    /// A diagnostic-dense dispatch of about <paramref name="targetChars"/> characters: the reference shape, but every body
    /// paragraph departs from it, in turn — trailing whitespace (DSP0104), an indented line (DSP0105), a stray sign-off
    /// line before it (DSP0006), a blank line before it (DSP0103), a bidi control inside it (DSP0202) — and the
    /// paragraphs repeat (DSP0204). Under the strict profile each of those is reported, up to the per-code caps.
    /// </summary>
    public static string Dense(int targetChars)
    {
        var text = new StringBuilder(targetChars + 1024);
        text.Append(Headline).Append('\n').Append('\n');
        int index = 0;
        while (text.Length < targetChars)
        {
            string paragraph = Paragraphs[index % Paragraphs.Length];
            switch (index % 5)
            {
                case 0: text.Append(paragraph).Append("  \n"); break;
                case 1: text.Append("  ").Append(paragraph).Append('\n'); break;
                case 2: text.Append("(AA)\n").Append(paragraph).Append('\n'); break;
                case 3: text.Append('\n').Append(paragraph).Append('\n'); break;
                default: text.Append(paragraph.AsSpan(0, 40)).Append('\u202B').Append(paragraph.AsSpan(40)).Append('\n'); break;
            }
            index++;
        }
        text.Append(LastParagraph).Append('\n').Append(Notice);
        foreach (string brief in Briefs) text.Append('\n').Append(brief);
        return text.ToString();
    }

    private static int Utf8(string text) => Encoding.UTF8.GetByteCount(text);
}
