using System.Globalization;
using ParallelRepro.Aggregation;
using ParallelRepro.Claims;

namespace ParallelRepro.Reproducibility;

/// <summary>A claim × runtime × cores whose verdict differs between two claims.json files ("absent" when one lacks it).</summary>
public sealed record VerdictFlip(string Claim, string Scope, string VerdictA, string VerdictB)
{
    public override string ToString() => $"{Claim} · {Scope}: {VerdictA} → {VerdictB}";
}

/// <summary>Two claims files compared: how many claim × scope outcomes were paired, and every flip.</summary>
public sealed record VerdictComparisonResult(string FileA, string FileB, int Compared, IReadOnlyList<VerdictFlip> Flips)
{
    public string Summary => string.Create(CultureInfo.InvariantCulture,
        $"verdicts: {Compared} claim × runtime outcome(s) compared, {Flips.Count} flip(s)");
}

/// <summary>
/// Reproducibility means the same verdicts: two runs of the same study must decide every claim the same way on
/// every Python runtime. Outcomes are paired by claim, runtime and cores, and by runner too unless each file holds
/// one runner only (two runs of one machine under two labels).
/// </summary>
internal static class VerdictComparison
{
    /// <summary>The claims stage on one runner's runs alone, as if that run had been the only one.</summary>
    public static ClaimsReport DecideOn(Results results, string runner, TimeProvider clock)
    {
        var own = results with
        {
            Runners = results.Runners.Where(r => r.Runner == runner).ToArray(),
            Cells = results.Cells.Where(c => c.Runner == runner).ToArray(),
        };
        return ClaimsStage.Decide(new ClaimInputs(own, null, []), clock);
    }

    /// <summary>
    /// The claims stage on each runner alone, written to <c>claims-&lt;runner&gt;.json</c> in <paramref name="folder"/>,
    /// then the two files read back and compared, as any two claims.json files would be.
    /// </summary>
    public static VerdictComparisonResult DecideAndCompare(Results results, string runnerA, string runnerB, string folder, TimeProvider clock)
    {
        var (fileA, fileB) = (Path.Combine(folder, FileName(runnerA)), Path.Combine(folder, FileName(runnerB)));
        ClaimsFile.Write(fileA, DecideOn(results, runnerA, clock));
        ClaimsFile.Write(fileB, DecideOn(results, runnerB, clock));
        return Compare(fileA, fileB);
    }

    public static VerdictComparisonResult Compare(string fileA, string fileB)
    {
        var (a, b) = (ClaimsFile.Read(fileA), ClaimsFile.Read(fileB));
        var byRunner = RunnerCount(a) > 1 || RunnerCount(b) > 1;
        return new VerdictComparisonResult(fileA, fileB, Index(a, byRunner).Keys.Union(Index(b, byRunner).Keys).Count(), Compare(a, b));
    }

    /// <summary>Where one runner's verdicts are written: <c>claims-&lt;runner&gt;.json</c>.</summary>
    public static string FileName(string runner) => $"claims-{SpeedupComparisonReport.SafeName(runner)}.json";

    public static IReadOnlyList<VerdictFlip> Compare(ClaimsReport a, ClaimsReport b)
    {
        var byRunner = RunnerCount(a) > 1 || RunnerCount(b) > 1;
        var inA = Index(a, byRunner);
        var inB = Index(b, byRunner);
        return inA.Keys.Union(inB.Keys).Order(StringComparer.Ordinal)
            .Select(key => new VerdictFlip(inA.GetValueOrDefault(key)?.Id ?? inB[key].Id, Scope(inA.GetValueOrDefault(key) ?? inB[key], byRunner),
                Text(inA.GetValueOrDefault(key)), Text(inB.GetValueOrDefault(key))))
            .Where(f => f.VerdictA != f.VerdictB).ToArray();
    }

    private static Dictionary<string, ClaimOutcome> Index(ClaimsReport report, bool byRunner)
        => report.Outcomes.GroupBy(o => $"{o.Id}|{Scope(o, byRunner)}", StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    /// <summary>"py311 · all cores", with the runner first when runners are paired too; "this commit" for claims decided once.</summary>
    private static string Scope(ClaimOutcome o, bool byRunner)
        => o.Runner is null ? "this commit"
            : $"{(byRunner ? o.Runner + " · " : "")}{o.Runtime} · {(o.Cores == 0 ? "all cores" : $"{o.Cores?.ToString(CultureInfo.InvariantCulture)} core(s)")}";

    private static int RunnerCount(ClaimsReport report) => report.Outcomes.Select(o => o.Runner).OfType<string>().Distinct(StringComparer.Ordinal).Count();

    private static string Text(ClaimOutcome? outcome) => outcome?.Verdict.Text() ?? "absent";
}
