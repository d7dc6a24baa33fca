using DispatchParser.LanguageServer.Features;
using DispatchParser.LanguageServer.Protocol;
using DispatchParser.LanguageServer.Tests.Infrastructure;
using Range = DispatchParser.LanguageServer.Protocol.Range;

namespace DispatchParser.LanguageServer.Tests;

/// <summary>Outline, folding, semantic tokens and hover, each through the protocol.</summary>
public sealed class FeatureTests
{
    private const string Uri = Samples.Uri;
    private static TextDocumentIdentifier Document { get; } = new(Uri);

    private static async Task<LspClient> OpenAsync(string text)
    {
        LspClient client = await LspClient.StartInitializedAsync();
        await client.OpenAsync(Uri, text);
        return client;
    }

    private static Range LineRange(string text, int line)
    {
        string[] lines = text.Split('\n');
        return new Range(new Position(line, 0), new Position(line, lines[line].Length));
    }

    [Fact]
    public async Task Document_symbols_outline_every_part()
    {
        await using LspClient client = await OpenAsync(Samples.Canonical);
        DocumentSymbol[] symbols = await client.RequestAsync<DocumentSymbol[]>(Methods.DocumentSymbol, new TextDocumentParams(Document));

        Assert.Equal(["Headline", "Body", "Legal notice", "Briefs"], symbols.Select(symbol => symbol.Name));
        Assert.Equal(LineRange(Samples.Canonical, 0), symbols[0].Range);
        Assert.Equal("Diyarbakır'da kütüphane haftası başladı", symbols[0].Detail);
        Assert.Equal(SymbolKind.String, symbols[0].Kind);

        DocumentSymbol body = symbols[1];
        Assert.Equal(SymbolKind.Module, body.Kind);
        Assert.Equal(["Dateline", "Paragraph 1", "Paragraph 2", "Agency tag"], body.Children!.Select(symbol => symbol.Name));
        Assert.Equal(new Range(new Position(2, 0), new Position(3, 42)), body.Range);
        Assert.Equal("DİYARBAKIR (İLKHA) -", body.Children![0].Detail);
        Assert.Equal(new Range(new Position(3, 35), new Position(3, 42)), body.Children![3].Range);
        Assert.Equal("İLKHA — İlke Haber Ajansı", body.Children![3].Detail);
        Assert.All(body.Children!, child => Assert.True(Contains(body.Range, child.Range)));

        Assert.Equal(LineRange(Samples.Canonical, 4), symbols[2].Range);
        Assert.Equal(["Brief 1", "Brief 2"], symbols[3].Children!.Select(symbol => symbol.Name));
        Assert.Equal(new Range(new Position(5, 0), LineRange(Samples.Canonical, 6).End), symbols[3].Range);
    }

    [Fact]
    public async Task Document_symbols_include_the_end_marker_and_leave_out_missing_parts()
    {
        await using LspClient client = await OpenAsync(Samples.Arabic);
        DocumentSymbol[] symbols = await client.RequestAsync<DocumentSymbol[]>(Methods.DocumentSymbol, new TextDocumentParams(Document));
        Assert.Equal(["Headline", "Body", "End marker", "Legal notice", "Briefs"], symbols.Select(symbol => symbol.Name));
        Assert.Equal(SymbolKind.Key, symbols[2].Kind);

        await using LspClient missing = await OpenAsync("ANKARA (AA) - Only a body line.");
        DocumentSymbol[] few = await missing.RequestAsync<DocumentSymbol[]>(Methods.DocumentSymbol, new TextDocumentParams(Document));
        Assert.DoesNotContain(few, symbol => symbol.Name is "Headline" or "Legal notice");
    }

    [Fact]
    public async Task Folding_ranges_cover_the_body_and_the_briefs()
    {
        await using LspClient client = await OpenAsync(Samples.Canonical);
        FoldingRange[] ranges = await client.RequestAsync<FoldingRange[]>(Methods.FoldingRange, new TextDocumentParams(Document));
        Assert.Equal([(2, 3, "body"), (5, 6, "briefs")], ranges.Select(range => (range.StartLine, range.EndLine, range.CollapsedText)));
        Assert.All(ranges, range => Assert.Equal(FoldingRangeKind.Region, range.Kind));
    }

