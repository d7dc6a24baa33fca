using System.Collections.Concurrent;
using DispatchParser.Diagnostics;
using Microsoft.Extensions.FileSystemGlobbing;

namespace DispatchParser.Cli.Configuration;

/// <summary>A setting's value and where it came from ("default", "dispatch.toml: PATH", "--profile", …).</summary>
public readonly record struct Setting<T>(T Value, string Source);

/// <summary>
/// The settings that apply to one input: built-in defaults, then the <c>dispatch.toml</c> found for it,
/// then the command line — each later one wins, and each value remembers its source.
/// </summary>
public sealed class EffectiveSettings
{
    internal EffectiveSettings(
        ConfigFile? config, Setting<ParseProfile> profile, IReadOnlyDictionary<string, Setting<DiagnosticSeverity>> severities, Setting<Input.InputEncoding> encoding)
    {
        Config = config;
        Encoding = encoding;
        Profile = profile;
        Severities = severities;
        var options = new ParseOptions { Profile = profile.Value };
        foreach ((string code, Setting<DiagnosticSeverity> severity) in severities) options = options.WithSeverity(code, severity.Value);
        ParseOptions = options;
        if (config is { Include.Count: > 0 } or { Exclude.Count: > 0 })
        {
            _matcher = new Matcher(StringComparison.Ordinal);
            if (config.Include.Count == 0) _matcher.AddInclude("**/*");
            foreach (string glob in config.Include) _matcher.AddInclude(glob);
            foreach (string glob in config.Exclude) _matcher.AddExclude(glob);
        }
    }

    private readonly Matcher? _matcher;

    public ConfigFile? Config { get; }
    public Setting<ParseProfile> Profile { get; }

    /// <summary>How the input's bytes are decoded.</summary>
    public Setting<Input.InputEncoding> Encoding { get; }

    /// <summary>The overridden codes only; the others have their profile's severity.</summary>
    public IReadOnlyDictionary<string, Setting<DiagnosticSeverity>> Severities { get; }

    public ParseOptions ParseOptions { get; }

    /// <summary>Whether a file found in a folder walk or glob is one the configuration's include/exclude globs take.</summary>
    public bool Takes(string path)
    {
        if (_matcher is null || Config is null) return true;
        string relative = Path.GetRelativePath(Config.Folder, Path.GetFullPath(path)).Replace('\\', '/');
        return !relative.StartsWith("../", StringComparison.Ordinal) && _matcher.Match(relative).HasMatches;
    }
}

/// <summary>
/// Finds and applies configurations: <c>--config PATH</c> when given, otherwise the nearest
/// <c>dispatch.toml</c> in the input's folder or above it (standard input: the current folder). Each
/// folder is looked up once per run; a broken configuration is an input problem for the inputs it covers.
/// </summary>
public sealed class SettingsResolver
{
    private readonly string? _explicitConfig;
    private readonly ParseProfile? _profile;
    private readonly IReadOnlyList<(string Code, DiagnosticSeverity Severity)> _severities;
    private readonly ConcurrentDictionary<string, string?> _configForFolder = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<(EffectiveSettings? Settings, string? Problem)>> _settingsForConfig = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (EffectiveSettings? Settings, string? Problem)> _settingsForWrittenFolder = new(StringComparer.Ordinal);

    /// <param name="profile">The profile the command line names, or null when it names none.</param>
    public SettingsResolver(string? explicitConfig, ParseProfile? profile, IReadOnlyList<(string Code, DiagnosticSeverity Severity)> severities)
    {
        _explicitConfig = explicitConfig;
        _profile = profile;
        _severities = severities;
    }

    /// <summary><c>--encoding</c>, when the command line gives it: it wins over the configuration's.</summary>
    public Input.InputEncoding? Encoding { get; init; }

    /// <summary>No configuration file, only the command line (or the defaults).</summary>
    public static SettingsResolver CommandLineOnly(ParseOptions options) => new(null, options.Profile, []);

    /// <summary>The settings for an input at <paramref name="path"/> (null: standard input), or the problem of its configuration.</summary>
    public (EffectiveSettings? Settings, string? Problem) For(string? path)
    {
        // Asked twice for each file of a folder walk (to filter it, then to check it): the folder as written
        // on the command line is the cheap key; the full path is made once per folder.
        string written = path is null ? "\0" : Path.GetDirectoryName(path) ?? path;
        if (_settingsForWrittenFolder.TryGetValue(written, out (EffectiveSettings?, string?) known)) return known;
        string? config = _explicitConfig ?? Find(path is null ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(Path.GetFullPath(path))!);
        (EffectiveSettings?, string?) settings = _settingsForConfig.GetOrAdd(config ?? "", key => new Lazy<(EffectiveSettings?, string?)>(() => Build(key.Length == 0 ? null : key))).Value;
        _settingsForWrittenFolder[written] = settings;
        return settings;
    }

    /// <summary>
    /// The inputs without the files a folder walk or glob found that their configuration's include and
    /// exclude globs leave out (named files and standard input are always taken).
    /// </summary>
    public IEnumerable<Input.InputSource> Taken(IEnumerable<Input.InputSource> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        foreach (Input.InputSource input in inputs)
            if (!input.IsFound || input.FilePath is null || For(input.FilePath).Settings?.Takes(input.FilePath) != false)
                yield return input;
    }

    /// <summary>The nearest dispatch.toml in <paramref name="folder"/> or above, or null.</summary>
    private string? Find(string folder)
    {
        if (_configForFolder.TryGetValue(folder, out string? known)) return known;
        string candidate = Path.Combine(folder, ConfigFile.FileName);
        string? found = File.Exists(candidate) ? candidate
            : Path.GetDirectoryName(folder) is { } parent && parent != folder ? Find(parent) : null;
        _configForFolder[folder] = found;
        return found;
    }

    private (EffectiveSettings?, string?) Build(string? configPath)
    {
        ConfigFile? config;
        try
        {
            config = configPath is null ? null : ConfigFile.Load(configPath);
        }
        catch (ConfigException exception)
        {
            return (null, "configuration " + exception.Message);
        }
        string fileSource = config is null ? "" : $"{ConfigFile.FileName}: {config.Path}";
        Setting<ParseProfile> profile = _profile is { } given ? new(given, "--profile")
            : config?.Profile is { } configured ? new(configured, fileSource)
            : new(ParseProfile.Standard, "default");
        var severities = new SortedDictionary<string, Setting<DiagnosticSeverity>>(StringComparer.Ordinal);
        if (config is not null)
            foreach ((string code, DiagnosticSeverity severity) in config.Severities) severities[code] = new(severity, fileSource);
        foreach ((string code, DiagnosticSeverity severity) in _severities) severities[code] = new(severity, "--severity");
        Setting<Input.InputEncoding> encoding = Encoding is { } named ? new(named, "--encoding")
            : config?.Encoding is { } configuredEncoding ? new(configuredEncoding, fileSource)
            : new(Input.InputEncoding.Utf8, "default");
        return (new EffectiveSettings(config, profile, severities, encoding), null);
    }
}
