using ParallelRepro.Vocabulary;

namespace ParallelRepro.Tests.Vocabulary;

/// <summary>The serial rule (docs/ARCHITECTURE.md, "The shared layer"): which programs are serial, and which one is the baseline.</summary>
public sealed class VariantIdsTests
{
    [Theory]
    [InlineData("serial", true, true)]
    [InlineData("serial-static", true, false)]
    [InlineData("serial-dynamic", true, false)] // the C# programs' dynamically typed serial matrix product
    [InlineData("mt", false, false)]
    [InlineData("omp-nogil-static", false, false)]
    [InlineData("Serial", false, false)] // ids are lower case; the rule does not guess
    public void Serial_programs_and_the_baseline(string variant, bool serial, bool baseline)
    {
        Assert.Equal(serial, VariantIds.IsSerial(variant));
        Assert.Equal(baseline, VariantIds.IsBaseline(variant));
    }

    [Fact]
    public void The_paper_legends_cover_every_named_variant_and_start_with_the_baseline()
    {
        string[] ids =
        [
            VariantIds.Serial, VariantIds.SerialStatic, VariantIds.Mt, VariantIds.Mp, VariantIds.MpManager,
            VariantIds.Omp, VariantIds.OmpNoGilStatic, VariantIds.OmpGilDynamic, VariantIds.OmpGilStatic,
        ];
        Assert.All(ids, id => Assert.Equal(id, VariantNames.FromLegend(VariantNames.Legend(id))));
        Assert.Equal(VariantIds.Serial, VariantNames.Sorted(ids.Reverse()).First());
    }
}
