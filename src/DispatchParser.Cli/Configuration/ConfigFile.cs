using DispatchParser.Diagnostics;
using Tomlyn;
using Tomlyn.Model;

namespace DispatchParser.Cli.Configuration;

/// <summary>
/// One <c>dispatch.toml</c>, read with Tomlyn:
/// <code>
/// profile = "lenient"                  # strict | standard | lenient
/// include = ["feeds/**/*.txt"]         # globs, relative to this file's folder (folder walks and globs)
/// exclude = ["feeds/drafts/**"]
/// encoding = "windows-1254"            # utf-8 | windows-1254 | windows-1256 | iso-8859-9 | iso-8859-6 | iso-8859-1 | auto
/// [severity]
/// DSP0004 = "none"                     # none | info | warning | error
/// </code>
/// Anything else (an unknown key, code, profile or severity) is an error naming the file, so a typo
/// never passes silently.
/// </summary>
public sealed record ConfigFile(
    string Path,
    ParseProfile? Profile,
    IReadOnlyDictionary<string, DiagnosticSeverity> Severities,
    IReadOnlyList<string> Include,
    IReadOnlyList<string> Exclude)
{
    /// <summary>The <c>encoding</c> setting, or null when the file has none.</summary>
    public Input.InputEncoding? Encoding { get; init; }

    public const string FileName = "dispatch.toml";

    /// <summary>The folder the globs are relative to.</summary>
    public string Folder => System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!;

    /// <summary>Reads and validates <paramref name="path"/>; throws <see cref="ConfigException"/> with a one-line reason.</summary>
    public static ConfigFile Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new ConfigException($"{path}: cannot read: {exception.Message}");
        }
        TomlTable table;
        try
        {
            table = TomlSerializer.Deserialize<TomlTable>(text) ?? new TomlTable();
        }
        catch (TomlException exception)
        {
            throw new ConfigException($"{path}{exception.Message.Trim()}");
        }

        ParseProfile? profile = null;
        var severities = new Dictionary<string, DiagnosticSeverity>(StringComparer.Ordinal);
        IReadOnlyList<string> include = [], exclude = [];
        Input.InputEncoding? encoding = null;
        foreach ((string key, object? value) in table)
        {
            switch (key)
            {
                case "profile":
                    profile = value is string name && ProfileNames.TryParse(name, out ParseProfile parsed)
                        ? parsed
                        : throw new ConfigException($"{path}: profile must be \"strict\", \"standard\" or \"lenient\", not {Show(value)}");
                    break;
                case "severity":
                    if (value is not TomlTable codes) throw new ConfigException($"{path}: [severity] must be a table of CODE = \"none|info|warning|error\"");
                    foreach ((string code, object? level) in codes)
                        severities[SeverityOverrides.ValidCode(code, path)] = SeverityOverrides.ParseLevel(level as string, $"{path}: severity of {code}");
                    break;
                case "include":
                    include = Globs(value, path, key);
                    break;
                case "exclude":
                    exclude = Globs(value, path, key);
                    break;
                case "encoding":
                    encoding = Input.InputEncoding.Parse(value as string)
                        ?? throw new ConfigException($"{path}: encoding must be one of {string.Join(", ", Input.InputEncoding.Names.Select(name => $"\"{name}\""))}, not {Show(value)}");
                    break;
                default:
                    throw new ConfigException($"{path}: unknown setting '{key}' (known: profile, include, exclude, encoding, [severity])");
            }
        }
        return new ConfigFile(path, profile, severities, include, exclude) { Encoding = encoding };
    }

    private static string[] Globs(object? value, string path, string key)
    {
        if (value is not TomlArray array) throw new ConfigException($"{path}: {key} must be an array of glob strings");
        var globs = new string[array.Count];
        for (int i = 0; i < globs.Length; i++)
            globs[i] = array[i] as string ?? throw new ConfigException($"{path}: {key} must be an array of glob strings, not {Show(array[i])}");
        return globs;
    }

    private static string Show(object? value) => value is string text ? $"\"{text}\"" : value?.ToString() ?? "nothing";
}

/// <summary>A configuration that cannot be used: the message names the file and what is wrong.</summary>
public sealed class ConfigException(string message) : Exception(message);
