// The end-to-end tests run the command the way a Unix shell does (file modes, symbolic links, a pty).
[assembly: System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
