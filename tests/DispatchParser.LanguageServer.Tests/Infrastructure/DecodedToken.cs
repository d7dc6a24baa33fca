namespace DispatchParser.LanguageServer.Tests.Infrastructure;

/// <summary>A semantic token in absolute coordinates, decoded from LSP's relative five-integer form.</summary>
internal readonly record struct DecodedToken(int Line, int Character, int Length, int Type, int Modifiers)
{
    public static List<DecodedToken> Decode(IReadOnlyList<int> data)
    {
        Assert.Equal(0, data.Count % 5);
        var tokens = new List<DecodedToken>();
        int line = 0, character = 0;
        for (int i = 0; i < data.Count; i += 5)
        {
            Assert.True(data[i] >= 0 && data[i + 2] > 0, "negative line delta or empty token");
            if (data[i] > 0) character = 0;
            line += data[i];
            character += data[i + 1];
            tokens.Add(new DecodedToken(line, character, data[i + 2], data[i + 3], data[i + 4]));
        }
        return tokens;
    }
}
