using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using DispatchParser.Dialects;

namespace DispatchParser.Generation;

/// <summary>
/// An AFL++/libFuzzer dictionary (<c>name="value"</c> lines, bytes as <c>\xNN</c>) of the grammar's literals:
/// every quoted literal of the normative lexer grammar (embedded from grammar/DispatchLexer.g4), and the
/// registry's aliases, notice markers, end markers and sign-off words (the registry is the grammar's
/// vocabulary in data), plus the line breaks and characters the diagnostics are about.
/// </summary>
public static partial class AflDictionary
{
    public static string Write()
    {
        var entries = new List<(string Name, string Value)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(string name, string value)
        {
            if (value.Length > 0 && seen.Add(value)) entries.Add((name, value));
        }

        foreach (string literal in GrammarLiterals()) Add("grammar", literal);
        AgencyRegistry registry = AgencyRegistry.Default;
        foreach (Agency agency in registry.Agencies)
        {
            foreach (string alias in agency.Aliases)
            {
                Add("alias_" + agency.Id, alias);
                Add("tag_" + agency.Id, " (" + alias + ")");
            }
        }
        foreach (NoticeMarker marker in registry.NoticeMarkers) Add("notice_" + marker.Language, marker.Marker + ":");
        foreach (EndMarkerWord end in registry.EndMarkers) Add("end_" + end.Language, end.Bare ? end.Word : "// " + end.Word + " //");
        foreach (string word in registry.SignOffWords) Add("signoff", word);
        foreach ((string name, string value) in s_characters) Add(name, value);

        var builder = new StringBuilder();
        builder.AppendLine("# AFL++ dictionary written by `dispatch generate --afl-dictionary`: the literals of grammar/DispatchLexer.g4,");
        builder.AppendLine("# the agency registry's aliases, tags, notice and end markers, sign-off words, line breaks and awkward characters.");
        for (int i = 0; i < entries.Count; i++)
            builder.Append(CultureInfo.InvariantCulture, $"{entries[i].Name}_{i + 1}=\"").Append(Escape(entries[i].Value)).Append("\"\n");
        return builder.ToString();
    }

    private static readonly (string Name, string Value)[] s_characters =
    [
        ("lf", "\n"), ("crlf", "\r\n"), ("cr", "\r"), ("blank_line", "\n\n"), ("bom", "\uFEFF"), ("nbsp", "\u00A0"), ("tab", "\t"),
        ("nul", "\0"), ("nel", "\u0085"), ("line_separator", "\u2028"), ("rlo", "\u202E"), ("lri", "\u2066"), ("rlm", "\u200F"),
        ("alm", "\u061C"), ("dash", " - "), ("en_dash", " – "), ("em_dash", " — "),
    ];

    /// <summary>The quoted literals of the lexer grammar, unescaped (ANTLR's <c>\n \r \t \\ \' \uXXXX</c>).</summary>
    public static IEnumerable<string> GrammarLiterals()
    {
        using Stream stream = typeof(AflDictionary).Assembly.GetManifestResourceStream("DispatchParser.Generation.DispatchLexer.g4")
            ?? throw new InvalidOperationException("The lexer grammar is not embedded.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        string grammar = reader.ReadToEnd();
        foreach (string line in grammar.Split('\n'))
        {
            string code = line.TrimStart().StartsWith("//", StringComparison.Ordinal) ? "" : line;
            foreach (Match match in Literal().Matches(code))
                yield return Unescape(match.Groups[1].Value);
        }
    }

    [GeneratedRegex(@"'((?:\\.|[^'\\])*)'")]
    private static partial Regex Literal();

    private static string Unescape(string literal)
    {
        var builder = new StringBuilder(literal.Length);
        for (int i = 0; i < literal.Length; i++)
        {
            if (literal[i] != '\\' || i + 1 == literal.Length)
            {
                builder.Append(literal[i]);
                continue;
            }
            char next = literal[++i];
            switch (next)
            {
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u' when i + 4 < literal.Length:
                    builder.Append((char)int.Parse(literal.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                default: builder.Append(next); break;
            }
        }
        return builder.ToString();
    }

    /// <summary>Printable ASCII as is (quote and backslash escaped), every other byte of the UTF-8 as <c>\xNN</c>.</summary>
    private static string Escape(string value)
    {
        var builder = new StringBuilder();
        foreach (byte b in Encoding.UTF8.GetBytes(value))
        {
            if (b is >= 0x20 and < 0x7F && b != (byte)'"' && b != (byte)'\\') builder.Append((char)b);
            else builder.Append(CultureInfo.InvariantCulture, $"\\x{b:X2}");
        }
        return builder.ToString();
    }
}
