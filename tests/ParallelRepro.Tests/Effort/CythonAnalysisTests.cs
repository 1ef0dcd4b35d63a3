using ParallelRepro.Effort;
using Xunit;

namespace ParallelRepro.Tests.Effort;

/// <summary>
/// mccabe cannot parse Cython, so these expectations apply its rules by hand (see docs/effort.md):
/// cdef/cpdef functions are functions, prange loops are loops, with nogil/with gil add nothing,
/// declaration blocks (cdef extern from, ctypedef struct, cdef:) are one plain statement.
/// </summary>
public sealed class CythonAnalysisTests
{
    private static SourceFile Kernels()
    {
        var path = Path.Combine(Corpus.Fixtures, "cython", "kernels.pyx");
        return SourceFile.AnalyzeCython(path, File.ReadAllBytes(path));
    }

    [Fact]
    public void Cython_functions_get_mccabe_complexity()
    {
        string[] expected =
        [
            "25:0: 'clamp' 3",
            "33:0: 'scan' 4",
            "43:0: 'total' 3",
            "53:0: 'bounds' 1",
            "57:0: 'proc' 4",
            "78:4: 'Accumulator.__cinit__' 1",
            "81:4: 'Accumulator.add' 2",
            "88:0: 'dynamic' 4",
        ];
        Assert.Equal(expected, Kernels().Complexities.Select(c => c.ToMcCabeLine()));
    }

    [Fact]
    public void Cimports_and_imports_are_both_found()
    {
        var modules = Kernels().Imports.Select(i => i.Name).ToArray();
        Assert.Equal(["cython", "openmp", "cython.parallel", "libc.stdlib", "numpy"], modules);
    }

    [Fact]
    public void Decision_points_sum_over_functions_only()
        => Assert.Equal(2 + 3 + 2 + 0 + 3 + 0 + 1 + 3, Kernels().FunctionDecisions);
}
