using ParallelRepro.Common;

namespace ParallelRepro.Configuration;

/// <summary>Where things live in a checkout: sources, generated artifacts, reports.</summary>
public sealed record RepoLayout(string Root)
{
    public string CakeConfig => Path.Combine(Root, "cake.config");
    public string Workloads => Path.Combine(Root, "src", "workloads");
    /// <summary>The Python package itself: what is measured, so what a record's source hash covers.</summary>
    public string WorkloadPackage => Path.Combine(Workloads, "ppp");

    /// <summary>
    /// Hash of the workload package's code and shipped data: one definition for the build stamp, the record
    /// keys and the profile cache, so that they all go stale together.
    /// </summary>
    public string WorkloadSourceHash() => ContentHash.OfTree(WorkloadPackage, ".py", ".pyx", ".pxd", ".txt", ".tsv");
    /// <summary>Generated files; another folder can be chosen (tests, CI legs) without touching the checkout.</summary>
    public string Artifacts { get; init; } = Path.Combine(Root, "artifacts");
    public string Reports { get; init; } = Path.Combine(Root, "reports");
    public string ToolchainFile => Path.Combine(Artifacts, "toolchain.json");
    public string RunsRoot => Path.Combine(Artifacts, "runs");
    public string ResultsFile => Path.Combine(Artifacts, "results.json");
    public string ResultsCsv => Path.Combine(Artifacts, "results.csv");
    public string EffortFile => Path.Combine(Artifacts, "effort.json");
    public string EffortMarkdown => Path.Combine(Artifacts, "effort.md");
    /// <summary>The pages the wiki replica serves, shipped with the I/O-bound workload.</summary>
    /// <summary>The C# programs (ParallelRepro.DotNet): what a .NET record's source hash covers.</summary>
    public string DotNetWorkloads => Path.Combine(Root, "src", "ParallelRepro.DotNet");
    public string DotNetBenchDir => Path.Combine(Artifacts, "dotnet-bench");
    public string WikiTitles => Path.Combine(Workloads, "ppp", "io_bound", "data", "wiki_titles.tsv");

    /// <summary>
    /// Runtimes built for this checkout (not versioned, see .gitignore), and the labels they are registered under:
    /// <c>dotnet cake --target=Python-FreeThreaded</c> writes both.
    /// </summary>
    public string ToolsDir => Path.Combine(Root, ".tools");
    public string RuntimeRegistryFile => Path.Combine(ToolsDir, "runtimes.ini");

    public string BuildDir(Interpreter interpreter) => Path.Combine(Artifacts, "build", interpreter.Slug);
    public string DataDir(string profile, int seed) => Path.Combine(Artifacts, "data", $"{profile}-seed{seed}");
    public string RunnerDir(string runner) => Path.Combine(RunsRoot, runner);

    /// <summary>Finds the checkout containing <paramref name="start"/> by its <c>cake.config</c>.</summary>
    public static RepoLayout Discover(string start)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "cake.config")) && Directory.Exists(Path.Combine(dir.FullName, "src", "workloads")))
                return new RepoLayout(dir.FullName);
        }
        throw new ReproException($"not inside a ParallelRepro checkout (no cake.config with src/workloads beside it at or above {Path.GetFullPath(start)}); pass --root DIR");
    }
}
