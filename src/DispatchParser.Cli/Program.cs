namespace DispatchParser.Cli;

/// <summary>Entry point of the <c>dispatch</c> command. Nothing escapes as a stack trace.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        try
        {
            return CliApp.Run(args, CliConsole.Create());
        }
        catch (IOException exception) when (IsBrokenPipe(exception))
        {
            // The reader of our output went away (`dispatch … | head`): nothing left to say to anyone.
            return ExitCodes.Usage;
        }
#pragma warning disable CA1031 // The last line of defence: one line, never a stack trace.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Console.Error.WriteLine($"dispatch: internal error: {exception.GetType().Name}: {OneLine(exception.Message)}");
            return ExitCodes.Usage;
        }
    }

    /// <summary>A message on one line: line breaks and tabs become spaces, runs of spaces one space.</summary>
    internal static string OneLine(string message)
    {
        var builder = new System.Text.StringBuilder(message.Length);
        foreach (char c in message)
        {
            char written = char.IsWhiteSpace(c) ? ' ' : c;
            if (written == ' ' && (builder.Length == 0 || builder[^1] == ' ')) continue;
            builder.Append(written);
        }
        return builder.ToString().TrimEnd();
    }

    private static bool IsBrokenPipe(IOException exception) =>
        exception.Message.Contains("pipe", StringComparison.OrdinalIgnoreCase);
}
