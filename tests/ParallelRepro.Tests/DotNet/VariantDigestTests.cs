using ParallelRepro.DotNet.Workloads;

namespace ParallelRepro.Tests.DotNet;

/// <summary>
/// Every C# variant, at n = 1, 2, 3 and 8, computes exactly what the Python serial program computes on the same
/// data: same canonical output, same digest. Run twice in a row, as BenchmarkDotNet iterations do, it gives the
/// same answer again (fresh state per proc()).
/// </summary>
[Collection(DotNetCollection.Name)]
public sealed class VariantDigestTests(SmokeDataFixture smoke)
{
    public static TheoryData<string, int> Cells()
    {
        var data = new TheoryData<string, int>();
        foreach (var variant in Catalog.All)
            foreach (var n in new[] { 1, 2, 3, 8 })
                data.Add(variant.Program, n);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public void Output_digest_equals_the_Python_serial_digest(string program, int workers)
    {
        var variant = Catalog.Find(program)!;
        using var run = variant.Create(new WorkloadInput(smoke.DataDir, smoke.WikiUrl, SelfCommand.Current), workers);
        for (var iteration = 0; iteration < 2; iteration++)
        {
            run.Reset();
            run.Proc();
            Assert.Equal(smoke.SerialDigests[variant.Group], CanonicalOutput.Digest(run.Lines()));
        }
    }

    [Fact]
    public void Every_group_has_the_four_patterns()
    {
        foreach (var group in SmokeDataFixture.Groups)
        {
            var names = Catalog.All.Where(v => v.Group == group).Select(v => v.Name).ToArray();
            Assert.Subset(names.ToHashSet(), new HashSet<string> { "serial", "threads", "processes", "parallel-for" });
        }
        Assert.Contains(Catalog.All, v => v.Program == "memory_bound.serial-dynamic");
        Assert.Contains(Catalog.All, v => v.Program == "memory_bound.parallel-for-dynamic");
    }
}
