using DispatchParser.Parsing;
using DispatchParser.Syntax.InternalSyntax;
using DispatchParser.Tests.Properties.Generators;
using FsCheck;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace DispatchParser.Tests.Properties;

/// <summary>
/// The parser's shortcuts for plain lines — <see cref="LineClassifier.IsPlainText"/> (a line classified from its ends),
/// <see cref="LayoutRule.MayContinue"/> (a line the layout rule need not ask about) and the plain middle paragraph of the
/// body, the layout rule's plain physical line (<see cref="LineClassifier.IsPlainClosing"/>) and its column-0 loop for
/// hard-wrapped copy — are exact: with them and without them (<c>new Parser(text, shortcuts: false)</c>) every input gives the same tree,
/// and a line the classifier calls plain is text at the coarse level by the full classification.
/// </summary>
public sealed class ShortcutProperties(ITestOutputHelper output)
{
    private static readonly LineClassifier s_classifier = LineClassifier.Default;

    /// <summary>Openings and endings at the shortcut's boundary: marker starts, groups, full stops, end markers, stamps, whitespace.</summary>
    private static readonly string[] s_edges =
    [
        "(AA)", "(AA).", "(AA) .", "(İLKHA)", "(dha)", "(Ayşe Demir / DHA)", ").", ")", ". ", " .", ".", "..", "a.", "x", "ب.", "ة",
        "// انتهى //", "// انتهى // 10:12", "10:12 ت م", "GMT", "UTC", "م", "غ", "T", "C", "/", "//", "9", "٩", " ", "\t", "\u00A0",
        "\uFEFF", "AA", "İHA", "Reuter", "REUTER.", "تنبيه:", "Kaynak: AA", "المصدر:", "YASAL UYARI:", "ANKARA (AA) - ", "ANKA - ",
        "واس", "عين اليوم – واس", "BARTIN DHA", "İSTANBUL - ", "[Portal-İstanbul] ", "Next Previous", "إضافة أولى",
    ];

    private static Gen<string> EdgeLine() =>
        from opening in Gen.Elements(s_edges)
        from middle in Gen.ListOf(UnicodeGenerators.Atom(), 6)
        from ending in Gen.Elements(s_edges)
        from padded in Gen.Elements(false, true)
        select (padded ? "" : "x") + opening + string.Concat(middle).Replace("\r", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal) + ending;

    private static void ClassifiesAlike(string line)
    {
        LineClass full = s_classifier.ClassifyInFull(line, fine: false);
        if (s_classifier.IsPlainText(line) && full != LineClass.Text)
            throw new InvalidOperationException($"IsPlainText holds for a line the full classification calls {full}");
        if (s_classifier.IsPlainClosing(line) && s_classifier.ClassifyClosing(line) != LineClass.Text)
            throw new InvalidOperationException($"IsPlainClosing holds for a line the closing classification calls {s_classifier.ClassifyClosing(line)}");
        LineClass shortcut = s_classifier.Classify(line, fine: false);
        if (shortcut != full) throw new InvalidOperationException($"Classify says {shortcut}, the full classification {full}");
    }

    private static void ParsesAlike(string text)
    {
        GreenNode withShortcuts = new Parser(text).ParseDocument();
        GreenNode without = new Parser(text, shortcuts: false).ParseDocument();
        if (GreenEquivalence.FindDifference(without, withShortcuts) is { } difference)
            throw new InvalidOperationException($"The shortcuts change the tree: {difference}");
    }

    private static string[] Lines(string text) => text.Split(['\r', '\n']);

    [Fact]
    public void Plain_text_shortcut_agrees_with_the_full_classification_on_lines_at_its_boundary() =>
        PropertyRunner.Check(output, EdgeLine().ToArbitrary(), ClassifiesAlike, runs: PropertyRunner.Runs(5_000));

    [Fact]
    public void Plain_text_shortcut_agrees_with_the_full_classification_on_the_lines_of_random_strings() =>
        PropertyRunner.Check(output, UnicodeGenerators.Strings(), text =>
        {
            foreach (string line in Lines(text.Text)) ClassifiesAlike(line);
        });

