using DispatchParser.Dialects;
using DispatchParser.Syntax;

namespace DispatchParser.Tests.Parsing;

/// <summary>
/// One resolution of an agency spelling (issue 11 item 4): the registry's <see cref="AgencyRegistry.FindByAlias"/> for
/// tags, sign-offs, datelines and bylines, <see cref="AgencyRegistry.FindByMention"/> where a full name may stand. The
/// core and the language server each had a copy with a second lookup for sign-off words; these tests hold the registry to
/// the fact that made that lookup dead, so deleting it changed nothing.
/// </summary>
public sealed class AgencyResolutionTests
{
    private static readonly AgencyRegistry s_registry = AgencyRegistry.Default;

    [Fact]
    public void Every_sign_off_word_is_an_alias_of_the_agency_it_names_ignoring_case()
    {
        Assert.NotEmpty(s_registry.SignOffWords);
        foreach (string word in s_registry.SignOffWords)
        {
            Agency? byAlias = s_registry.FindByAlias(word);
            Assert.True(byAlias is not null, $"sign-off word '{word}' is not an alias: a sign-off would resolve to no agency");
            // What the deleted fallback answered: the agency with an alias equal to the word ignoring case.
            Agency? byCase = s_registry.Agencies.FirstOrDefault(agency =>
                agency.Aliases.Any(alias => alias.Equals(word, StringComparison.OrdinalIgnoreCase)));
            Assert.Same(byCase, byAlias);
        }
    }

    [Theory]
    [InlineData("Başlık\n\nANKARA (AA) - Metin burada.\nYASAL UYARI: Tüm hakları saklıdır.\n", "AA")]
    [InlineData("Başlık\n\nMetin burada. (İLKHA)\nYASAL UYARI: Tüm hakları saklıdır.\n", "ILKHA")]
    [InlineData("Headline\n\nText here.\nReuter\nLEGAL NOTICE: All rights reserved.\n", "REUTERS")]
    [InlineData("Headline\n\nText here.\nreuter\nLEGAL NOTICE: All rights reserved.\n", "REUTERS")]
    public void The_nodes_resolve_their_agency_through_the_registry(string text, string id)
    {
        DocumentSyntax root = DispatchSyntaxTree.ParseText(text).Root;
        Agency? agency = root.AgencyTag is { IsMissing: false } tag ? tag.Agency : root.Dateline?.Agency;
        Assert.Equal(id, agency?.Id);
        SyntaxToken name = root.AgencyTag is { IsMissing: false } named ? named.NameToken : root.Dateline!.AgencyNameToken;
        Assert.Same(s_registry.FindByAlias(name.TextSpanChars), agency);
    }

    [Fact]
    public void An_unknown_acronym_resolves_to_no_agency()
    {
        DocumentSyntax root = DispatchSyntaxTree.ParseText("Başlık\n\nMetin burada. (XYZA)\nYASAL UYARI: Tüm hakları saklıdır.\n").Root;
        Assert.Equal("XYZA", root.AgencyTag!.Name);
        Assert.Null(root.AgencyTag.Agency);
        Assert.Null(s_registry.FindByMention("XYZA"));
    }

    [Fact]
    public void Full_names_resolve_as_mentions_only()
    {
        Assert.Null(s_registry.FindByAlias("Anadolu Ajansı"));
        Assert.Equal("AA", s_registry.FindByMention("Anadolu Ajansı")?.Id);
        Assert.Equal("AA", s_registry.FindByMention("AA")?.Id);
    }
}
