using System.Security.Cryptography;
using System.Text;

namespace ParallelRepro.Common;

/// <summary>Content hashes that identify inputs: a source tree, a data folder, a file.</summary>
internal static class ContentHash
{
    /// <summary>
    /// Hash of every file under <paramref name="root"/> whose extension is listed, over sorted
    /// relative paths and contents, so that it changes exactly when one of those files does.
    /// </summary>
    public static string OfTree(string root, params string[] extensions)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}__pycache__{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (Relative: Path.GetRelativePath(root, f).Replace('\\', '/'), Full: f))
            .OrderBy(f => f.Relative, StringComparer.Ordinal);
        foreach (var (relative, full) in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(relative + "\0"));
            hash.AppendData(File.ReadAllBytes(full));
            hash.AppendData("\0"u8);
        }
        return Format(hash.GetHashAndReset());
    }

    public static string OfText(string text) => Format(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>A short form for folder names and tables.</summary>
    public static string Short(string hash) => hash.Replace("sha256:", "", StringComparison.Ordinal)[..12];

    private static string Format(byte[] digest) => "sha256:" + Convert.ToHexStringLower(digest);
}
