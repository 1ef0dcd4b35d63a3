namespace ParallelRepro.Claims.Checks;

/// <summary>overhead-manager-slower: Manager proxies are slower than shared-memory Value and Lock.</summary>
internal sealed class OverheadManagerSlower : IMeasuredClaim
{
    public string Id => "overhead-manager-slower";

    public ClaimNeeds Needs { get; } = new(["overhead"]);

    public void Check(ClaimScope s, Evidence e)
    {
        e.ForEveryN("mp (manager) ≥ 1.3 × mp (shared memory) at every n (manager/shared)", () => s.CommonNs("overhead", ClaimScope.PaperNs, "mp", "mp-manager"),
            n => s.Ratio($"mp-manager({n})/mp({n})", "overhead", ("mp-manager", n), ("mp", n)), Bound.AtLeast(1.3));
    }
}
