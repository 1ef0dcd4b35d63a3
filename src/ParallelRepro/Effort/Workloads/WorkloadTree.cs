using ParallelRepro.Vocabulary;

namespace ParallelRepro.Effort.Workloads;

/// <summary>One variant's entry files: its module and/or its Cython extension source.</summary>
internal sealed record VariantEntry(string Group, string Variant, IReadOnlyList<string> Files)
{
    public string Program => $"{Group}.{Variant}";
}

/// <summary>
/// The workload sources as they are on disk right now: groups and variants found by convention,
/// tolerant of a group folder or a variant file that does not exist yet.
/// </summary>
internal sealed class WorkloadTree(string root)
{
    public string Root { get; } = Path.GetFullPath(root);

    public string PackageDir => Path.Combine(Root, WorkloadConventions.Package);

    public IReadOnlyList<string> Groups()
    {
        IEnumerable<string> extra = Directory.Exists(PackageDir)
            ? Directory.EnumerateDirectories(PackageDir).Select(Path.GetFileName).OfType<string>()
                .Where(g => !GroupIds.Paper.Contains(g) && Variants(g).Any(v => VariantIds.IsBaseline(v.Variant)))
                .Order(StringComparer.Ordinal)
            : [];
        return [.. GroupIds.Paper, .. extra];
    }

    public IReadOnlyList<VariantEntry> Variants(string group)
    {
        var dir = Path.Combine(PackageDir, group);
        if (!Directory.Exists(dir)) return [];
        var extDir = Path.Combine(dir, WorkloadConventions.ExtensionFolder);
        // Only the paper's variant names: other modules in a group folder are helpers (a wiki
        // client, a shared worker), counted when a variant imports them.
        return WorkloadConventions.KnownVariants
            .Select(v => new VariantEntry(group, v, EntryFiles(dir, extDir, WorkloadConventions.StemOf(v))))
            .Where(v => v.Files.Count > 0)
            .ToArray();
    }

    /// <summary>Every Python or Cython source outside tests and caches: where build tags are looked for.</summary>
    public IReadOnlyList<string> AllSources()
        => !Directory.Exists(Root) ? [] : Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
            .Where(f => Syntax.SourceLanguages.FromPath(f) is not null)
            .Where(f => !Path.GetRelativePath(Root, f).Split(Path.DirectorySeparatorChar).Any(part => part is "tests" or "__pycache__" or "build"))
            .Order(StringComparer.Ordinal)
            .ToArray();

    private static string[] EntryFiles(string dir, string extDir, string stem)
        => new[] { Path.Combine(dir, stem + ".py"), Path.Combine(extDir, stem + ".pyx") }.Where(File.Exists).ToArray();
}
