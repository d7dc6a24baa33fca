using System.Text.Json;
using Json.Schema;

namespace DispatchParser.Cli.Tests.Schemas;

/// <summary>
/// The official IPTC ninjs 3.1 JSON Schema (draft 2020-12), read from <c>../shared/schemas</c> beside the
/// repository (its licence keeps it out of the repository), evaluated with JsonSchema.Net. Formats
/// (<c>uri</c>, <c>date-time</c>) are asserted, not only annotated, so a relative <c>uri</c> fails too.
/// </summary>
public static class NinjsSchema
{
    private static readonly Lazy<JsonSchema?> s_schema = new(Load);

    private static readonly EvaluationOptions s_options = new()
    {
        OutputFormat = OutputFormat.List,
        RequireFormatValidation = true,
    };

    public static string SchemaPath =>
        Path.GetFullPath(Path.Combine(TestPaths.RepositoryRoot, "..", "shared", "schemas", "ninjs-schema_3.1.json"));

    /// <summary>Skips the calling test (Xunit.SkippableFact) with a message when the schema is absent.</summary>
    public static void SkipWhenAbsent() =>
        Skip.If(s_schema.Value is null, $"The ninjs 3.1 schema is not at {SchemaPath} (it is never copied into the repository).");

    /// <summary>Every error the schema reports for <paramref name="item"/> as "instance location: message"; empty when valid.</summary>
    public static IReadOnlyList<string> Validate(JsonElement item)
    {
        SkipWhenAbsent();
        EvaluationResults results = s_schema.Value!.Evaluate(item, s_options);
        if (results.IsValid) return [];
        var errors = new List<string>();
        Collect(results, errors);
        // An invalid result always names at least one failing keyword; keep the verdict even if one does not.
        if (errors.Count == 0) errors.Add($"{results.InstanceLocation}: invalid under {results.EvaluationPath}");
        return errors;
    }

    /// <summary>Validates one JSON text (one exported document).</summary>
    public static IReadOnlyList<string> Validate(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        return Validate(document.RootElement);
    }

    private static void Collect(EvaluationResults results, List<string> errors)
    {
        if (results.Errors is { } messages)
        {
            foreach ((string keyword, string message) in messages)
                errors.Add($"{results.InstanceLocation} ({results.EvaluationPath}, {keyword}): {message}");
        }
        if (results.Details is { } details)
        {
            foreach (EvaluationResults detail in details) Collect(detail, errors);
        }
    }

    private static JsonSchema? Load()
    {
        if (!File.Exists(SchemaPath)) return null;
        // A registry of its own, so that building the schema never clashes with another one registered under its $id.
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        return JsonSchema.FromText(File.ReadAllText(SchemaPath), options);
    }
}
