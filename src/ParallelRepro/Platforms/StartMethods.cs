namespace ParallelRepro.Platforms;

/// <summary>
/// The multiprocessing start method each run uses, pinned per OS rather than left to the interpreter,
/// because CPython changed its default under the pipeline's feet: Linux moved from fork to forkserver
/// in 3.14, so the same matrix would otherwise measure different process creation on 3.13 and 3.14.
/// </summary>
internal static class StartMethods
{
    public static string For(OsKind os) => os switch
    {
        // The paper's machine forked its workers; fork is still available on every Linux CPython.
        OsKind.Linux => "fork",
        // Forking a process that has loaded system frameworks is unsafe on macOS (CPython's default there since 3.8),
        // and Windows has no fork at all.
        _ => "spawn",
    };
}
