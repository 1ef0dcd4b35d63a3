using ParallelRepro.Effort;
using ParallelRepro.Effort.Syntax;
using ParallelRepro.Effort.Workloads;
using Xunit;

namespace ParallelRepro.Tests.Effort;

/// <summary>
/// Table 2 on the toy workload in TestData/Effort/checkout, whose numbers were worked out by hand
/// (cloc agrees on every file's code lines: see OracleAgreementTests).
/// </summary>
public sealed class EffortCalculatorTests
{
    private static IReadOnlyList<EffortRow> Rows()
    {
        var root = FixtureCheckout.Source;
        return new EffortCalculator(root, new WorkloadTree(Path.Combine(root, "src", "workloads")), new CPythonReader(OracleTools.Python)).Compute();
    }

    private static EffortRow Row(string program) => Rows().Single(r => r.Program == program);

    [Fact]
    public void Serial_row_carries_absolute_code_lines_and_decision_points()
    {
        var serial = Row("toy.serial");
        Assert.Equal((RowStatus.Ok, 7, 2), (serial.Status, serial.Loc, serial.McCabe));
        Assert.Equal(["src/workloads/ppp/toy/serial.py"], serial.Files);
        Assert.Null(serial.D);
    }

    [Fact]
    public void Threading_variant_counts_its_helper_but_not_serials_infrastructure()
    {
        var mt = Row("toy.mt");
        Assert.Equal(["src/workloads/ppp/toy/mt.py", "src/workloads/ppp/chunking.py"], mt.Files);
        // L = (14 + 4) - 7; M = (2 + 1) - 2; I = {threading}; C = one tagged line; E = none.
        Assert.Equal((11, 1, 1, 1, 0, 15), (mt.L, mt.M, mt.I, mt.C, mt.E, mt.D));
        Assert.Equal(["threading"], mt.ImportsAdded);
    }

    [Fact]
    public void Cython_variant_adds_its_extension_source_and_build_lines()
    {
        var omp = Row("toy.omp-nogil-static");
        Assert.Equal(["src/workloads/ppp/toy/omp_nogil_static.py", "src/workloads/ppp/toy/ext/omp_nogil_static.pyx"], omp.Files);
        // L = (5 + 8) - 7; M = 2 - 2; I = {cython.parallel, importlib, numpy};
        // E = the tagged tuple line + the three code lines of OPENMP_FLAGS (tag on its own line before it).
        Assert.Equal((6, 0, 3, 1, 4, 19), (omp.L, omp.M, omp.I, omp.C, omp.E, omp.D));
        Assert.Equal(["cython.parallel", "importlib", "numpy"], omp.ImportsAdded);
    }

    [Fact]
    public void Helpers_are_not_variants_and_paper_rows_without_sources_are_missing()
    {
        var rows = Rows();
        Assert.Equal(["toy.serial", "toy.mt", "toy.omp-nogil-static"], rows.Where(r => r.Group == "toy").Select(r => r.Program));
        var missing = rows.Where(r => r.Status == RowStatus.Missing).ToArray();
        Assert.Equal(16, missing.Length);
        Assert.Contains(missing, r => r.Program == "io_bound.omp" && r.Note!.Contains("ppp/io_bound/omp_gil_dynamic.py", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("cpu_bound", "omp", "omp-nogil-static")]
    [InlineData("io_bound", "omp", "omp-gil-dynamic")]
    [InlineData("overhead", "mp", "mp-manager")]
    [InlineData("memory_bound", "mp", "mp")]
    public void Paper_rows_map_to_the_variant_the_original_committed(string group, string paperVariant, string ours)
        => Assert.Equal(ours, WorkloadConventions.CandidatesFor(group, paperVariant)[0]);
}
