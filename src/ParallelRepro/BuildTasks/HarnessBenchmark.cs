using ParallelRepro.Common;
using ParallelRepro.Configuration;
using ParallelRepro.Platforms;

namespace ParallelRepro.BuildTasks;

/// <summary>
/// Does the real time <c>repro run</c> records agree with hyperfine's for the same command? A benchmark command, not
/// a unit test (timings on a shared machine are noise in a test): build/bench/harness_vs_hyperfine.py does the work.
/// </summary>
public sealed class HarnessBenchmark(RepoLayout layout)
{
    /// <summary>The script and its arguments: the profile only when one was given (the script has its own default).</summary>
    public IReadOnlyList<string> Arguments(string? profile)
        => [Path.Combine(layout.Root, "build", "bench", "harness_vs_hyperfine.py"), .. profile is null ? [] : new[] { "--profile", profile }];

    public async Task RunAsync(string? profile, CancellationToken ct)
    {
        var exit = await ConsoleProcess.RunAsync(InterpreterDefaults.ForScripts(File.Exists), Arguments(profile), layout.Root, environment: null, ct).ConfigureAwait(false);
        if (exit != 0) throw new ReproException($"harness benchmark failed with exit code {exit} (the line above says why)", exit);
    }
}
