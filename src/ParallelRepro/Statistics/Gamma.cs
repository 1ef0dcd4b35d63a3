namespace ParallelRepro.Statistics;

/// <summary>
/// The derivatives of log Γ that the empirical-Bayes variance prior (<see cref="VariancePrior"/>) needs: digamma ψ and
/// trigamma ψ′, by the recurrence ψ(x) = ψ(x + 1) − 1/x (ψ′(x) = ψ′(x + 1) + 1/x²) up to x ≥ 10 and then their
/// asymptotic series, accurate to about 1e-12 there; and the inverse of trigamma by Newton's method.
/// </summary>
public static class Gamma
{
    public static double Digamma(double x)
    {
        if (!(x > 0)) throw new ArgumentOutOfRangeException(nameof(x), x, "digamma is taken here at positive arguments only");
        var shift = 0.0;
        for (; x < 10; x++) shift -= 1 / x;
        var f = 1 / (x * x);
        return shift + Math.Log(x) - 0.5 / x - f * (1.0 / 12 - f * (1.0 / 120 - f * (1.0 / 252 - f * (1.0 / 240 - f / 132))));
    }

    public static double Trigamma(double x)
    {
        if (!(x > 0)) throw new ArgumentOutOfRangeException(nameof(x), x, "trigamma is taken here at positive arguments only");
        var shift = 0.0;
        for (; x < 10; x++) shift += 1 / (x * x);
        var f = 1 / (x * x);
        return shift + 1 / x + f / 2 + f / x * (1.0 / 6 - f * (1.0 / 30 - f * (1.0 / 42 - f / 30)));
    }

    /// <summary>
    /// The x > 0 with ψ′(x) = <paramref name="y"/>: Newton's method on 1/ψ′, which is nearly linear in x, from
    /// 0.5 + 1/y (Smyth 2004, limma's trigammaInverse), with ψ″ from the series' derivative by central difference.
    /// </summary>
    public static double TrigammaInverse(double y)
    {
        if (!(y > 0)) throw new ArgumentOutOfRangeException(nameof(y), y, "trigamma takes positive values only");
        if (y > 1e7) return 1 / Math.Sqrt(y);
        if (y < 1e-6) return 1 / y;
        var x = 0.5 + 1 / y;
        for (var i = 0; i < 50; i++)
        {
            var tri = Trigamma(x);
            var step = tri * (1 - tri / y) / Tetragamma(x);
            x += step;
            if (-step / x < 1e-10) break;
        }
        return x;
    }

    /// <summary>ψ″(x), the derivative of trigamma, by central difference (Newton's step above needs only its sign and size).</summary>
    private static double Tetragamma(double x)
    {
        var h = 1e-5 * Math.Max(1, x);
        return (Trigamma(x + h) - Trigamma(x - h)) / (2 * h);
    }
}
