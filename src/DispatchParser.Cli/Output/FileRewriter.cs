using System.Globalization;
using Mono.Unix.Native;

namespace DispatchParser.Cli.Output;

/// <summary>What rewriting one file came to: written or not (with the one-line reason), and warnings to show either way.</summary>
public sealed record RewriteOutcome(bool Written, string? Problem, IReadOnlyList<string> Warnings);

/// <summary>
/// Rewrites a file in place atomically, the way a user expects of an editor's "save": through symbolic
/// links to the file they name (the link stays a link), keeping the file's owner, group and mode (or
/// refusing with a reason when the owner cannot be kept), refusing read-only files unless forced, and
/// warning when the file has other hard links (they keep the old text). The new text goes to a temporary
/// file beside the target, is flushed to disk and renamed over it, so an interruption never leaves a
/// half-written file. A temporary file left by a killed run (<c>.NAME.PID.dispatch-tmp</c>, PID no longer
/// running) is removed by the next rewrite of the same file.
/// </summary>
public static class FileRewriter
{
    public const string TemporarySuffix = ".dispatch-tmp";

    public static RewriteOutcome Rewrite(string path, ReadOnlySpan<byte> bytes, bool force)
    {
        ArgumentNullException.ThrowIfNull(path);
        var warnings = new List<string>();
        string target;
        try
        {
            target = FinalTarget(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Refused("cannot write: " + exception.Message, warnings);
        }
        if (Syscall.stat(target, out Stat status) != 0) return Refused("cannot write: " + LastError(), warnings);
        if ((status.st_mode & FilePermissions.S_IFMT) != FilePermissions.S_IFREG) return Refused("not rewritten: not a regular file", warnings);
        bool readOnly = (status.st_mode & (FilePermissions.S_IWUSR | FilePermissions.S_IWGRP | FilePermissions.S_IWOTH)) == 0
            || Syscall.access(target, AccessModes.W_OK) != 0;
        if (readOnly && !force) return Refused("not rewritten: the file is read-only (use --force to rewrite it anyway)", warnings);
        if (status.st_nlink > 1)
        {
            warnings.Add($"warning: the file has {status.st_nlink.ToString(CultureInfo.InvariantCulture)} hard links; "
                + "it is rewritten as a new file, and the other links keep the old text");
        }

        string folder = Path.GetDirectoryName(target)!;
        string name = Path.GetFileName(target);
        foreach (string stale in StaleTemporaries(folder, name))
        {
            try
            {
                File.Delete(stale);
                warnings.Add($"removed a temporary file left by an interrupted run: {TextOutput.Escape(Path.GetFileName(stale))}");
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // Not ours to insist on: the rewrite does not need it gone.
            }
        }

        string temporary = Path.Combine(folder, $".{name}.{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}{TemporarySuffix}");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }
            if ((status.st_uid != Syscall.geteuid() || status.st_gid != Syscall.getegid())
                && Syscall.chown(temporary, unchecked((int)status.st_uid), unchecked((int)status.st_gid)) != 0)
            {
                string reason = LastError();
                Delete(temporary);
                return Refused($"not rewritten: the owner (uid {status.st_uid.ToString(CultureInfo.InvariantCulture)}, gid "
                    + $"{status.st_gid.ToString(CultureInfo.InvariantCulture)}) could not be kept: {reason}; run as the file's owner", warnings);
            }
            // After chown, which clears set-user-ID bits.
            if (Syscall.chmod(temporary, status.st_mode & ~FilePermissions.S_IFMT) != 0)
            {
                string reason = LastError();
                Delete(temporary);
                return Refused("not rewritten: the mode could not be kept: " + reason, warnings);
            }
            File.Move(temporary, target, overwrite: true);
            return new RewriteOutcome(true, null, warnings);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Delete(temporary);
            return Refused("cannot write: " + (exception is UnauthorizedAccessException ? "permission denied" : exception.Message), warnings);
        }
    }

    /// <summary>The file at the end of <paramref name="path"/>'s chain of symbolic links (the path itself when it is none).</summary>
    private static string FinalTarget(string path)
    {
        string full = Path.GetFullPath(path);
        FileSystemInfo? target = File.ResolveLinkTarget(full, returnFinalTarget: true);
        return target is null ? full : Path.GetFullPath(target.FullName);
    }

    /// <summary>Temporary files of this file whose process no longer runs.</summary>
    private static List<string> StaleTemporaries(string folder, string name)
    {
        var stale = new List<string>();
        string prefix = "." + name + ".";
        try
        {
            foreach (string candidate in Directory.EnumerateFiles(folder, prefix + "*" + TemporarySuffix))
            {
                string file = Path.GetFileName(candidate);
                string pid = file[prefix.Length..^TemporarySuffix.Length];
                if (int.TryParse(pid, NumberStyles.None, CultureInfo.InvariantCulture, out int id) && id != Environment.ProcessId && !IsRunning(id))
                    stale.Add(candidate);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // An unreadable folder: the rewrite itself reports what goes wrong.
        }
        return stale;
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static void Delete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Nothing more to do: the original is untouched.
        }
    }

    private static RewriteOutcome Refused(string problem, List<string> warnings) => new(false, problem, warnings);

    private static string LastError()
    {
        Errno errno = Stdlib.GetLastError();
        return errno switch
        {
            Errno.EACCES or Errno.EPERM => "permission denied",
            Errno.ENOENT => "file not found",
            _ => Syscall.strerror(errno) ?? errno.ToString(),
        };
    }
}
