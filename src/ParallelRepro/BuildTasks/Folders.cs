namespace ParallelRepro.BuildTasks;

/// <summary>Folder copies of the CI jobs: what upload-artifact and download-artifact do between jobs.</summary>
internal static class Folders
{
    public static void Copy(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to, overwrite: true);
        }
    }
}
