using DispatchParser.Diagnostics;

namespace DispatchParser.LanguageServer;

/// <summary>Settings of one server run.</summary>
public sealed record LanguageServerOptions
{
    public static LanguageServerOptions Default { get; } = new();

    /// <summary>
    /// How long the text must rest after a change before its diagnostics are published; a burst of
    /// keystrokes publishes once. Zero publishes after every change.
    /// </summary>
    public TimeSpan DiagnosticsDelay { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>The profile and overrides that decide each diagnostic's severity.</summary>
    public ParseOptions ParseOptions { get; init; } = ParseOptions.Default;

    /// <summary>
    /// The options for one document by its URI when the host knows better than <see cref="ParseOptions"/>
    /// (the <c>dispatch</c> command: the document's dispatch.toml); null gives <see cref="ParseOptions"/>.
    /// </summary>
    public Func<string, ParseOptions?>? ParseOptionsForDocument { get; init; }

    public ParseOptions ParseOptionsFor(string uri) => ParseOptionsForDocument?.Invoke(uri) ?? ParseOptions;

    /// <summary>
    /// The editor's process (<c>--clientProcessId</c>): the server exits when it is gone. Initialize's
    /// <c>processId</c> is watched as well.
    /// </summary>
    public int? ClientProcessId { get; init; }

    /// <summary>
    /// Where log lines go besides window/logMessage (standard error for <c>dispatch lsp</c>); never the
    /// protocol's own stream.
    /// </summary>
    public TextWriter? LogWriter { get; init; }

    /// <summary>
    /// The longest document accepted, in UTF-16 code units; a longer one is refused (the user is told) and
    /// treated as closed. Null: no limit (an editor's own files); the web editor sets one.
    /// </summary>
    public int? MaxDocumentLength { get; init; }

    /// <summary>
    /// For a host that runs the server's work itself (the fuzz harness: every execution's work on one thread, in
    /// one order, finished before it returns): where the message handlers run, instead of the host's own
    /// non-concurrent context on the thread pool. Null (every real host): that context.
    /// </summary>
    internal SynchronizationContext? HandlerContext { get; init; }

    /// <summary>
    /// For the same host: where the diagnostics publisher's work runs, instead of the thread pool. Null (every
    /// real host): <see cref="TaskScheduler.Default"/>.
    /// </summary>
    internal TaskScheduler? BackgroundScheduler { get; init; }
}
