using System.Globalization;
using ParallelRepro.Vocabulary;

namespace ParallelRepro.Paper;

/// <summary>One bar of the paper's figures: median proc time of a variant at n threads/processes (serial: n = 1).</summary>
public sealed record PaperBar(string Group, string Variant, int Workers, double Seconds, string Figure);

/// <summary>
/// The bars of the paper's charts (Figures 1, 3-7, digitized in figures.json) keyed by our variant ids.
/// Figures 5 and 7 repeat bars of Figures 4 and 6; the first figure that shows a bar wins, so each
/// (group, variant, n) appears once.
/// </summary>
internal static class PaperFigures
{
    private static readonly Lazy<IReadOnlyList<PaperBar>> Loaded = new(Load);

    public static IReadOnlyList<PaperBar> Bars => Loaded.Value;

    public static double? Seconds(string group, string variant, int workers)
        => Bars.FirstOrDefault(b => b.Group == group && b.Variant == variant && b.Workers == workers)?.Seconds;

    private static IReadOnlyList<PaperBar> Load()
    {
        using var doc = PaperResources.Open("figures");
        var bars = new List<PaperBar>();
        foreach (var figure in doc.RootElement.GetProperty("figures").EnumerateArray())
        {
            if (!figure.TryGetProperty("series", out var series)) continue; // Figure 2 is a table
            var group = figure.GetProperty("group").GetString()!;
            var name = figure.GetProperty("figure").GetString()!;
            foreach (var legend in series.EnumerateObject())
            {
                var variant = VariantNames.FromLegend(legend.Name);
                foreach (var bar in legend.Value.EnumerateObject())
                {
                    var workers = bar.Name == VariantIds.Serial ? 1 : int.Parse(bar.Name, CultureInfo.InvariantCulture);
                    if (bars.Any(b => b.Group == group && b.Variant == variant && b.Workers == workers)) continue;
                    bars.Add(new PaperBar(group, variant, workers, bar.Value.GetDouble(), name));
                }
            }
        }
        return bars;
    }
}
