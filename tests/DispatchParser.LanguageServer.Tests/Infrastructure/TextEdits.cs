using DispatchParser.LanguageServer.Protocol;
using DispatchParser.Text;

namespace DispatchParser.LanguageServer.Tests.Infrastructure;

/// <summary>Applies LSP edits to a text, as a client does (all ranges refer to the text before the edits).</summary>
internal static class TextEdits
{
    public static string Apply(string text, IEnumerable<TextEdit> edits)
    {
        SourceText source = SourceText.From(text);
        var changes = edits.Select(edit => new TextChange(
            TextSpan.FromBounds(Offset(source, edit.Range.Start), Offset(source, edit.Range.End)), edit.NewText)).ToList();
        return source.WithChanges(changes).ToString();
    }

    public static int Offset(SourceText text, Position position) => text.GetPosition(new LinePosition(position.Line, position.Character));

    /// <summary>The LSP position of an offset, for building requests in tests.</summary>
    public static Position PositionOf(string text, int offset)
    {
        LinePosition position = SourceText.From(text).GetLinePosition(offset);
        return new Position(position.Line, position.Character);
    }

    public static Position PositionOf(string text, string needle, int delta = 0) =>
        PositionOf(text, text.IndexOf(needle, StringComparison.Ordinal) + delta);
}
