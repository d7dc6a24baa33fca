using System.Diagnostics;

namespace DispatchParser.WebEditor;

/// <summary><c>--open</c>: the system's way to open a URL (xdg-open, open, start), where one exists.</summary>
public static class BrowserLauncher
{
    /// <summary>Starts the browser on <paramref name="url"/>; false (and a reason) when this machine has none.</summary>
    public static bool TryOpen(Uri url, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(url);
        string? opener = OperatingSystem.IsWindows() ? "explorer.exe"
            : OperatingSystem.IsMacOS() ? "/usr/bin/open"
            : FindOnPath("xdg-open") ?? FindOnPath("sensible-browser");
        if (opener is null)
        {
            problem = "no browser opener found (xdg-open or sensible-browser)";
            return false;
        }
        try
        {
            var start = new ProcessStartInfo(opener) { UseShellExecute = false };
            start.ArgumentList.Add(url.AbsoluteUri);
            using Process? process = Process.Start(start);
            problem = process is null ? $"{opener} did not start" : null;
            return process is not null;
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            problem = $"{opener}: {exception.Message}";
            return false;
        }
    }

    private static string? FindOnPath(string name)
    {
        foreach (string directory in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            if (directory.Length == 0) continue;
            string candidate = Path.Combine(directory, name);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
