using System.Text.Json;

namespace DispatchParser.Generation;

/// <summary>The JSON Lines label of a generated dispatch: what a correct parser must say about it.</summary>
public static class Manifest
{
    /// <summary>
    /// One line: <c>{"name", "seed", "language", "valid", "operators", "expectedCodes", "profile"}</c>, then
    /// <c>"file"</c> (with <c>--out</c>) or <c>"text"</c> (with <c>--jsonl</c>).
    /// </summary>
    public static void Write(Utf8JsonWriter writer, GeneratedDispatch dispatch, string profile, string? file, bool withText)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(dispatch);
        writer.WriteStartObject();
        writer.WriteString("name", dispatch.Name);
        writer.WriteString("seed", dispatch.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture));
        writer.WriteString("language", dispatch.Language);
        writer.WriteBoolean("valid", dispatch.ExpectedCodes.Count == 0);
        writer.WriteStartArray("operators");
        foreach (string name in dispatch.Operators) writer.WriteStringValue(name);
        writer.WriteEndArray();
        writer.WriteStartArray("expectedCodes");
        foreach (string code in dispatch.ExpectedCodes) writer.WriteStringValue(code);
        writer.WriteEndArray();
        writer.WriteString("profile", profile);
        if (file is not null) writer.WriteString("file", file);
        if (withText) writer.WriteString("text", dispatch.Text);
        writer.WriteEndObject();
    }
}