    [Fact]
    public void Plain_text_shortcut_agrees_with_the_full_classification_on_the_lines_of_mutated_dispatches() =>
        PropertyRunner.Check(output, MalformedGenerators.Mutated(), text =>
        {
            foreach (string line in Lines(text.Text)) ClassifiesAlike(line);
        });

    [Fact]
    public void Shortcuts_keep_the_tree_of_well_formed_dispatches() =>
        PropertyRunner.Check(output, WellFormedGenerators.Any(), dispatch => ParsesAlike(dispatch.Text));

    [Fact]
    public void Shortcuts_keep_the_tree_of_assembled_bodies() =>
        PropertyRunner.Check(output, BodyShapeGenerators.Dispatches(), text => ParsesAlike(text.Text));

    [Fact]
    public void Shortcuts_keep_the_tree_of_mutated_dispatches() =>
        PropertyRunner.Check(output, MalformedGenerators.Mutated(), text => ParsesAlike(text.Text));

    [Fact]
    public void Shortcuts_keep_the_tree_of_arbitrary_strings() =>
        PropertyRunner.Check(output, UnicodeGenerators.Strings(), text => ParsesAlike(text.Text));

    [Fact]
    public void Shortcuts_keep_the_tree_of_wrapped_dispatches() =>
        PropertyRunner.Check(output, WellFormedGenerators.Wrapped(30), dispatch => ParsesAlike(dispatch.Text));

    [Fact]
    public void Shortcuts_keep_the_tree_of_dispatches_whose_paragraphs_end_at_the_boundary() =>
        PropertyRunner.Check(output, Gen.ListOf(EdgeLine(), 6).ToArbitrary(), lines =>
            ParsesAlike("Başlık\n\nİlk paragraf burada.\n" + string.Join("\n", lines) + "\nSon paragraf burada. (AA)\nYASAL UYARI: metin"));

    /// <summary>The properties above compare something: the middle paragraphs of a canonical dispatch are plain lines.</summary>
    [Fact]
    public void Middle_paragraphs_of_a_canonical_dispatch_are_plain_lines()
    {
        Assert.True(s_classifier.IsPlainText("Belediye yeni merkezi bugün açtı."));
        Assert.True(s_classifier.IsPlainText("افتتحت بلدية ديار بكر صباح اليوم مركزا جديدا."));
        Assert.False(s_classifier.IsPlainText("Belediye yeni merkezi bugün açtı. (AA)"));
        Assert.False(s_classifier.IsPlainText("Belediye yeni merkezi bugün açtı // انتهى //"));
        // Indentation is skipped (the paragraphs of wrapped copy are indented): what follows it decides.
        Assert.True(s_classifier.IsPlainText(" Belediye yeni merkezi bugün açtı."));
        Assert.False(s_classifier.IsPlainText(" Belediye yeni merkezi bugün açtı. (AA)"));
        Assert.False(s_classifier.IsPlainText("Reuter."));
    }

    /// <summary>
    /// A paragraph opening with a marker start (ا of المصدر and انتهى, ت of تنبيه) is plain unless it opens with the marker
    /// word itself: the plain-text test no longer asks the notice, source, end-marker and stamp tests of such a line.
    /// </summary>
    [Fact]
    public void Paragraphs_opening_with_a_marker_letter_are_plain_unless_they_open_with_the_marker()
    {
        Assert.True(s_classifier.IsPlainText("افتتحت بلدية ديار بكر صباح اليوم مركزا جديدا."));
        Assert.True(s_classifier.IsPlainText("تم افتتاح المركز الجديد صباح اليوم في المدينة."));
        Assert.False(s_classifier.IsPlainText("المصدر: وكالة الأنباء السعودية الرسمية اليوم."));
        Assert.False(s_classifier.IsPlainText("تنبيه: جميع حقوق النشر محفوظة لوكالة إيلكا."));
        // A digit opens it: the stamp test is asked, and a time followed by the story is no stamp.
        Assert.True(s_classifier.IsPlainText("10:12 ت م وصل الخبر إلى الوكالة صباح اليوم."));
        // Indentation is skipped (wrapped copy's paragraphs); a marker after it is still seen.
        Assert.True(s_classifier.IsPlainText("    افتتحت بلدية ديار بكر صباح اليوم مركزا جديدا."));
        Assert.False(s_classifier.IsPlainText("    تنبيه: جميع حقوق النشر محفوظة لوكالة إيلكا."));
        foreach (string line in new[] { "المصدر: واس", "انتهى", "تنبيه: حقوق", "المصدرية في الكلام كثيرة." }) ClassifiesAlike(line);
    }

