using DispatchParser.Syntax;
using DispatchParser.Syntax.InternalSyntax;

namespace DispatchParser.Tests.Syntax;

/// <summary>The walks over a chunked list, all in <see cref="GreenList"/>: by index, by offset, in order, and replacing one item.</summary>
public sealed class GreenListTests
{
    private static GreenList ListOf(int count, out List<GreenNode> items)
    {
        // Items of different widths, so that offsets are not a multiple of the index.
        items = [.. Enumerable.Range(0, count).Select(i => (GreenNode)GreenToken.FromText(SyntaxKind.TextToken, new string('x', 1 + i % 5)))];
        return GreenList.Create(items);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(33)]
    [InlineData(1025)]
    [InlineData(40_000)]
    public void Every_walk_agrees_with_the_items_in_order(int count)
    {
        GreenList list = ListOf(count, out List<GreenNode> items);
        Assert.Equal(count, list.Count);
        Assert.Equal(items, list.Items());

        int offset = 0, index = 0;
        foreach ((int itemOffset, GreenNode item) in list.ItemsWithOffsets())
        {
            Assert.Equal(offset, itemOffset);
            Assert.Same(items[index], item);
            if (index % 97 == 0 || index == count - 1)
            {
                Assert.Same(item, list.GetItem(index));
                Assert.Equal((item, offset, index), list.FindItemAt(offset));
                Assert.Equal((item, offset, index), list.FindItemAt(offset + item.FullWidth - 1));
            }
            offset += item.FullWidth;
            index++;
        }
        Assert.Equal(list.FullWidth, offset);
        Assert.Throws<ArgumentOutOfRangeException>(() => list.GetItem(count));
        Assert.Throws<ArgumentOutOfRangeException>(() => list.FindItemAt(list.FullWidth));
    }

    [Fact]
    public void ReplaceItemAt_replaces_one_item_and_shares_the_untouched_chunks()
    {
        GreenList list = ListOf(5000, out List<GreenNode> items);
        (GreenNode old, int offset, int index) = list.FindItemAt(list.FullWidth / 2);
        GreenNode replacement = GreenToken.FromText(SyntaxKind.TextToken, "replacement");
        GreenList replaced = list.ReplaceItemAt(offset, replacement);

        items[index] = replacement;
        Assert.Equal(items, replaced.Items());
        Assert.Equal(list.FullWidth - old.FullWidth + replacement.FullWidth, replaced.FullWidth);
        Assert.Same(old, list.GetItem(index));
        int shared = Enumerable.Range(0, list.SlotCount).Count(i => ReferenceEquals(list.GetSlot(i), replaced.GetSlot(i)));
        Assert.Equal(list.SlotCount - 1, shared);
    }
}
