using ParallelRepro.Configuration;

namespace ParallelRepro.DotNetBench;

/// <summary>
/// How BenchmarkDotNet measures each cell: warmup and measured iterations (one proc() call each) per profile, and
/// the runtime label the records carry. The quick profile's 6 iterations are the fewest whose [min, max] covers the
/// median with 95 % (Statistics.MedianInterval): the .NET programs feed no verdict, and nine iterations made their
/// part of the default reproduction take nearly two minutes on a 2-core machine.
/// </summary>
public sealed record BenchSettings(int Warmups, int Iterations, string Label)
{
    public static string DefaultLabel => $".NET {Environment.Version.Major}";

    public static BenchSettings For(Profile profile, int? warmups = null, int? iterations = null, string? label = null)
    {
        var (w, k) = profile.Name switch
        {
            "smoke" => (1, 3),
            "paper" => (2, 15),
            _ => (1, 6),
        };
        return new BenchSettings(warmups ?? w, iterations ?? k, string.IsNullOrWhiteSpace(label) ? DefaultLabel : label.Trim());
    }
}
