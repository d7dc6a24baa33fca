using System.Text;
using DispatchParser.LanguageServer.Documents;
using DispatchParser.LanguageServer.Protocol;
using DispatchParser.Syntax;
using DispatchParser.Text;

namespace DispatchParser.LanguageServer.Features;

/// <summary>Hover on the agency tag or sign-off, or on the agency of a dateline: the agency's full name, id and aliases.</summary>
internal static class HoverProvider
{
    public static Hover? Compute(DispatchSyntaxTree tree, int offset)
    {
        DocumentSyntax root = tree.Root;
        if (root.AgencyTag is { IsMissing: false } tag && Touches(tag.Span, offset))
            return Describe(tree.Text, tag.Name, tag.IsSignOff ? "sign-off" : "agency tag", tag.Span);

        if (root.Dateline is { AgencyNameToken: { IsNone: false, IsMissing: false } name } dateline)
        {
            int start = dateline.OpenParenToken.IsNone ? name.Span.Start : dateline.OpenParenToken.Span.Start;
            int end = dateline.CloseParenToken.IsNone ? name.Span.End : dateline.CloseParenToken.Span.End;
            var span = TextSpan.FromBounds(start, end);
            if (Touches(span, offset)) return Describe(tree.Text, name.Text, "dateline agency", span);
        }
        return null;
    }

    /// <summary>Inside the span or right after its last character (where a cursor stands after typing it).</summary>
    private static bool Touches(TextSpan span, int offset) => offset >= span.Start && offset <= span.End;

    private static Hover Describe(SourceText text, string spelling, string role, TextSpan span)
    {
        var markdown = new StringBuilder();
        if (AgencyLookup.Find(spelling) is { } agency)
        {
            markdown.Append("**").Append(agency.Name).Append("** (").Append(role).Append(")\n\n");
            markdown.Append("Id: `").Append(agency.Id).Append("`\n\n");
            markdown.Append("Aliases: ").AppendJoin(", ", agency.Aliases.Select(Code)).Append("\n\n");
            markdown.Append("Names: ").AppendJoin(", ", agency.Names);
        }
        else
        {
            markdown.Append(Code(spelling)).Append(" (").Append(role).Append(") is not an agency of the registry.");
        }
        return new Hover(new MarkupContent(MarkupKind.Markdown, markdown.ToString()), text.ToRange(span));
    }

    private static string Code(string value) => $"`{value}`";
}