    [Fact]
    public async Task Folding_ranges_leave_out_parts_on_a_single_line()
    {
        await using LspClient client = await OpenAsync("Headline\n\nOne paragraph. (AA)\nLEGAL NOTICE: x\nOne brief.");
        Assert.Empty(await client.RequestAsync<FoldingRange[]>(Methods.FoldingRange, new TextDocumentParams(Document)));
    }

    [Fact]
    public async Task Semantic_tokens_highlight_each_part_in_the_relative_encoding()
    {
        await using LspClient client = await OpenAsync(Samples.Canonical);
        SemanticTokens tokens = await client.RequestAsync<SemanticTokens>(Methods.SemanticTokensFull, new TextDocumentParams(Document));
        string[] lines = Samples.Canonical.Split('\n');
        Assert.Equal(
        [
            new(0, 0, lines[0].Length, SemanticTokensProvider.Headline, 0),
            new(2, 0, "DİYARBAKIR".Length, SemanticTokensProvider.Dateline, 0),
            new(2, 11, "(İLKHA)".Length, SemanticTokensProvider.AgencyTag, 0),
            new(2, 19, 1, SemanticTokensProvider.Dateline, 0),
            new(3, 35, "(İLKHA)".Length, SemanticTokensProvider.AgencyTag, 0),
            new(4, 0, lines[4].Length, SemanticTokensProvider.Notice, 0),
            new(5, 0, lines[5].Length, SemanticTokensProvider.Brief, 0),
            new(6, 0, lines[6].Length, SemanticTokensProvider.Brief, 0),
        ], DecodedToken.Decode(tokens.Data));
        // Relative: the second token on line 2 starts 11 after the first, the dash 8 after that.
        Assert.Equal([0, 0, lines[0].Length, 0, 0, 2, 0, 10, 1, 0, 0, 11, 7, 2, 0, 0, 8, 1, 1, 0], tokens.Data.Take(20));
    }

    [Fact]
    public async Task Semantic_tokens_mark_end_markers_sign_offs_and_unknown_agencies()
    {
        await using LspClient client = await OpenAsync(Samples.Arabic);
        List<DecodedToken> tokens = DecodedToken.Decode(
            (await client.RequestAsync<SemanticTokens>(Methods.SemanticTokensFull, new TextDocumentParams(Document))).Data);
        Assert.Contains(new DecodedToken(4, 0, "// انتهى //".Length, SemanticTokensProvider.Marker, 0), tokens);
        Assert.Contains(new DecodedToken(5, 1, "20:26 ت م".Length, SemanticTokensProvider.Marker, SemanticTokensProvider.Stamp), tokens);

        await using LspClient signOff = await OpenAsync("Headline\n\nBody text.\n(NDMA)\nLEGAL NOTICE: x\n// يتبع //");
        List<DecodedToken> more = DecodedToken.Decode(
            (await signOff.RequestAsync<SemanticTokens>(Methods.SemanticTokensFull, new TextDocumentParams(Document))).Data);
        Assert.Contains(new DecodedToken(3, 0, 6, SemanticTokensProvider.AgencyTag,
            SemanticTokensProvider.SignOff | SemanticTokensProvider.UnknownAgency), more);
    }

    [Fact]
    public void The_encoder_splits_a_token_at_line_breaks_and_never_includes_a_break()
    {
        var text = Text.SourceText.From("ab\ncd\r\nef");
        int[] data = SemanticTokenEncoder.Encode(text, [new SemanticSpan(Text.TextSpan.FromBounds(1, 8), 3, 1)]);
        Assert.Equal([0, 1, 1, 3, 1, 1, 0, 2, 3, 1, 1, 0, 1, 3, 1], data);
    }

