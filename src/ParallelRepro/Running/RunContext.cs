using System.Globalization;
using ParallelRepro.Common;
using ParallelRepro.Configuration;
using ParallelRepro.Data;
using ParallelRepro.Planning;

namespace ParallelRepro.Running;

/// <summary>Everything a run needs besides its cell: where inputs are and what identifies them.</summary>
internal sealed record RunContext(
    ReproSettings Settings,
    string Commit,
    string SourceHash,
    DataManifest Data,
    string DataDir,
    IReadOnlyDictionary<string, string> ExpectedDigests,
    string? Compiler)
{
    /// <summary>The MediaWiki API the I/O-bound program queries (the local replica unless a URL was given).</summary>
    public string? WikiUrl { get; init; }

    /// <summary>Groups whose variants need the wiki (from <c>ppp list</c>): only they get <c>--wiki-url</c>.</summary>
    public IReadOnlySet<string> WikiGroups { get; init; } = new HashSet<string>();

    /// <summary>Source hash of the C# programs, when a .NET runtime is measured.</summary>
    public string? DotNetSourceHash { get; init; }

    public Interpreter InterpreterFor(string runtime)
        => Settings.Runtimes.First(i => i.Label == runtime);

    /// <summary>What a runtime runs: the Python package, or the C# programs for a .NET runtime.</summary>
    public string SourceHashFor(string runtime)
        => InterpreterFor(runtime).IsDotNet ? DotNetSourceHash ?? SourceHash : SourceHash;

    /// <summary>
    /// A record's identity. A record with the same key measured the same code on the same data on the
    /// same runtime and runner, so a resumed run reuses it instead of measuring again.
    /// </summary>
    public string KeyOf(PlannedRun run)
        => ContentHash.Short(ContentHash.OfText(string.Join("|",
            SourceHashFor(run.Cell.Runtime), Data.DataHash, run.Cell.Runtime, InterpreterFor(run.Cell.Runtime).Path, Settings.Runner,
            Settings.Profile.Name, run.Cell.ToString(), run.Repetition.ToString(CultureInfo.InvariantCulture))));
}
