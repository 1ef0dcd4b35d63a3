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

    /// <summary>
    /// A run whose work spreads over every CPU it may use, wherever it started: any parallel variant at n ≥ 2 on two
    /// CPUs or more (threads, OpenMP threads, worker processes), since ppp's harness keeps only a single worker that is
    /// not a process on its start CPU (ppp/harness.py, stays_on_start_cpu). Its start CPU pairs it with nothing. The
    /// decide stage runs it once a round (Deciding.ExtraRound.Turns) and reads that run as its time over the CPUs
    /// (Statistics.PairedRatio). Measured, not assumed: in the decide-stage rounds of 90 earlier default runs that ran a
    /// cell on both CPUs while the probes had one CPU slow and the other quiet, the run on the slow CPU over the run on
    /// the quiet one read 1.00 for cpu_bound mt at n ≥ 2 (304 rounds), 0.98 for memory_bound mt (73) and 0.99 for
    /// omp-gil-dynamic (221), against 1.48-1.78 for their n = 1 and serial cells
    /// (src/workloads/experiments/start_cpu_effect.py). It was mp and mp-manager alone, so threaded cells ran twice a
    /// decide-stage round for nothing, and their planned rounds were not read as balanced (Planning.MatrixPlanner).
    /// </summary>
    public static bool SpreadsOverCpus(string variant, int workers, int cpus) => !IsSerial(variant) && workers >= 2 && cpus >= 2;

    /// <summary>The baseline of its group: speedup = baseline time / variant time, and its own speedup is 1 by definition.</summary>
    public static bool IsBaseline(string variant) => variant == Serial;
}
