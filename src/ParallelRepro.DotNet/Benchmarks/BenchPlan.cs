using ParallelRepro.DotNet.Cli;
using ParallelRepro.DotNet.Workloads;

namespace ParallelRepro.DotNet.Benchmarks;

/// <summary>One benchmark cell: a program at a worker count.</summary>
internal readonly record struct BenchCase(string Program, int Workers)
{
    /// <summary>Parses <c>group.variant@n</c>.</summary>
    public static BenchCase Parse(string text)
    {
        var at = text.LastIndexOf('@');
        if (at <= 0 || !int.TryParse(text.AsSpan(at + 1), System.Globalization.CultureInfo.InvariantCulture, out var n) || n < 1)
            throw new UsageException($"case '{text}' must look like group.variant@n with n >= 1");
        if (Catalog.Find(text[..at]) is null) throw new UsageException($"unknown variant '{text[..at]}' in case '{text}'");
        return new BenchCase(text[..at], n);
    }
}

/// <summary>
/// What the benchmark class needs and BenchmarkDotNet cannot pass it: the cells to run, where the data is, and the
/// injected faults. Set once before the run; the InProcess toolchain runs the benchmarks in this process, so they see it.
/// </summary>
internal sealed record BenchPlan(IReadOnlyList<BenchCase> Cases, WorkloadInput Input, IReadOnlyDictionary<string, string> Faults, TimeSpan WarmUpTime)
{
    public static BenchPlan Current { get; set; } = new([], new WorkloadInput(".", null, SelfCommand.Current), new Dictionary<string, string>(), TimeSpan.Zero);

    public IEnumerable<string> Programs => Cases.Select(c => c.Program).Distinct();

    public IEnumerable<int> WorkerCounts => Cases.Select(c => c.Workers).Distinct().Order();

    public bool Contains(string program, int workers) => Cases.Contains(new BenchCase(program, workers));

    public IWorkloadRun Create(string program, int workers)
    {
        var variant = Catalog.Find(program) ?? throw new InvalidOperationException($"unknown variant {program}");
        return Workloads.Faults.Apply(Faults, program, variant.Create(Input, workers));
    }
}
