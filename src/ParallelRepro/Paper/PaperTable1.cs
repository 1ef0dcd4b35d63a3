using ParallelRepro.Vocabulary;

namespace ParallelRepro.Paper;

/// <summary>A row of the paper's Table 1 (n = 8), keyed by our variant id; <see cref="Note"/> flags a doubtful row.</summary>
public sealed record PaperTable1Row(
    string Program, string Group, string Variant, double Proc, double Real, double User, double Sys,
    double? WorkerUser, double? WorkerSys, string? Note)
{
    /// <summary>(main + worker user CPU) / real: the ratio the paper reads as "how many cores were busy".</summary>
    public double UserOverReal => (User + (WorkerUser ?? 0)) / Real;
}

/// <summary>The paper's Table 1: user and system CPU time at n = 8.</summary>
internal static class PaperTable1
{
    public const int Workers = 8;

    private static readonly Lazy<IReadOnlyList<PaperTable1Row>> Loaded = new(Load);

    public static IReadOnlyList<PaperTable1Row> Rows => Loaded.Value;

    private static IReadOnlyList<PaperTable1Row> Load()
    {
        using var doc = PaperResources.Open("table1");
        return doc.RootElement.GetProperty("rows").EnumerateArray().Select(r =>
        {
            var group = r.GetProperty("group").GetString()!;
            var variant = VariantOf(group, r.GetProperty("variant_label").GetString()!);
            return new PaperTable1Row(
                r.GetProperty("program").GetString()!, group, variant,
                r.GetProperty("proc_time").GetDouble(), r.GetProperty("real_time").GetDouble(),
                r.GetProperty("user_time").GetDouble(), r.GetProperty("system_time").GetDouble(),
                r.OptionalDouble("worker_user_time"), r.OptionalDouble("worker_system_time"), NoteOf(group, variant));
        }).ToArray();
    }

    /// <summary>
    /// Table 1 labels omp rows without their type where a group has one omp variant, and its
    /// overhead "mp" row measured the Manager variant (table1.json, anomaly overhead-mp-row-is-manager-variant).
    /// </summary>
    private static string VariantOf(string group, string label) => (group, label) switch
    {
        ("io_bound", "omp") => "omp-gil-dynamic",
        ("overhead", "mp") => "mp-manager",
        _ => VariantNames.FromLegend(label),
    };

    private static string? NoteOf(string group, string variant) => (group, variant) switch
    {
        ("memory_bound", "omp-gil-static") => "the paper's row repeats cpu_bound's omp (GIL, static type) row: a copy error",
        ("overhead", "mp-manager") => "printed as overhead.mp; its times match Figure 7's Manager variant",
        ("io_bound", "mp") => "from a different run than Figure 3 (network-dependent)",
        _ => null,
    };
}
