namespace ParallelRepro.DotNet.Workloads;

/// <summary>
/// One variant with its input loaded, ready to be timed. Only <see cref="Proc"/> is timed, like the Python
/// ports' <c>proc()</c>: loading, type conversion and shared-memory setup happen before it, output after.
/// </summary>
internal interface IWorkloadRun : IDisposable
{
    /// <summary>Restores the input a previous <see cref="Proc"/> changed (BenchmarkDotNet calls it before every iteration).</summary>
    void Reset();

    /// <summary>The timed region: workers are created, run and joined inside it.</summary>
    void Proc();

    /// <summary>The canonical output lines of the last <see cref="Proc"/>; their digest must equal Python serial's.</summary>
    IReadOnlyList<string> Lines();
}
