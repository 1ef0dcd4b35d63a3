using ParallelRepro.Common;

namespace ParallelRepro.Configuration;

/// <summary>
/// A named problem size with its default sweep. The sizes themselves live with the workloads
/// (<c>ppp/profiles.py</c>); this side only knows the matrix defaults and time limits.
/// <paramref name="BaselineFactor"/>: the serial programs run this many times as often as the other cells. Every
/// speedup of a group divides by its serial median, so the baseline's noise enters all of them at once; the serial
/// runs are also among the cheapest (about 20 s more for the quick matrix at factor 3). Smoke keeps 1: it checks
/// that things work, not how fast. <see cref="DecideBudget"/>: how long the decide stage may add rounds aimed at
/// inconclusive claims. <see cref="WallTarget"/>: how long the whole reproduction (`dotnet cake`) should take; the
/// decide stage stops in time for it, whatever is left of its budget (quick: the README's 10 minutes).
/// </summary>
public sealed record Profile(string Name, IReadOnlyList<int> Workers, int Repetitions, TimeSpan RunTimeout, int BaselineFactor = 1)
{
    public static readonly Profile Smoke = new("smoke", [1, 2], 1, TimeSpan.FromSeconds(60));
    // The claims read n up to 128, so quick sweeps the paper's n at quick sizes.
    // Quick's .NET sweep keeps the default reproduction within 10 minutes on 2 cores (README), and its wall target
    // stops the decide stage in time for them when the run stage ran long. Its budget is the issue's 3 minutes: at
    // 150 s, five of eleven runs gave up on a claim near its bound (mem-mt-approx-serial, reckoned at 54-90 more rounds of
    // about 1.6 s) with 65-123 s of the budget left; two of those runs ended at 7 min 37 s.
    public static readonly Profile Quick = new("quick", PaperNs, 3, TimeSpan.FromMinutes(3), BaselineFactor: 3) { DecideBudget = TimeSpan.FromMinutes(3), DotNetMaxWorkers = 2, WallTarget = TimeSpan.FromMinutes(10) };
    public static readonly Profile Paper = new("paper", PaperNs, 5, TimeSpan.FromMinutes(15), BaselineFactor: 3) { DecideBudget = TimeSpan.FromMinutes(10) };

    public TimeSpan DecideBudget { get; init; }

    public TimeSpan? WallTarget { get; init; }

    /// <summary>The largest n BenchmarkDotNet measures the C# programs at (they feed no verdict; see DotNetBenchRunner).</summary>
    public int DotNetMaxWorkers { get; init; } = int.MaxValue;

    private static int[] PaperNs => [1, 2, 4, 8, 16, 32, 64, 128];

    public static IReadOnlyList<Profile> All { get; } = [Smoke, Quick, Paper];

    public static Profile Parse(string name)
        => All.FirstOrDefault(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
           ?? throw new ReproException($"unknown profile '{name}' (expected one of: {string.Join(", ", All.Select(p => p.Name))})");
}
