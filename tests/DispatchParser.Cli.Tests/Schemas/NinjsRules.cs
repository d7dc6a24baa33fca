using System.Text.Json;

namespace DispatchParser.Cli.Tests.Schemas;

/// <summary>
/// The rules of the IPTC ninjs 3.1 JSON Schema (http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json,
/// draft 2020-12) that the exporter's output can meet or break: the root is a ninjsType object whose one
/// required property is <c>uri</c> (format uri) and which allows no other properties than the schema's
/// (unevaluatedProperties false); camelCase names (<c>copyrightNotice</c>, <c>usageTerms</c>,
/// <c>infoSources</c>, <c>contentType</c>); <c>headlines</c>/<c>bodies</c>/<c>descriptions</c> items
/// require <c>value</c> and allow only their listed properties; <c>infoSources</c> items allow name, role,
/// uri, literal, contactInfo; <c>associations</c> items are ninjs objects themselves that also require
/// <c>name</c> (and may have <c>rel</c>); <c>type</c> and <c>representationType</c> are enums.
/// </summary>
public static class NinjsRules
{
    public static readonly string[] NinjsTypeProperties =
    [
        "uri", "type", "representationType", "profile", "version", "firstCreated", "versionCreated", "contentCreated",
        "embargoedUntil", "pubStatus", "urgency", "copyrightHolder", "copyrightNotice", "usageTerms", "edNote", "language",
        "descriptions", "bodies", "headlines", "people", "organisations", "places", "subjects", "events", "eventDetails",
        "plannedCoverage", "objects", "infoSources", "title", "by", "slugline", "located", "renditions", "associations",
        "altIds", "trustIndicators", "standard", "genres", "expires", "rightsInfo", "digitalSourceType",
    ];

    private static readonly string[] s_stringProperties =
    [
        "profile", "version", "firstCreated", "versionCreated", "contentCreated", "embargoedUntil", "copyrightHolder",
        "copyrightNotice", "usageTerms", "edNote", "language", "title", "by", "slugline", "located", "expires",
    ];

    private static readonly string[] s_arrayProperties =
    [
        "people", "organisations", "places", "subjects", "events", "plannedCoverage", "objects", "renditions", "altIds",
        "trustIndicators", "genres",
    ];

    private static readonly string[] s_newsObjectTypes =
        ["text", "audio", "video", "picture", "graphic", "composite", "component", "event", "planning"];

    public static IReadOnlyList<string> Validate(JsonElement item)
    {
        var rules = new JsonRules();
        ValidateItem(rules, item, "$", association: false);
        return rules.Violations;
    }

    private static void ValidateItem(JsonRules rules, JsonElement item, string path, bool association)
    {
        if (!rules.IsObject(item, path)) return;
        rules.Requires(item, path, "uri");
        rules.AllowsOnly(item, path, association ? [.. NinjsTypeProperties, "name", "rel"] : NinjsTypeProperties);
        if (association)
        {
            rules.Requires(item, path, "name");
            if (JsonRules.Get(item, "name") is { } name) rules.IsString(name, path + ".name");
            if (JsonRules.Get(item, "rel") is { } rel) rules.IsString(rel, path + ".rel");
        }

        if (JsonRules.Get(item, "uri") is { } uri) rules.IsAbsoluteUri(uri, path + ".uri");
        if (JsonRules.Get(item, "type") is { } type) rules.IsOneOf(type, path + ".type", s_newsObjectTypes);
        if (JsonRules.Get(item, "representationType") is { } representation) rules.IsOneOf(representation, path + ".representationType", "full", "partial");
        if (JsonRules.Get(item, "pubStatus") is { } status) rules.IsOneOf(status, path + ".pubStatus", "usable", "withheld", "canceled");
        if (JsonRules.Get(item, "urgency") is { } urgency) rules.IsInteger(urgency, path + ".urgency", 1, 9);
        foreach (string name in s_stringProperties)
            if (JsonRules.Get(item, name) is { } value) rules.IsString(value, $"{path}.{name}");
        foreach (string name in s_arrayProperties)
            if (JsonRules.Get(item, name) is { } value) rules.IsArray(value, $"{path}.{name}");

        ValidateTexts(rules, item, path, "headlines", ["role", "contentType", "value"]);
        ValidateTexts(rules, item, path, "descriptions", ["role", "contentType", "value"]);
        ValidateTexts(rules, item, path, "bodies", ["role", "contentType", "charCount", "wordCount", "value"]);

        if (JsonRules.Get(item, "infoSources") is { } sources && rules.IsArray(sources, path + ".infoSources"))
        {
            int i = 0;
            foreach (JsonElement source in sources.EnumerateArray())
            {
                string at = $"{path}.infoSources[{i++}]";
                if (!rules.IsObject(source, at)) continue;
                rules.AllowsOnly(source, at, ["name", "role", "uri", "literal", "contactInfo"]);
                foreach (string name in new[] { "name", "role", "literal" })
                    if (JsonRules.Get(source, name) is { } value) rules.IsString(value, $"{at}.{name}");
                if (JsonRules.Get(source, "uri") is { } sourceUri) rules.IsAbsoluteUri(sourceUri, at + ".uri");
                if (JsonRules.Get(source, "contactInfo") is { } contact) rules.IsArray(contact, at + ".contactInfo");
            }
        }

        if (JsonRules.Get(item, "standard") is { } standard && rules.IsObject(standard, path + ".standard"))
        {
            rules.AllowsOnly(standard, path + ".standard", ["name", "version", "schema"]);
            foreach (string name in new[] { "name", "version" })
                if (JsonRules.Get(standard, name) is { } value) rules.IsString(value, $"{path}.standard.{name}");
            if (JsonRules.Get(standard, "schema") is { } schema) rules.IsAbsoluteUri(schema, path + ".standard.schema");
        }

        if (JsonRules.Get(item, "associations") is { } associations && rules.IsArray(associations, path + ".associations"))
        {
            int i = 0;
            foreach (JsonElement associated in associations.EnumerateArray())
                ValidateItem(rules, associated, $"{path}.associations[{i++}]", association: true);
        }
    }

    private static void ValidateTexts(JsonRules rules, JsonElement item, string path, string name, string[] allowed)
    {
        if (JsonRules.Get(item, name) is not { } texts || !rules.IsArray(texts, $"{path}.{name}")) return;
        int i = 0;
        foreach (JsonElement text in texts.EnumerateArray())
        {
            string at = $"{path}.{name}[{i++}]";
            if (!rules.IsObject(text, at)) continue;
            rules.Requires(text, at, "value");
            rules.AllowsOnly(text, at, allowed);
            foreach (string property in new[] { "role", "contentType", "value" })
                if (JsonRules.Get(text, property) is { } value) rules.IsString(value, $"{at}.{property}");
            foreach (string property in new[] { "charCount", "wordCount" })
                if (JsonRules.Get(text, property) is { } value) rules.IsInteger(value, $"{at}.{property}");
        }
    }
}
