namespace ParallelRepro.Statistics;

/// <summary>The standard normal distribution's CDF, for tests and predictions that need it outside Student's t.</summary>
internal static class Normal
{
    /// <summary>Φ(z), through erf (Abramowitz and Stegun 7.1.26, error below 1.5e-7), for z of either sign.</summary>
    public static double Cdf(double z)
    {
        if (z < 0) return 1 - Cdf(-z);
        var t = 1 / (1 + 0.3275911 * z / Math.Sqrt(2));
        var poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
        return 1 - 0.5 * poly * Math.Exp(-z * z / 2);
    }
}
