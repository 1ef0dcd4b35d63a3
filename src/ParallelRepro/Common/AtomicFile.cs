namespace ParallelRepro.Common;

/// <summary>
/// Writes a file so that readers see either the old content or the new, never half of it:
/// write to a temp file beside the target, then rename over it.
/// </summary>
internal static class AtomicFile
{
    public static void WriteAllText(string path, string content)
        => Write(path, tmp => File.WriteAllText(tmp, content));

    public static void WriteAllBytes(string path, byte[] content)
        => Write(path, tmp => File.WriteAllBytes(tmp, content));

    public static void Write(string path, Action<string> writeTemp)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var tmp = Path.Combine(directory, $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
        try
        {
            writeTemp(tmp);
            File.Move(tmp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(tmp)) File.Delete(tmp);
        }
    }
}
