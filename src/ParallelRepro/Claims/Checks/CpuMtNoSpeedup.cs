using ParallelRepro.Vocabulary;

namespace ParallelRepro.Claims.Checks;

/// <summary>cpu-mt-no-speedup: threads do not speed up CPU-bound Python (the GIL).</summary>
internal sealed class CpuMtNoSpeedup : IMeasuredClaim
{
    public string Id => "cpu-mt-no-speedup";

    public ClaimNeeds Needs { get; } = new(["cpu_bound"], MinCores: 2, CoresWhy: "on one core no variant can run in parallel, so 'no speedup' would hold for any reason");

    public void Check(ClaimScope s, Evidence e)
    {
        Measured MtOverSerial(int n) => s.Ratio($"mt({n})/serial", "cpu_bound", ("mt", n), (VariantIds.Serial, null));
        e.ForEveryN("mt ≥ 0.95 × serial at every n (mt/serial)", () => s.Ns("cpu_bound", "mt", ClaimScope.PaperNs), MtOverSerial, Bound.AtLeast(0.95));
        e.Check("mt at n=128 ≥ serial", () => MtOverSerial(128), Bound.AtLeast(1));
    }
}
