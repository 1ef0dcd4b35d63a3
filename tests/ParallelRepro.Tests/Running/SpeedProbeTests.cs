using ParallelRepro.Running;

namespace ParallelRepro.Tests.Running;

public sealed class SpeedProbeTests
{
    [Fact]
    public void A_probe_takes_measurable_time()
        => Assert.True(SpeedProbe.Measure() > 0);

    [Fact]
    public void Fewer_than_ten_probes_are_not_described()
        => Assert.Null(SpeedProbe.Describe([0.01, 0.02, 0.03]));

    [Fact]
    public void Description_gives_median_and_the_10_to_90_percentile_spread()
    {
        // 0.010 .. 0.019 s: 10th percentile 10.9 ms, median 14.5 ms, 90th 18.1 ms (linear interpolation).
        var probes = Enumerable.Range(0, 10).Select(i => 0.010 + 0.001 * i).ToArray();
        Assert.Equal("14.5 ms median, 10.9–18.1 ms from the 10th to the 90th percentile (+66 %)", SpeedProbe.Describe(probes));
    }
}
