using ParallelRepro.Aggregation;
using ParallelRepro.Common;
using ParallelRepro.Reporting.Sections;
using ParallelRepro.Running;

namespace ParallelRepro.Tests.Reporting;

/// <summary>The GIL section compares GIL off and on only within one free-threaded binary on one runner.</summary>
public sealed class GilPairTests
{
    private static RuntimeFacts Facts(string executable, bool gil, bool freeThreaded = true)
        => new("cpython", "3.13.5", executable, gil, freeThreaded, "fork");

    private static Results With(params (string Runtime, RuntimeFacts Facts)[] runtimes) => new()
    {
        CreatedUtc = DateTimeOffset.UnixEpoch, Commits = ["c"], Profiles = ["smoke"], Cells = [], RecordCount = 0,
        Runners = [new RunnerInfo("vm", new MachineInfo("Linux", "x64", "cpu", 2), runtimes.Select(r => r.Runtime).ToList(),
            runtimes.ToDictionary(r => r.Runtime, r => (RuntimeFacts?)r.Facts), null)],
    };

    [Fact]
    public void One_binary_with_the_gil_off_and_on_is_a_pair()
    {
        var pairs = GilPair.Find(With(("ft", Facts("/t/python3.13t", gil: false)), ("ft-gil", Facts("/t/python3.13t", gil: true)),
            ("py311", Facts("/usr/bin/python3", gil: true, freeThreaded: false)))).ToList();

        Assert.Equal([new GilPair("vm", "ft", "ft-gil")], pairs);
    }

    [Fact]
    public void Two_different_binaries_are_not_a_pair()
    {
        var pairs = GilPair.Find(With(("ft", Facts("/a/python3.13t", gil: false)), ("ft-gil", Facts("/b/python3.13t", gil: true))));

        Assert.Empty(pairs);
    }

    [Fact]
    public void An_undeclared_extension_that_turned_the_gil_on_is_told_apart_from_a_forced_gil()
    {
        Assert.True((Facts("/t/python3.13t", gil: true) with { GilEnabledAtStart = false }).GilTurnedOnByImports);
        Assert.False((Facts("/t/python3.13t", gil: true) with { GilEnabledAtStart = true }).GilTurnedOnByImports);
        Assert.False((Facts("/usr/bin/python3", gil: true, freeThreaded: false) with { GilEnabledAtStart = false }).GilTurnedOnByImports);
    }
}
