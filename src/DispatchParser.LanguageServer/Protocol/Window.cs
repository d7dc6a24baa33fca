namespace DispatchParser.LanguageServer.Protocol;

// window/logMessage (LSP 3.17 "Window Features").

public enum MessageType
{
    Error = 1,
    Warning = 2,
    Info = 3,
    Log = 4,
}

public sealed record LogMessageParams(MessageType Type, string Message);

/// <summary>window/showMessage: a message the editor shows the user (not only in a log).</summary>
public sealed record ShowMessageParams(MessageType Type, string Message);
