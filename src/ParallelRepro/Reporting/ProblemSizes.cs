using System.Globalization;

namespace ParallelRepro.Reporting;

/// <summary>
/// The problem sizes of each profile, for figure titles: a number means little without the size it was measured at.
/// A copy of src/workloads/ppp/profiles.py (the report is rebuilt from data/ alone, without the workloads);
/// ProblemSizesTests holds the two equal.
/// </summary>
internal static class ProblemSizes
{
    public static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyDictionary<string, int?>>> Profiles =
        new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyDictionary<string, int?>>>(StringComparer.Ordinal)
        {
            ["smoke"] = Sizes(attempts: 500, idMax: 30, distMax: 50, matrix: 24, words: 12),
            ["quick"] = Sizes(attempts: 5000, idMax: 500, distMax: 999, matrix: 125, words: 40, overheadRows: 2500),
            ["paper"] = Sizes(attempts: 9999, idMax: 999, distMax: 999, matrix: 200, words: null),
        };

    /// <summary>"smoke profile, 500 attempts, ids ≤ 30" and the like; the profile names alone when they are several.</summary>
    public static string Describe(IReadOnlyList<string> profiles, string group)
    {
        if (profiles.Count != 1) return $"profiles {string.Join(", ", profiles)}";
        var name = profiles[0];
        var sizes = Profiles.GetValueOrDefault(name)?.GetValueOrDefault(group == "overhead" ? "cpu_bound" : group);
        var what = (group, sizes) switch
        {
            (_, null) => null,
            ("overhead", _) => Profiles[name].TryGetValue("overhead", out var overhead) && overhead["rows"] is { } rows
                ? $"the first {Num(rows)} nearest pairs of cpu_bound's {Num(sizes["attempts"])} attempts"
                : $"the nearest pairs of cpu_bound's {Num(sizes["attempts"])} attempts",
            ("cpu_bound", _) => $"{Num(sizes["attempts"])} attempts, ids ≤ {Num(sizes["id_max"])}, distances ≤ {Num(sizes["dist_max"])}",
            ("memory_bound", _) => $"{Num(sizes["size"])}×{Num(sizes["size"])} matrices",
            ("io_bound", _) => sizes["words"] is null ? "the whole paragraph (153 requests)" : $"{Num(sizes["words"])} words",
            _ => null,
        };
        return what is null ? $"{name} profile" : $"{name} profile, {what}";
    }

    private static IReadOnlyDictionary<string, IReadOnlyDictionary<string, int?>> Sizes(int attempts, int idMax, int distMax, int matrix, int? words,
        int? overheadRows = null)
    {
        var sizes = new Dictionary<string, IReadOnlyDictionary<string, int?>>(StringComparer.Ordinal)
        {
            ["cpu_bound"] = new Dictionary<string, int?> { ["attempts"] = attempts, ["id_max"] = idMax, ["dist_max"] = distMax },
            ["memory_bound"] = new Dictionary<string, int?> { ["size"] = matrix, ["value_max"] = 10 },
            ["io_bound"] = new Dictionary<string, int?> { ["words"] = words },
        };
        // overhead's input is cpu_bound's output; a profile names it only to keep fewer of its rows.
        if (overheadRows is not null) sizes["overhead"] = new Dictionary<string, int?> { ["rows"] = overheadRows };
        return sizes;
    }

    private static string Num(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "–";
}
