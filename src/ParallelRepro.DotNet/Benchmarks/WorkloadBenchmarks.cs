using BenchmarkDotNet.Attributes;
using ParallelRepro.DotNet.Workloads;

namespace ParallelRepro.DotNet.Benchmarks;

/// <summary>
/// Every (program, workers) cell as one BenchmarkDotNet case. One invocation = one proc() call (InvocationCount = 1),
/// so each measured iteration is one run of the program, like one Python process run. Reset, digest and CPU-time
/// bookkeeping happen in the iteration setup and cleanup, outside the measured region.
/// Public and unsealed: BenchmarkDotNet instantiates (and may derive from) benchmark classes.
/// </summary>
public class WorkloadBenchmarks
{
    private IWorkloadRun? run;

    public static IEnumerable<string> ProgramValues => BenchPlan.Current.Programs;

    public static IEnumerable<int> WorkerValues => BenchPlan.Current.WorkerCounts;

    [ParamsSource(nameof(ProgramValues))]
    public string Program { get; set; } = "";

    [ParamsSource(nameof(WorkerValues))]
    public int Workers { get; set; }

    [GlobalSetup]
    public void Setup() => CaseLog.Guard(() =>
    {
        run = BenchPlan.Current.Create(Program, Workers);
        WarmUp(run, BenchPlan.Current.WarmUpTime);
    });

    [IterationSetup]
    public void BeforeIteration()
    {
        CaseLog.Guard(() => Run.Reset());
        CaseLog.IterationStarted();
    }

    [Benchmark]
    public void Proc()
    {
        try
        {
            Run.Proc();
        }
        catch (Exception e)
        {
            CaseLog.Failed(e);
            throw;
        }
    }

    [IterationCleanup]
    public void AfterIteration() => CaseLog.IterationEnded(() => CanonicalOutput.Digest(Run.Lines()));

    [GlobalCleanup]
    public void Cleanup() => run?.Dispose();

    /// <summary>
    /// The Monitoring strategy has no jitting stage, and a cell of a few milliseconds would be measured before the
    /// tiered JIT (and its PGO) has replaced the first code: the first cell of a process ran 1.8× slower than the same
    /// cell later. So proc() runs for about <paramref name="time"/> (at most 50 calls, at least one) before BenchmarkDotNet's
    /// warmup and measured iterations. The count goes to the cell's end event.
    /// </summary>
    private static void WarmUp(IWorkloadRun run, TimeSpan time)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var calls = 0;
        do
        {
            run.Reset();
            run.Proc();
            calls++;
        }
        while (clock.Elapsed < time && calls < 50);
        CaseLog.WarmCalls = calls;
    }

    private IWorkloadRun Run => run ?? throw new InvalidOperationException("the benchmark's setup failed");
}