    [Fact]
    public void The_encoder_round_trips_random_spans_over_random_text()
    {
        var random = new Random(11);
        char[] alphabet = ['a', 'b', 'ğ', ' ', '\n', '\r'];
        for (int iteration = 0; iteration < 500; iteration++)
        {
            string value = new(Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var text = Text.SourceText.From(value);
            var cuts = Enumerable.Range(0, random.Next(0, 8)).Select(_ => random.Next(value.Length + 1)).Distinct().Order().ToList();
            var spans = new List<SemanticSpan>();
            for (int i = 0; i + 1 < cuts.Count; i += 2)
                spans.Add(new SemanticSpan(Text.TextSpan.FromBounds(cuts[i], cuts[i + 1]), i % 6));

            var expected = new SortedSet<int>(spans.SelectMany(span => Covered(value, span.Span)));
            var covered = new SortedSet<int>();
            foreach (DecodedToken token in DecodedToken.Decode(SemanticTokenEncoder.Encode(text, spans)))
            {
                int start = text.GetPosition(new Text.LinePosition(token.Line, token.Character));
                Assert.Equal(token.Character, start - text.GetLine(token.Line).Start);
                Assert.True(token.Character + token.Length <= text.GetLine(token.Line).Span.Length, $"token past its line in {value}");
                for (int offset = start; offset < start + token.Length; offset++) Assert.True(covered.Add(offset));
            }
            Assert.Equal(expected, covered);
        }
    }

    /// <summary>
    /// The offsets a span's tokens cover: all but the line breaks; a span over several lines (a wrapped part) is cut into
    /// its lines' text — without a line's trailing spaces, nor, after the first, its indentation.
    /// </summary>
    private static IEnumerable<int> Covered(string value, Text.TextSpan span)
    {
        string slice = value.Substring(span.Start, span.Length);
        if (slice.IndexOfAny(['\r', '\n']) < 0) return Enumerable.Range(span.Start, span.Length);
        var offsets = new List<int>();
        int lineStart = 0;
        for (int i = 0; i <= slice.Length; i++)
        {
            if (i < slice.Length && slice[i] is not ('\r' or '\n')) continue;
            int start = lineStart, end = i;
            if (lineStart > 0) while (start < end && slice[start] == ' ') start++;
            while (end > start && slice[end - 1] == ' ') end--;
            offsets.AddRange(Enumerable.Range(span.Start + start, end - start));
            lineStart = i + 1;
        }
        return offsets;
    }

    [Fact]
    public async Task Hover_on_the_agency_tag_gives_name_id_and_aliases()
    {
        await using LspClient client = await OpenAsync(Samples.Canonical);
        Hover? hover = await client.RequestAsync<Hover?>(Methods.Hover, new TextDocumentPositionParams(Document, new Position(3, 37)));
        Assert.NotNull(hover);
        Assert.Equal(MarkupKind.Markdown, hover.Contents.Kind);
        Assert.Contains("**İlke Haber Ajansı** (agency tag)", hover.Contents.Value, StringComparison.Ordinal);
        Assert.Contains("Id: `ILKHA`", hover.Contents.Value, StringComparison.Ordinal);
        Assert.Contains("Aliases: `İLKHA`, `ÎLKHA`, `ILKHA`, `إيلكا`", hover.Contents.Value, StringComparison.Ordinal);
        Assert.Equal(new Range(new Position(3, 35), new Position(3, 42)), hover.Range);
    }

    [Fact]
    public async Task Hover_on_the_dateline_agency_names_it_too()
    {
        await using LspClient client = await OpenAsync(Samples.Canonical);
        Hover? hover = await client.RequestAsync<Hover?>(Methods.Hover, new TextDocumentPositionParams(Document, new Position(2, 13)));
        Assert.NotNull(hover);
        Assert.Contains("**İlke Haber Ajansı** (dateline agency)", hover.Contents.Value, StringComparison.Ordinal);
        Assert.Equal(new Range(new Position(2, 11), new Position(2, 18)), hover.Range);
    }

    [Theory]
    [InlineData("Reuter", "**Reuters** (sign-off)")]
    [InlineData("reuter", "**Reuters** (sign-off)")]
    [InlineData("(NDMA)", "`NDMA` (sign-off) is not an agency of the registry.")]
    public async Task Hover_on_a_sign_off(string signOff, string expected)
    {
        await using LspClient client = await OpenAsync($"Headline\n\nBody text.\n{signOff}\nLEGAL NOTICE: x");
        Hover? hover = await client.RequestAsync<Hover?>(Methods.Hover, new TextDocumentPositionParams(Document, new Position(3, 2)));
        Assert.NotNull(hover);
        Assert.Contains(expected, hover.Contents.Value, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 3)]
    [InlineData(3, 5)]
    [InlineData(4, 10)]
    public async Task Hover_elsewhere_is_null(int line, int character)
    {
        await using LspClient client = await OpenAsync(Samples.Canonical);
        Assert.Null(await client.RequestAsync<Hover?>(Methods.Hover, new TextDocumentPositionParams(Document, new Position(line, character))));
    }

    private static bool Contains(Range outer, Range inner) =>
        Compare(outer.Start, inner.Start) <= 0 && Compare(inner.End, outer.End) <= 0;

    private static int Compare(Position a, Position b) => a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Character.CompareTo(b.Character);
}
