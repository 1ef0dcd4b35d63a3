using Perfolizer.Mathematics.Distributions.ContinuousDistributions;

namespace ParallelRepro.Publishing;

/// <summary>
/// The Mann-Whitney U test (two-sided): do two samples of run times come from the same distribution?
/// Exact for the small samples benchmarks have (counts of rank arrangements), the normal approximation
/// with tie correction beyond that.
/// </summary>
internal static class MannWhitney
{
    private const int ExactLimit = 30;

    /// <summary>The smallest two-sided p-value samples of these sizes can give: 2 / C(m+n, m).</summary>
    public static double MinimumP(int m, int n) => m == 0 || n == 0 ? 1 : Math.Min(1, 2 / Choose(m + n, m));

    public static double PValue(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        if (x.Count == 0 || y.Count == 0) return 1;
        var u = U(x, y);
        return x.Count + y.Count <= ExactLimit ? ExactP(u, x.Count, y.Count) : NormalP(u, x, y);
    }

    /// <summary>Pairs (xi, yj) with xi &gt; yj, ties counting one half.</summary>
    public static double U(IReadOnlyList<double> x, IReadOnlyList<double> y)
        => x.Sum(a => y.Sum(b => a > b ? 1.0 : a == b ? 0.5 : 0.0));

    private static double ExactP(double u, int m, int n)
    {
        // counts[k] = arrangements of m x's among n y's whose U is k (Mann & Whitney's recurrence).
        var counts = Distribution(m, n);
        var total = counts.Sum();
        double below = 0, above = 0;
        for (var k = 0; k < counts.Length; k++)
        {
            if (k <= u + 1e-9) below += counts[k];
            if (k >= u - 1e-9) above += counts[k];
        }
        return Math.Min(1, 2 * Math.Min(below, above) / total);
    }

    private static double[] Distribution(int m, int n)
    {
        // table[i][j][k]: arrangements of i x's and j y's with U = k; built up one element at a time.
        var table = new double[m + 1, n + 1][];
        for (var i = 0; i <= m; i++)
        for (var j = 0; j <= n; j++)
        {
            var row = new double[i * j + 1];
            if (i == 0 || j == 0) row[0] = 1;
            else
                for (var k = 0; k < row.Length; k++)
                {
                    // The largest element is an x (it beats all j y's) or a y (it adds nothing).
                    var fromX = k - j >= 0 && k - j < table[i - 1, j].Length ? table[i - 1, j][k - j] : 0;
                    var fromY = k < table[i, j - 1].Length ? table[i, j - 1][k] : 0;
                    row[k] = fromX + fromY;
                }
            table[i, j] = row;
        }
        return table[m, n];
    }

    private static double NormalP(double u, IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        double m = x.Count, n = y.Count, total = m + n;
        var ties = x.Concat(y).GroupBy(v => v).Select(g => (double)g.Count()).Sum(t => t * t * t - t);
        var sigma = Math.Sqrt(m * n / 12 * (total + 1 - ties / (total * (total - 1))));
        if (sigma == 0) return 1;
        var z = (Math.Abs(u - m * n / 2) - 0.5) / sigma;
        return Math.Min(1, 2 * (1 - NormalDistribution.Standard.Cdf(Math.Max(0, z))));
    }

    private static double Choose(int n, int k)
    {
        double result = 1;
        for (var i = 1; i <= k; i++) result = result * (n - k + i) / i;
        return result;
    }
}
