namespace ParallelRepro.Claims.Checks;

/// <summary>mem-static-vs-dynamic-typing: static typing alone explains the memory-bound gap.</summary>
internal sealed class MemStaticVsDynamicTyping : IMeasuredClaim
{
    public string Id => "mem-static-vs-dynamic-typing";

    // Single-threaded comparisons: cores do not matter.
    public ClaimNeeds Needs { get; } = new(["memory_bound"]);

    public void Check(ClaimScope s, Evidence e)
    {
        var serial = s.Serial("memory_bound");
        e.Require("serial / serial (static type) ≥ 10", "serial/serial-static", () => serial / s.Proc("memory_bound", "serial-static", null), r => r >= 10);
        e.Require("omp (GIL, dynamic type) at n=1 ≥ 0.9 × serial", "omp-gil-dynamic(1)/serial", () => s.Proc("memory_bound", "omp-gil-dynamic", 1) / serial, r => r >= 0.9);
    }
}
