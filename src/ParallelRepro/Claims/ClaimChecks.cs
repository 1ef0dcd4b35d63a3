using ParallelRepro.Claims.Checks;

namespace ParallelRepro.Claims;

/// <summary>The check of every claim in claims.json, one class each (a test keeps the two lists equal).</summary>
internal static class ClaimChecks
{
    public static IReadOnlyList<IMeasuredClaim> Measured { get; } =
    [
        new CpuMtNoSpeedup(), new CpuMtWorseWithN(), new CpuMpSpeedup(), new CpuOmpGilSingleThreaded(),
        new CpuOmpStaticSpeedup(), new CpuOmpNogilSlowsWithN(), new IoMtSpeedup(), new IoOmpLikeMt(), new IoMpSlowSmallN(),
        new MemOmpStaticFastest(), new MemMtApproxSerial(), new MemMpSpeedup(), new MemStaticVsDynamicTyping(),
        new OverheadParallelNoGain(), new OverheadMpCostliest(), new OverheadManagerSlower(), new Table1NativeParallelUserTime(),
    ];

    public static IReadOnlyList<ISourceClaim> Source { get; } = [new CpuMtLockAcquireDominatesProfile(), new Table2EffortOrdering()];

    public static IEnumerable<string> Ids => Measured.Select(c => c.Id).Concat(Source.Select(c => c.Id));
}
