using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace DispatchParser.Tests.Grammar;

/// <summary>
/// Turns a Reuters-21578 SGML record into a dispatch: the TITLE (entities unescaped, on one
/// line) as the headline, an empty line, then the BODY's lines without the closing <c>&amp;#3;</c>.
/// </summary>
internal static partial class ReutersRecord
{
    public static bool IsRecord(string text) => text.StartsWith("<REUTERS", StringComparison.Ordinal);

    public static string ToDispatch(string record)
    {
        var title = Title().Match(record);
        var headline = title.Success ? Whitespace().Replace(Unescape(title.Groups["text"].Value), " ").Trim() : string.Empty;

        var body = Body().Match(record);
        var bodyText = body.Success
            ? body.Groups["text"].Value
            : (title.Success ? TitleTail().Match(record, title.Index + title.Length).Groups["text"].Value : string.Empty);
        bodyText = Unescape(bodyText.Replace("&#3;", string.Empty, StringComparison.Ordinal)).TrimEnd('\n', '\r', ' ');

        return headline + "\n\n" + bodyText;
    }

    /// <summary>Unescapes &amp;lt; &amp;gt; &amp;amp; and numeric references &amp;#N;.</summary>
    public static string Unescape(string text)
    {
        var numeric = NumericEntity().Replace(text, match =>
        {
            var code = int.Parse(match.Groups["code"].Value, CultureInfo.InvariantCulture);
            return code is > 0 and < 0x10000 ? ((char)code).ToString() : string.Empty;
        });
        return new StringBuilder(numeric)
            .Replace("&lt;", "<")
            .Replace("&gt;", ">")
            .Replace("&amp;", "&")
            .ToString();
    }

    [GeneratedRegex(@"<TITLE>(?<text>.*?)</TITLE>", RegexOptions.Singleline)]
    private static partial Regex Title();

    [GeneratedRegex(@"<BODY>(?<text>.*?)</BODY>", RegexOptions.Singleline)]
    private static partial Regex Body();

    [GeneratedRegex(@"\G(?<text>.*?)(&#3;|</TEXT>)", RegexOptions.Singleline)]
    private static partial Regex TitleTail();

    [GeneratedRegex(@"&#(?<code>[0-9]{1,7});")]
    private static partial Regex NumericEntity();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
