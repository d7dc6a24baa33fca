namespace DispatchParser.Cli;

/// <summary>The exit codes of every command.</summary>
public static class ExitCodes
{
    /// <summary>Done; no dispatch has an error.</summary>
    public const int Success = 0;

    /// <summary>A dispatch has an error (<c>check</c>), or would be reformatted (<c>format --check</c>).</summary>
    public const int Errors = 1;

    /// <summary>Bad usage, or a file that could not be read, found or written.</summary>
    public const int Usage = 2;
}
