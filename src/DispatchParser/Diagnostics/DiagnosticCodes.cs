using static DispatchParser.Diagnostics.DiagnosticSeverity;

namespace DispatchParser.Diagnostics;

/// <summary>
/// Every diagnostic DispatchParser reports, by stable code. The parser only reports "missing" and
/// "unexpected" (DSP00xx) and departures from the canonical form (DSP01xx); analyzers report DSP02xx;
/// front ends DSP03xx. The README's diagnostics table is generated from this list (a test checks it).
/// </summary>
public static class DiagnosticCodes
{
    // Grammar violations: errors under strict.
    public static readonly DiagnosticDescriptor MissingHeadline = new("DSP0001", "Missing headline",
        "The dispatch has no headline: {0}", Error, Error, Warning);
    public static readonly DiagnosticDescriptor MissingSeparator = new("DSP0002", "Missing separator",
        "A blank line must separate the headline from the body", Error, Warning, Warning);
    public static readonly DiagnosticDescriptor MissingAgencyTag = new("DSP0003", "Missing agency tag",
        "The body names no agency: end the last paragraph with a tag such as (AA), add a sign-off line, or open the body with a dateline", Error, Error, Warning);
    public static readonly DiagnosticDescriptor MissingNotice = new("DSP0004", "Missing legal notice",
        "The dispatch has no legal notice (a line starting with a marker such as 'تنبيه:' or 'YASAL UYARI:')", Error, Warning, Warning);
    public static readonly DiagnosticDescriptor MissingBody = new("DSP0005", "Missing body",
        "The dispatch has no body paragraph", Error, Error, Error);
    public static readonly DiagnosticDescriptor UnexpectedLine = new("DSP0006", "Unexpected line",
        "Unexpected line ({0}): {1}", Error, Error, Warning);
    public static readonly DiagnosticDescriptor UnexpectedByteOrderMark = new("DSP0007", "Unexpected byte-order mark",
        "A byte-order mark (U+FEFF) may only open the text", Error, Error, Warning);

    // Departures from the canonical form: never errors.
    public static readonly DiagnosticDescriptor LeadingBlankLines = new("DSP0101", "Blank lines before the headline",
        "Blank lines before the headline", Warning, Info, Hidden);
    public static readonly DiagnosticDescriptor NonCanonicalSeparator = new("DSP0102", "Non-canonical separator",
        "The separator should be exactly one empty line", Warning, Info, Hidden);
    public static readonly DiagnosticDescriptor BlankLineInside = new("DSP0103", "Blank line inside the dispatch",
        "Blank line inside the {0}", Warning, Info, Hidden);
    public static readonly DiagnosticDescriptor TrailingWhitespace = new("DSP0104", "Trailing whitespace",
        "Trailing whitespace", Warning, Hidden, Hidden);
    public static readonly DiagnosticDescriptor LeadingWhitespace = new("DSP0105", "Indented line",
        "Line starts with whitespace", Warning, Hidden, Hidden);
    public static readonly DiagnosticDescriptor TrailingBlankLines = new("DSP0106", "Blank lines at the end",
        "Blank lines at the end of the dispatch", Warning, Info, Hidden);
    public static readonly DiagnosticDescriptor WrappedLayout = new("DSP0108", "Wrapped layout",
        "Paragraphs run over several lines (the first fold is this line break); canonical copy has one paragraph per line", Error, Info, Info);
    public static readonly DiagnosticDescriptor LeadIn = new("DSP0110", "Lead-in before the first paragraph",
        "{0} before the first paragraph is not part of the story", Warning, Info, Info);
    public static readonly DiagnosticDescriptor NonCanonicalAgencyMark = new("DSP0107", "Non-canonical agency mark",
        "The agency is marked in a non-canonical way: {0}", Warning, Info, Hidden);

    // Analyzers.
    public static readonly DiagnosticDescriptor AgencyMismatch = new("DSP0201", "Tag and notice name different agencies",
        "The {0} names {1} but the legal notice names {2}", Warning, Warning, Warning);
    public static readonly DiagnosticDescriptor BidiControl = new("DSP0202", "Bidirectional control character",
        "Bidirectional control character U+{0:X4} can make the text display differently from its logical order (Trojan Source)", Error, Error, Warning);
    public static readonly DiagnosticDescriptor MixedLineEndings = new("DSP0203", "Mixed line endings",
        "Line ending {0} differs from the first line ending of the text ({1}){2}", Warning, Warning, Info);
    public static readonly DiagnosticDescriptor DuplicateParagraph = new("DSP0204", "Duplicate paragraph",
        "This paragraph repeats paragraph {0}", Warning, Warning, Info);
    public static readonly DiagnosticDescriptor NoticeInsideBody = new("DSP0205", "Notice inside the body",
        "The legal-notice marker '{0}' stands inside a paragraph or the headline; a notice starts a line of its own", Warning, Warning, Info);
    public static readonly DiagnosticDescriptor UnknownAgency = new("DSP0206", "Unknown agency",
        "'{0}' is not an agency of the registry", Info, Info, Hidden);
    public static readonly DiagnosticDescriptor LoneSurrogate = new("DSP0207", "Lone surrogate",
        "Lone surrogate U+{0:X4} is not a character (invalid UTF-16); exports write U+FFFD in its place", Error, Warning, Warning);

    // Front ends.
    public static readonly DiagnosticDescriptor InvalidUtf8 = new("DSP0301", "Invalid UTF-8",
        "Invalid UTF-8 byte sequence at byte offset {0}; decoded as U+FFFD", Error, Warning, Warning);
    public static readonly DiagnosticDescriptor EncodingDetected = new("DSP0302", "Encoding detected",
        "Decoded as {0} ({1})", Info, Info, Info);

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        MissingHeadline, MissingSeparator, MissingAgencyTag, MissingNotice, MissingBody, UnexpectedLine,
        UnexpectedByteOrderMark, LeadingBlankLines, NonCanonicalSeparator, BlankLineInside, TrailingWhitespace,
        LeadingWhitespace, TrailingBlankLines, NonCanonicalAgencyMark, WrappedLayout, LeadIn, AgencyMismatch, BidiControl, MixedLineEndings, DuplicateParagraph,
        NoticeInsideBody, UnknownAgency, LoneSurrogate, InvalidUtf8, EncodingDetected,
    ];

    public static DiagnosticDescriptor? Find(string code) => All.FirstOrDefault(d => d.Code == code);
}
