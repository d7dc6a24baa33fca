using Mono.Unix.Native;

namespace DispatchParser.Cli.Input;

/// <summary>What a path names once symbolic links are followed.</summary>
public enum FileKind
{
    Missing,
    Regular,
    Folder,
    Fifo,
    CharacterDevice,
    BlockDevice,
    Socket,
}

/// <summary>
/// The kind of a file (stat(2), through Mono.Unix). The BCL cannot tell a FIFO or a device from an
/// empty regular file (both have length 0, no attribute says which), and opening a FIFO waits for a
/// writer: a folder walk must know before it opens anything. On Windows every existing non-folder is
/// taken as regular.
/// </summary>
public static class FileKinds
{
    public static FileKind Of(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (OperatingSystem.IsWindows())
            return Directory.Exists(path) ? FileKind.Folder : File.Exists(path) ? FileKind.Regular : FileKind.Missing;
        if (Syscall.stat(path, out Stat status) != 0) return FileKind.Missing;
        return (status.st_mode & FilePermissions.S_IFMT) switch
        {
            FilePermissions.S_IFREG => FileKind.Regular,
            FilePermissions.S_IFDIR => FileKind.Folder,
            FilePermissions.S_IFIFO => FileKind.Fifo,
            FilePermissions.S_IFCHR => FileKind.CharacterDevice,
            FilePermissions.S_IFBLK => FileKind.BlockDevice,
            _ => FileKind.Socket,
        };
    }

    /// <summary>How a problem names a file that is not regular.</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Fifo => "a FIFO (named pipe)",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Socket => "a socket",
        FileKind.Folder => "a folder",
        FileKind.Missing => "missing",
        _ => "a regular file",
    };
}
