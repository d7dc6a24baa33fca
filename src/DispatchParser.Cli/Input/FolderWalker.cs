using System.IO.Enumeration;
using Mono.Unix.Native;

namespace DispatchParser.Cli.Input;

/// <summary>
/// A file found by <see cref="FolderWalker"/> (its path relative to the walk's root), or a folder it could not
/// read (with its <see cref="Problem"/>; the empty path is the root itself).
/// </summary>
public readonly record struct WalkedEntry(string RelativePath, string? Problem);

/// <summary>How folder walks treat symbolic links to folders.</summary>
public enum LinkPolicy
{
    /// <summary>A link to a folder found inside a walk is not entered (a folder named on the command line always is).</summary>
    DoNotFollow,

    /// <summary>Links to folders are entered; each real folder (device and inode) is still visited once, so a loop ends.</summary>
    Follow,
}

/// <summary>
/// Walks a folder tree lazily, in a deterministic order (each folder's entries sorted by ordinal name,
/// subfolders visited where they sort). Every real folder is entered at most once — folders are known by
/// device and inode — so a symbolic-link loop or a bind mount cannot make a walk endless. A folder that
/// cannot be read is yielded as a problem ("permission denied"), never skipped in silence. Hidden entries
/// (names starting with a dot) are skipped, as before.
/// </summary>
public static class FolderWalker
{
    private static readonly EnumerationOptions s_options = new()
    {
        IgnoreInaccessible = false,
        RecurseSubdirectories = false,
        AttributesToSkip = FileAttributes.Hidden,
        MatchType = MatchType.Simple,
    };

    /// <param name="root">The folder to walk (entered whether or not it is a link).</param>
    /// <param name="wantFile">Which files to yield, asked with their path relative to the root.</param>
    /// <param name="links">Whether to enter links to folders found inside the walk.</param>
    /// <param name="maxDepth">How many levels of subfolders to enter (0: the root's own files only).</param>
    public static IEnumerable<WalkedEntry> Walk(string root, Func<string, bool> wantFile, LinkPolicy links, int maxDepth = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(wantFile);
        var visited = new HashSet<(ulong Device, ulong Inode)>();
        var pending = new Stack<(string Relative, bool IsFolder, int Depth)>();
        pending.Push((string.Empty, true, 0));
        while (pending.Count > 0)
        {
            (string relative, bool isFolder, int depth) = pending.Pop();
            if (!isFolder)
            {
                yield return new WalkedEntry(relative, null);
                continue;
            }
            string folder = relative.Length == 0 ? root : Path.Combine(root, relative);
            if (Identity(folder) is { } identity && !visited.Add(identity)) continue; // already walked: a loop, or two links to one folder

            List<(string Name, string Relative, bool IsFolder)> entries;
            string? problem = ReadFolder(folder, relative, wantFile, links, depth < maxDepth, out entries);
            if (problem is not null)
            {
                yield return new WalkedEntry(relative, problem);
                continue;
            }
            // By the names read from the folder: asking Path.GetFileName in every comparison was 2 % of
            // `dispatch check` over 10,000 files in 100 folders.
            entries.Sort((left, right) => string.CompareOrdinal(left.Name, right.Name));
            for (int i = entries.Count - 1; i >= 0; i--) pending.Push((entries[i].Relative, entries[i].IsFolder, depth + 1));
        }
    }

    private static string? ReadFolder(
        string folder, string relative, Func<string, bool> wantFile, LinkPolicy links, bool descend, out List<(string Name, string Relative, bool IsFolder)> entries)
    {
        entries = [];
        try
        {
            foreach ((string name, bool isFolder, bool isLink) in Entries(folder))
            {
                string path = relative.Length == 0 ? name : Path.Combine(relative, name);
                if (isFolder)
                {
                    if (!descend) continue;
                    if (links == LinkPolicy.DoNotFollow && isLink) continue;
                    entries.Add((name, path, true));
                }
                else if (wantFile(path))
                {
                    entries.Add((name, path, false));
                }
            }
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return "permission denied";
        }
        catch (DirectoryNotFoundException)
        {
            return "folder not found (removed during the walk?)";
        }
        catch (IOException exception)
        {
            return "cannot read folder: " + exception.Message;
        }
    }

    /// <summary>
    /// A folder's entries: name, whether it is a folder (a link to one included), and for a folder whether
    /// it is a link. Only a folder's attributes are asked for: the file type readdir(2) gives is enough for
    /// a file, where a FileSystemInfo per entry cost one lstat(2) per file of the walk.
    /// </summary>
    private static FileSystemEnumerable<(string Name, bool IsFolder, bool IsLink)> Entries(string folder) =>
        new(folder, (ref FileSystemEntry entry) => entry.IsDirectory
            ? (entry.FileName.ToString(), true, entry.Attributes.HasFlag(FileAttributes.ReparsePoint))
            : (entry.FileName.ToString(), false, false), s_options);

    /// <summary>The folder's device and inode (following links), or null when it cannot be asked.</summary>
    private static (ulong, ulong)? Identity(string folder) =>
        !OperatingSystem.IsWindows() && Syscall.stat(folder, out Stat status) == 0 ? (status.st_dev, status.st_ino) : null;
}
