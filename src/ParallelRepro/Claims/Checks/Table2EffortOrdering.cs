namespace ParallelRepro.Claims.Checks;

/// <summary>table2-effort-ordering: threading takes the least effort, Cython/OpenMP the most, except in memory_bound.</summary>
internal sealed class Table2EffortOrdering : ISourceClaim
{
    private static readonly string[] Groups = ["cpu_bound", "io_bound", "memory_bound", "overhead"];

    public string Id => "table2-effort-ordering";

    public void Check(ClaimInputs inputs, Evidence e)
    {
        var effort = inputs.Effort ?? throw new NotTestableException("effort.json not found (run 'repro effort')");
        foreach (var group in Groups)
        {
            IReadOnlyDictionary<string, double> D() => new[] { "mt", "mp", "omp" }.ToDictionary(v => $"{group} D({v})", v => (double)(effort.Find(group, v)?.D
                ?? throw new NotTestableException($"{effort.Source} has no D for {group}.{v}")));
            e.RequireAll($"{group}: D(mt) ≤ D(mp) and D(mt) ≤ D(omp)", D, d => d[$"{group} D(mt)"] <= d[$"{group} D(mp)"] && d[$"{group} D(mt)"] <= d[$"{group} D(omp)"]);
            if (group == "memory_bound") e.RequireAll($"{group}: D(omp) < D(mp) (the paper's exception)", D, d => d[$"{group} D(omp)"] < d[$"{group} D(mp)"]);
            else e.RequireAll($"{group}: D(omp) ≥ D(mp)", D, d => d[$"{group} D(omp)"] >= d[$"{group} D(mp)"]);
        }
    }
}
