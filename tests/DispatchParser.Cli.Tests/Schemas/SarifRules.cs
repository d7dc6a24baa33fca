using System.Text.Json;

namespace DispatchParser.Cli.Tests.Schemas;

/// <summary>
/// The rules of the SARIF 2.1.0 schema (OASIS sarif-schema-2.1.0.json) for the parts the command writes:
/// sarifLog requires <c>version</c> ("2.1.0") and <c>runs</c>; a run requires <c>tool</c>, a tool
/// <c>driver</c>, a toolComponent <c>name</c>; a reportingDescriptor requires <c>id</c>, and its
/// multiformat messages <c>text</c>; a result requires <c>message</c> (with <c>text</c> or <c>id</c>),
/// <c>level</c> is none|note|warning|error, <c>ruleIndex</c> ≥ -1; a region's lines and columns are
/// integers ≥ 1; artifact locations are URI references; an invocation requires
/// <c>executionSuccessful</c>, a notification <c>message</c>; <c>columnKind</c> is an enum. Also: a
/// result's <c>ruleIndex</c> names the rule with its <c>ruleId</c>.
/// </summary>
public static class SarifRules
{
    private static readonly string[] s_levels = ["none", "note", "warning", "error"];

    public static IReadOnlyList<string> Validate(JsonElement log)
    {
        var rules = new JsonRules();
        if (!rules.IsObject(log, "$")) return rules.Violations;
        rules.Requires(log, "$", "version", "runs");
        if (JsonRules.Get(log, "version") is { } version) rules.IsOneOf(version, "$.version", "2.1.0");
        if (JsonRules.Get(log, "$schema") is { } schema) rules.IsAbsoluteUri(schema, "$.$schema");
        if (JsonRules.Get(log, "runs") is not { } runs || !rules.IsArray(runs, "$.runs")) return rules.Violations;

        int r = 0;
        foreach (JsonElement run in runs.EnumerateArray())
            ValidateRun(rules, run, $"$.runs[{r++}]");
        return rules.Violations;
    }

    private static void ValidateRun(JsonRules rules, JsonElement run, string path)
    {
        if (!rules.IsObject(run, path)) return;
        rules.Requires(run, path, "tool");
        if (JsonRules.Get(run, "columnKind") is { } columnKind) rules.IsOneOf(columnKind, path + ".columnKind", "utf16CodeUnits", "unicodeCodePoints");

        var ruleIds = new List<string?>();
        if (JsonRules.Get(run, "tool") is { } tool && rules.IsObject(tool, path + ".tool"))
        {
            rules.Requires(tool, path + ".tool", "driver");
            if (JsonRules.Get(tool, "driver") is { } driver && rules.IsObject(driver, path + ".tool.driver"))
            {
                string at = path + ".tool.driver";
                rules.Requires(driver, at, "name");
                foreach (string name in new[] { "name", "version", "semanticVersion" })
                    if (JsonRules.Get(driver, name) is { } value) rules.IsString(value, $"{at}.{name}");
                if (JsonRules.Get(driver, "informationUri") is { } information) rules.IsAbsoluteUri(information, at + ".informationUri");
                if (JsonRules.Get(driver, "rules") is { } descriptors && rules.IsArray(descriptors, at + ".rules"))
                {
                    int i = 0;
                    foreach (JsonElement descriptor in descriptors.EnumerateArray())
                    {
                        string ruleAt = $"{at}.rules[{i++}]";
                        if (!rules.IsObject(descriptor, ruleAt)) continue;
                        rules.Requires(descriptor, ruleAt, "id");
                        JsonElement? id = JsonRules.Get(descriptor, "id");
                        if (id is { } idValue) rules.IsString(idValue, ruleAt + ".id");
                        ruleIds.Add(id?.ValueKind == JsonValueKind.String ? id.Value.GetString() : null);
                        foreach (string message in new[] { "shortDescription", "fullDescription" })
                        {
                            if (JsonRules.Get(descriptor, message) is not { } text || !rules.IsObject(text, $"{ruleAt}.{message}")) continue;
                            rules.Requires(text, $"{ruleAt}.{message}", "text");
                            if (JsonRules.Get(text, "text") is { } value) rules.IsString(value, $"{ruleAt}.{message}.text");
                        }
                        if (JsonRules.Get(descriptor, "defaultConfiguration") is { } configuration
                            && rules.IsObject(configuration, ruleAt + ".defaultConfiguration")
                            && JsonRules.Get(configuration, "level") is { } level)
                        {
                            rules.IsOneOf(level, ruleAt + ".defaultConfiguration.level", s_levels);
                        }
                    }
                }
            }
        }

        if (JsonRules.Get(run, "results") is { } results && rules.IsArray(results, path + ".results"))
        {
            int i = 0;
            foreach (JsonElement result in results.EnumerateArray())
                ValidateResult(rules, result, $"{path}.results[{i++}]", ruleIds);
        }

        if (JsonRules.Get(run, "invocations") is { } invocations && rules.IsArray(invocations, path + ".invocations"))
        {
            int i = 0;
            foreach (JsonElement invocation in invocations.EnumerateArray())
            {
                string at = $"{path}.invocations[{i++}]";
                if (!rules.IsObject(invocation, at)) continue;
                rules.Requires(invocation, at, "executionSuccessful");
                if (JsonRules.Get(invocation, "executionSuccessful") is { } successful) rules.IsBoolean(successful, at + ".executionSuccessful");
                if (JsonRules.Get(invocation, "toolExecutionNotifications") is not { } notifications
                    || !rules.IsArray(notifications, at + ".toolExecutionNotifications")) continue;
                int n = 0;
                foreach (JsonElement notification in notifications.EnumerateArray())
                {
                    string noteAt = $"{at}.toolExecutionNotifications[{n++}]";
                    if (!rules.IsObject(notification, noteAt)) continue;
                    rules.Requires(notification, noteAt, "message");
                    ValidateMessage(rules, JsonRules.Get(notification, "message"), noteAt + ".message");
                    if (JsonRules.Get(notification, "level") is { } level) rules.IsOneOf(level, noteAt + ".level", s_levels);
                    ValidateLocations(rules, notification, noteAt);
                }
            }
        }
    }

