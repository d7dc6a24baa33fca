using DispatchParser.Diagnostics;

namespace DispatchParser.WebEditor;

/// <summary>Settings of <c>dispatch serve</c>; the defaults are the safe ones.</summary>
public sealed record WebEditorOptions
{
    /// <summary>The address to listen on: loopback only unless the user says otherwise.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>The TCP port; 0 picks a free one (the URL printed at start says which).</summary>
    public int Port { get; init; } = 5180;

    /// <summary>The longest document the editor may send, in UTF-16 code units (also caps one WebSocket message, as UTF-8 bytes ×4).</summary>
    public int MaxDocumentLength { get; init; } = 2 * 1024 * 1024;

    /// <summary>A connection with no message from the page for this long is closed.</summary>
    public TimeSpan IdleTimeout { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>The profile and overrides that decide each diagnostic's severity.</summary>
    public ParseOptions ParseOptions { get; init; } = ParseOptions.Default;
}