    /// <summary>A run of plain middle paragraphs that stops at a blank line, a BOM, an indented line or the last paragraph gives the general path's tree.</summary>
    [Fact]
    public void A_run_of_plain_paragraphs_is_read_as_the_general_path_reads_it()
    {
        foreach (string middle in new[]
        {
            "Bir.\nİki.\nÜç.\n", "Bir.\n\nİki.\nÜç.\n", "Bir.\n\uFEFFİki.\nÜç.\n", "Bir.\n  İki.\nÜç.\n", "Bir.\r\nİki.\rÜç.\n",
            "Bir.\nİki. (AA)\nÜç.\n", "Bir.\nİki.\n// انتهى //\n", "Bir.\nİki.\nKaynak: AA\n",
            "    Bir.\n    İki.\nÜç.\n", "    Bir\ndevam.\n    İki\n  devam. (AA)\n", "\tBir.\n    İki.\n\n    Üç.\n", "    Bir.\n    İki. \n",
        })
        {
            ParsesAlike("Başlık\n\nİlk paragraf burada.\n" + middle + "Son paragraf burada. (AA)\nYASAL UYARI: metin");
            ParsesAlike("Başlık\n\nİlk paragraf burada.\n" + middle);
        }
    }

    /// <summary>The layout rule's plain-line test: the continuation lines of hard-wrapped Arabic copy open with ا, as المصدر: and انتهى do.</summary>
    [Fact]
    public void Continuation_lines_opening_with_a_marker_letter_are_plain_unless_they_open_with_the_marker()
    {
        Assert.True(s_classifier.IsPlainClosing("المركز الجديد هو الأول ضمن سلسلة من المشاريع"));
        Assert.True(s_classifier.IsPlainClosing("Kurulan belediye meclisi yeni merkezi bugün açtı"));
        Assert.False(s_classifier.IsPlainClosing("المصدر: واس وكالة الأنباء السعودية الرسمية"));
        Assert.False(s_classifier.IsPlainClosing("Kaynak: AA muhabiri tarafından hazırlandı"));
        Assert.False(s_classifier.IsPlainClosing("10:12 ت م"));
        Assert.False(s_classifier.IsPlainClosing("metin burada bitiyor (Ayşe Demir / DHA)."));
        Assert.False(s_classifier.IsPlainClosing("AA"));
    }

    /// <summary>
    /// The first line of a paragraph of hard-wrapped copy is indented: the plain test reads it from its text, as the closing
    /// classification does, so it is plain unless its text is a closing line (the layout rule asked it in full before).
    /// </summary>
    [Fact]
    public void Indented_physical_lines_are_plain_unless_their_text_closes_the_body()
    {
        Assert.True(s_classifier.IsPlainClosing("    المركز الجديد هو الأول ضمن سلسلة من المشاريع"));
        Assert.True(s_classifier.IsPlainClosing("\t Kurulan belediye meclisi yeni merkezi bugün açtı"));
        Assert.False(s_classifier.IsPlainClosing("    المصدر: واس وكالة الأنباء السعودية الرسمية"));
        Assert.False(s_classifier.IsPlainClosing("    تنبيه: جميع الحقوق محفوظة لوكالة الأنباء"));
        Assert.False(s_classifier.IsPlainClosing("    metin burada bitiyor (Ayşe Demir / DHA)."));
        Assert.False(s_classifier.IsPlainClosing("        AA"));
        Assert.False(s_classifier.IsPlainClosing("                    "));
        foreach (string line in new[] { "    المصدر: واس وكالة الأنباء السعودية الرسمية", "    تنبيه: جميع الحقوق محفوظة لوكالة الأنباء", "        (AA)" })
            Assert.NotEqual(LineClass.Text, s_classifier.ClassifyClosing(line));
    }
}
