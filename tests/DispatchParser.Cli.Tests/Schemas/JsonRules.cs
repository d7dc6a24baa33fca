using System.Text.Json;

namespace DispatchParser.Cli.Tests.Schemas;

/// <summary>Small structural checks for JSON documents, collecting violations as "path: problem".</summary>
public sealed class JsonRules
{
    private readonly List<string> _violations = [];

    public IReadOnlyList<string> Violations => _violations;

    public void Fail(string path, string problem) => _violations.Add($"{path}: {problem}");

    public bool IsObject(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.Object) return true;
        Fail(path, $"must be an object, is {element.ValueKind}");
        return false;
    }

    public bool IsArray(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.Array) return true;
        Fail(path, $"must be an array, is {element.ValueKind}");
        return false;
    }

    public void IsString(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.String) Fail(path, $"must be a string, is {element.ValueKind}");
    }

    public void IsInteger(JsonElement element, string path, long minimum = long.MinValue, long maximum = long.MaxValue)
    {
        if (element.ValueKind != JsonValueKind.Number || !element.TryGetInt64(out long value))
        {
            Fail(path, $"must be an integer, is {element.ValueKind}");
            return;
        }
        if (value < minimum || value > maximum) Fail(path, $"must be in [{minimum}, {maximum}], is {value}");
    }

    public void IsBoolean(JsonElement element, string path)
    {
        if (element.ValueKind is not (JsonValueKind.True or JsonValueKind.False)) Fail(path, $"must be a boolean, is {element.ValueKind}");
    }

    public void IsOneOf(JsonElement element, string path, params string[] values)
    {
        if (element.ValueKind != JsonValueKind.String || !values.Contains(element.GetString()))
            Fail(path, $"must be one of {string.Join(", ", values)}, is {element}");
    }

    /// <summary>JSON Schema "format": "uri": an absolute URI.</summary>
    public void IsAbsoluteUri(JsonElement element, string path)
    {
        IsString(element, path);
        if (element.ValueKind == JsonValueKind.String && !Uri.TryCreate(element.GetString(), UriKind.Absolute, out _))
            Fail(path, $"must be an absolute URI, is {element}");
    }

    /// <summary>JSON Schema "format": "uri-reference": an absolute or relative URI.</summary>
    public void IsUriReference(JsonElement element, string path)
    {
        IsString(element, path);
        if (element.ValueKind == JsonValueKind.String && !Uri.TryCreate(element.GetString(), UriKind.RelativeOrAbsolute, out _))
            Fail(path, $"must be a URI reference, is {element}");
    }

    public void Requires(JsonElement element, string path, params string[] names)
    {
        foreach (string name in names)
            if (!element.TryGetProperty(name, out _)) Fail(path, $"required property '{name}' is missing");
    }

    /// <summary>"additionalProperties": false (or "unevaluatedProperties": false).</summary>
    public void AllowsOnly(JsonElement element, string path, IReadOnlyCollection<string> names)
    {
        foreach (JsonProperty property in element.EnumerateObject())
            if (!names.Contains(property.Name)) Fail(path, $"property '{property.Name}' is not allowed");
    }

    public static JsonElement? Get(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out JsonElement value) ? value : null;
}
