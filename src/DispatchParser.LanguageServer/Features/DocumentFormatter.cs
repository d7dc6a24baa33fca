using DispatchParser.LanguageServer.Documents;
using DispatchParser.LanguageServer.Protocol;
using DispatchParser.Syntax;
using DispatchParser.Text;

namespace DispatchParser.LanguageServer.Features;

/// <summary>Formatting: the normalized text as one whole-document edit, or no edit when the text is already normal.</summary>
internal static class DocumentFormatter
{
    public static IReadOnlyList<TextEdit> Format(DispatchSyntaxTree tree)
    {
        string normalized = Normalize(tree);
        SourceText text = tree.Text;
        if (string.Equals(normalized, text.Text, StringComparison.Ordinal)) return [];
        return [new TextEdit(text.ToRange(new TextSpan(0, text.Length)), normalized)];
    }

    /// <summary>The core's normalizer, in canonical LF line breaks (the reference dispatch is LF).</summary>
    private static string Normalize(DispatchSyntaxTree tree) => SyntaxNormalizer.Normalize(tree);
}