    private static void ValidateResult(JsonRules rules, JsonElement result, string path, List<string?> ruleIds)
    {
        if (!rules.IsObject(result, path)) return;
        rules.Requires(result, path, "message");
        ValidateMessage(rules, JsonRules.Get(result, "message"), path + ".message");
        if (JsonRules.Get(result, "level") is { } level) rules.IsOneOf(level, path + ".level", s_levels);
        string? ruleId = null;
        if (JsonRules.Get(result, "ruleId") is { } id)
        {
            rules.IsString(id, path + ".ruleId");
            ruleId = id.ValueKind == JsonValueKind.String ? id.GetString() : null;
        }
        if (JsonRules.Get(result, "ruleIndex") is { } index)
        {
            rules.IsInteger(index, path + ".ruleIndex", minimum: -1);
            if (index.TryGetInt32(out int value) && value >= 0 && (value >= ruleIds.Count || ruleIds[value] != ruleId))
                rules.Fail(path + ".ruleIndex", $"rules[{value}] is not rule '{ruleId}'");
        }
        ValidateLocations(rules, result, path);
    }

    private static void ValidateLocations(JsonRules rules, JsonElement owner, string path)
    {
        if (JsonRules.Get(owner, "locations") is not { } locations || !rules.IsArray(locations, path + ".locations")) return;
        int i = 0;
        foreach (JsonElement location in locations.EnumerateArray())
        {
            string at = $"{path}.locations[{i++}]";
            if (!rules.IsObject(location, at)) continue;
            if (JsonRules.Get(location, "physicalLocation") is not { } physical || !rules.IsObject(physical, at + ".physicalLocation")) continue;
            if (JsonRules.Get(physical, "artifactLocation") is { } artifact && rules.IsObject(artifact, at + ".physicalLocation.artifactLocation")
                && JsonRules.Get(artifact, "uri") is { } uri)
            {
                rules.IsUriReference(uri, at + ".physicalLocation.artifactLocation.uri");
            }
            if (JsonRules.Get(physical, "region") is { } region && rules.IsObject(region, at + ".physicalLocation.region"))
            {
                foreach (string name in new[] { "startLine", "startColumn", "endLine", "endColumn" })
                    if (JsonRules.Get(region, name) is { } value) rules.IsInteger(value, $"{at}.physicalLocation.region.{name}", minimum: 1);
            }
        }
    }

    private static void ValidateMessage(JsonRules rules, JsonElement? message, string path)
    {
        if (message is not { } value || !rules.IsObject(value, path)) return;
        if (JsonRules.Get(value, "text") is null && JsonRules.Get(value, "id") is null) rules.Fail(path, "needs 'text' or 'id'");
        if (JsonRules.Get(value, "text") is { } text) rules.IsString(text, path + ".text");
    }
}
