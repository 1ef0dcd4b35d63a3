namespace ParallelRepro.Claims.Checks;

/// <summary>table2-effort-ordering: threading takes the least effort, Cython/OpenMP the most, except in memory_bound.</summary>
internal sealed class Table2EffortOrdering : ISourceClaim
{
    private static readonly string[] Groups = ["cpu_bound", "io_bound", "memory_bound", "overhead"];

    public string Id => "table2-effort-ordering";

    public void Check(ClaimInputs inputs, Evidence e)
    {
        var effort = inputs.Effort ?? throw new NotTestableException("effort.json not found (run 'repro effort')");
        int D(string group, string variant) => effort.Find(group, variant)?.D
            ?? throw new NotTestableException($"{effort.Source} has no D for {group}.{variant}");
        foreach (var group in Groups)
        {
            var (mt, mp, omp) = (D(group, "mt"), D(group, "mp"), D(group, "omp"));
            var values = new Dictionary<string, double> { ["mt"] = mt, ["mp"] = mp, ["omp"] = omp };
            e.RequireAll($"{group}: D(mt) ≤ D(mp) and D(mt) ≤ D(omp)", values, mt <= mp && mt <= omp);
            if (group == "memory_bound") e.RequireAll($"{group}: D(omp) < D(mp) (the paper's exception)", values, omp < mp);
            else e.RequireAll($"{group}: D(omp) ≥ D(mp)", values, omp >= mp);
        }
    }
}
