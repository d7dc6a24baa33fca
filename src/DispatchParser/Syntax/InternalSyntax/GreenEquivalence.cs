using DispatchParser.Diagnostics;

namespace DispatchParser.Syntax.InternalSyntax;

/// <summary>Structural comparison of green trees: kinds, widths, text, trivia, missing flags and diagnostics.</summary>
internal static class GreenEquivalence
{
    public static string? FindDifference(GreenNode expected, GreenNode actual) => Compare(expected, actual, 0);

    private static string? Compare(GreenNode? expected, GreenNode? actual, int position)
    {
        if (ReferenceEquals(expected, actual)) return null;
        if (expected is null || actual is null)
            return $"at {position}: {(expected is null ? "unexpected" : "missing")} {(expected ?? actual)!.Kind}";
        if (expected.Kind != actual.Kind) return $"at {position}: kind {actual.Kind} instead of {expected.Kind}";
        if (expected.FullWidth != actual.FullWidth)
            return $"at {position}: {expected.Kind} is {actual.FullWidth} wide instead of {expected.FullWidth}";
        if (expected.IsMissing != actual.IsMissing) return $"at {position}: {expected.Kind} missing flag differs";
        if (!SameDiagnostics(expected.GetOwnDiagnostics(), actual.GetOwnDiagnostics()))
            return $"at {position}: diagnostics of {expected.Kind} differ";
        switch (expected)
        {
            case GreenToken expectedToken:
            {
                var actualToken = (GreenToken)actual;
                if (!expectedToken.Text.SequenceEqual(actualToken.Text)) return $"at {position}: token text differs";
                return Compare(expectedToken.LeadingTrivia, actualToken.LeadingTrivia, position)
                    ?? Compare(expectedToken.TrailingTrivia, actualToken.TrailingTrivia, position + expectedToken.LeadingTriviaWidth + expectedToken.TextWidth);
            }
            case GreenTrivia expectedTrivia:
                return expectedTrivia.Text.SequenceEqual(((GreenTrivia)actual).Text) ? null : $"at {position}: trivia text differs";
        }
        if (expected is GreenList expectedList && actual is GreenList actualList)
        {
            // Chunking is an implementation detail: compare the items.
            if (expectedList.Count != actualList.Count) return $"at {position}: list has {actualList.Count} items instead of {expectedList.Count}";
            int offset = position;
            using IEnumerator<GreenNode> left = expectedList.Items().GetEnumerator();
            using IEnumerator<GreenNode> right = actualList.Items().GetEnumerator();
            while (left.MoveNext() && right.MoveNext())
            {
                if (Compare(left.Current, right.Current, offset) is { } difference) return difference;
                offset += left.Current.FullWidth;
            }
            return null;
        }
        if (expected.SlotCount != actual.SlotCount) return $"at {position}: {expected.Kind} slot count differs";
        int childOffset = position;
        for (int i = 0; i < expected.SlotCount; i++)
        {
            if (Compare(expected.GetSlot(i), actual.GetSlot(i), childOffset) is { } difference) return difference;
            childOffset += expected.GetSlot(i)?.FullWidth ?? 0;
        }
        return null;
    }

    private static bool SameDiagnostics(DiagnosticInfo[] expected, DiagnosticInfo[] actual)
    {
        if (expected.Length != actual.Length) return false;
        for (int i = 0; i < expected.Length; i++)
        {
            if (expected[i].Descriptor != actual[i].Descriptor || expected[i].Offset != actual[i].Offset || expected[i].Length != actual[i].Length)
                return false;
            if (!expected[i].Arguments.SequenceEqual(actual[i].Arguments)) return false;
        }
        return true;
    }
}
