namespace ParallelRepro.Toolchain;

/// <summary>
/// How an interpreter was built, as <c>sysconfig</c> records it. Pgo and Lto are true when recorded there; a
/// distributor may apply them without a trace (Debian's python3 does), so false means "not recorded". The probe reads
/// it (<see cref="PythonFacts"/>) and every run record carries it, so it belongs to the toolchain stage.
/// </summary>
public sealed record InterpreterBuild(string? ConfigArgs, bool? Pgo, bool? Lto)
{
    /// <summary>One short phrase for tables: "PGO+LTO", "PGO", "LTO" or "no PGO/LTO recorded".</summary>
    public string Optimizations => (Pgo, Lto) switch
    {
        (true, true) => "PGO+LTO",
        (true, _) => "PGO",
        (_, true) => "LTO",
        _ => "no PGO/LTO recorded",
    };
}
