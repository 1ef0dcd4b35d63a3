using ParallelRepro.Common;

namespace ParallelRepro.Toolchain.FreeThreaded;

/// <summary>A symbolic link to a folder, such as .tools/python3.13t to the per-machine cache.</summary>
internal static class FolderLink
{
    /// <summary>
    /// Makes <paramref name="link"/> point at <paramref name="target"/>; returns whether it changed. An old link
    /// (another cache folder, or a cleared one) is replaced, but a real folder or file is someone's and is refused.
    /// </summary>
    public static bool Point(string link, string target)
    {
        var existing = new FileInfo(link);
        if (existing.LinkTarget == target) return false;
        if (existing.LinkTarget is not null) File.Delete(link);
        else if (Directory.Exists(link) || File.Exists(link))
            throw new ReproException($"{link} exists and is not a link; remove it so that it can link to {target}");
        Directory.CreateDirectory(Path.GetDirectoryName(link)!);
        Directory.CreateSymbolicLink(link, target);
        return true;
    }
}
