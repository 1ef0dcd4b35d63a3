using System.Globalization;

namespace ParallelRepro.DotNet.Workloads.Overhead;

/// <summary>
/// Each point's nearest partner and its distance (the original's two dicts). A row wins when (distance, partner id)
/// is smaller (overhead 2), a total order, so the answer does not depend on the order rows are visited in, and
/// partial tables of disjoint chunks merge into the same answer.
/// </summary>
internal sealed class NearestTable
{
    private readonly Dictionary<int, (int Partner, int Distance)> best = [];

    public int Count => best.Count;

    public void Update(int point, int other, int distance)
    {
        if (!best.TryGetValue(point, out var current) || distance < current.Distance || (distance == current.Distance && other < current.Partner))
            best[point] = (other, distance);
    }

    public IEnumerable<string> Lines()
        => best.OrderBy(p => p.Key).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key},{p.Value.Partner},{p.Value.Distance}"));

    public IEnumerable<(int Point, int Partner, int Distance)> Entries() => best.Select(p => (p.Key, p.Value.Partner, p.Value.Distance));
}

/// <summary>The largest and smallest distance (the original's max/min Values); the starting values are the ports'.</summary>
internal sealed class Extremes
{
    public const int NoMin = int.MaxValue;

    public int Largest { get; private set; } = -1;
    public int Smallest { get; private set; } = NoMin;

    public void Add(int distance)
    {
        if (distance > Largest) Largest = distance;
        if (distance < Smallest) Smallest = distance;
    }

    public IEnumerable<string> Lines()
        => [string.Create(CultureInfo.InvariantCulture, $"max,{Largest}"), string.Create(CultureInfo.InvariantCulture, $"min,{Smallest}")];
}
