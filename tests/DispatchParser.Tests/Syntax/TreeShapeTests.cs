using DispatchParser.Syntax;
using Xunit.Sdk;
using static DispatchParser.Syntax.SyntaxKind;

namespace DispatchParser.Tests.Syntax;

/// <summary>The tree-shape helper fails where a structure test is wrong: it must not be a check that cannot fail.</summary>
public sealed class TreeShapeTests
{
    private static TreeShape Shape() => new(ParseHelper.Parse("Başlık\n\nBir. (AA)\nYASAL UYARI: Haklar.").Root);

    [Fact]
    public void Leaving_a_node_with_an_unnamed_child_fails()
    {
        TreeShape shape = Shape();
        shape.N(Document);
        using (shape.N(Headline)) shape.T(TextToken, "Başlık");
        using (shape.N(Separator)) shape.T(BlankLineToken);
        TreeShape.Scope body = shape.N(Body);
        TreeShape.Scope paragraph = shape.N(Paragraph);
        Assert.Throws<TrueException>(paragraph.Dispose); // its text token is not named
        shape.T(TextToken, "Bir.");
        paragraph.Dispose();
        Assert.Throws<TrueException>(body.Dispose); // nor is the agency tag
    }

    [Fact]
    public void A_token_where_a_node_stands_fails_and_so_does_a_wrong_text()
    {
        Assert.Throws<TrueException>(() => Shape().T(Document));
        TreeShape shape = Shape();
        shape.N(Document);
        shape.N(Headline);
        Assert.Throws<EqualException>(() => shape.T(TextToken, "Başka"));
    }

    [Fact]
    public void End_of_file_before_the_last_item_fails()
    {
        TreeShape shape = Shape();
        shape.N(Document);
        Assert.ThrowsAny<XunitException>(shape.EOF);
    }
}
