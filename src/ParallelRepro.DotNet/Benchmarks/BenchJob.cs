using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace ParallelRepro.DotNet.Benchmarks;

/// <summary>
/// The job: ShortRun-like but for runs of milliseconds to seconds. Monitoring strategy (no pilot, no overhead
/// subtraction: each iteration is one proc() call, timed whole), one launch, a few warmups and iterations, and the
/// InProcess toolchain: no per-case project build, which keeps the quick profile's .NET part to a couple of minutes
/// on 2 cores. BenchmarkDotNet's own timeout is set out of the way: a hung case is the pipeline's to kill.
/// </summary>
internal static class BenchJob
{
    public static Job Create(int warmups, int iterations)
        => Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(warmups)
            .WithIterationCount(iterations)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromDays(1), logOutput: true))
            .WithId("ppp");

    public static string Describe(int warmups, int iterations)
        => $"BenchmarkDotNet Monitoring, InProcessEmit, launches 1, warmups {warmups}, iterations {iterations}, 1 invocation per iteration";

    public static IConfig Config(Job job, BenchPlan plan, string artifacts)
        => ManualConfig.CreateEmpty()
            .AddJob(job)
            .AddEventProcessor(new CaseReporter())
            .AddFilter(new SimpleFilter(c => plan.Contains(
                (string)c.Parameters[nameof(WorkloadBenchmarks.Program)], (int)c.Parameters[nameof(WorkloadBenchmarks.Workers)])))
            // BenchmarkDotNet's log goes to a file in the artifacts folder; stdout carries only the protocol.
            .AddLogger(new StreamLogger(Path.Combine(artifacts, "benchmarkdotnet.log"), append: true))
            .WithArtifactsPath(artifacts)
            .WithOptions(ConfigOptions.DisableLogFile);
}
