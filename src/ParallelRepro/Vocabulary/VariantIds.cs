namespace ParallelRepro.Vocabulary;

/// <summary>
/// The variant ids every stage uses (the names of the paper's legends, as in <c>ppp list</c>), and the serial rule:
/// the one definition of which program is serial and which one speedups are measured against.
/// </summary>
internal static class VariantIds
{
    /// <summary>The plain serial program: the baseline every speedup of its group divides by.</summary>
    public const string Serial = "serial";
    public const string SerialStatic = "serial-static";
    public const string Mt = "mt";
    public const string Mp = "mp";
    public const string MpManager = "mp-manager";
    public const string Omp = "omp";
    public const string OmpNoGilStatic = "omp-nogil-static";
    public const string OmpGilDynamic = "omp-gil-dynamic";
    public const string OmpGilStatic = "omp-gil-static";

    /// <summary>
    /// A serial program (serial, serial-static, the C# serial-dynamic): it has no worker count, so it is planned once
    /// with n = 1, and it has no parallel efficiency. It can still have a speedup (serial-static against serial).
    /// </summary>
    public static bool IsSerial(string variant) => variant.StartsWith(Serial, StringComparison.Ordinal);

    /// <summary>A Python variant whose workers are processes (mp, mp-manager).</summary>
    public static bool IsMultiProcess(string variant) => variant is Mp or MpManager;

    /// <summary>
    /// A run whose worker processes spread over every CPU it may use, wherever its parent started (mp and mp-manager
    /// at n ≥ 2, on two CPUs or more): its start CPU pairs it with nothing. The decide stage runs it once a round
    /// (Deciding.ExtraRound.Turns) and reads that run as its time over the CPUs (Statistics.PairedRatio).
    /// </summary>
    public static bool SpreadsOverCpus(string variant, int workers, int cpus) => IsMultiProcess(variant) && workers >= 2 && cpus >= 2;

    /// <summary>The baseline of its group: speedup = baseline time / variant time, and its own speedup is 1 by definition.</summary>
    public static bool IsBaseline(string variant) => variant == Serial;
}
