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
    public void Setup() => CaseLog.Guard(() => run = BenchPlan.Current.Create(Program, Workers));

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

    private IWorkloadRun Run => run ?? throw new InvalidOperationException("the benchmark's setup failed");
}
