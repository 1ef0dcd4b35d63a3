using Xunit;
using Xunit.Abstractions;

namespace ParallelRepro.Tests.Effort;

/// <summary>
/// The analyzer on large trees nobody here wrote, each tool run once per tree: every .py file of
/// Debian's Python 3.11 standard library (py_compile's acceptance, then mccabe's graphs and cloc's
/// counts), and every .pyx/.pxd/.pxi file Debian's cython3 and python3-numpy ship (analyzed without
/// error, cloc's counts). A disagreement that remains is listed below with the reason it is correct.
/// </summary>
public sealed class CorpusTests(ITestOutputHelper output)
{
    /// <summary>Cython files the analyzer rejects, each with the reason rejecting it is correct.</summary>
    private static readonly Dictionary<string, string> KnownCythonRejections = new(StringComparer.Ordinal)
    {
        ["/usr/lib/python3/dist-packages/Cython/Utility/CpdefEnums.pyx"] =
            "a Tempita template ('class {{name}}(...)'), not Cython until Cython fills it in; cython3 rejects the file as shipped too",
    };

    private static readonly Dictionary<string, string> None = [];

    [Fact]
    public async Task Standard_library_agrees_with_py_compile_mccabe_and_cloc()
    {
        var files = Corpus.Files(Corpus.StandardLibrary, ".py");
        var clocRun = Task.Run(() => OracleComparison.Cloc(files));
        var mccabe = await OracleComparison.McCabeAsync(files);
        var cloc = await clocRun;
        output.WriteLine($"mccabe: {mccabe.Summary}");
        output.WriteLine($"cloc: {cloc.Summary}");
        Assert.True(files.Count > 500, $"only {files.Count} .py files under {Corpus.StandardLibrary}");
        AssertOnlyKnown(mccabe.Disagreements, None);
        AssertOnlyKnown(cloc.Disagreements, None);
    }

    [Fact]
    public void Cython_and_numpy_sources_are_analyzed_and_agree_with_cloc()
    {
        var files = Corpus.CythonPackages.SelectMany(p => Corpus.Files(p, ".pyx", ".pxd", ".pxi")).ToArray();
        var catalog = Analyzer.Catalog();
        catalog.Load(files);
        var cloc = OracleComparison.Cloc(files);
        output.WriteLine($"analyzed {files.Length - catalog.Problems.Count} of {files.Length} Cython file(s); cloc: {cloc.Summary}");
        Assert.True(files.Length > 100, $"only {files.Length} Cython files under {string.Join(", ", Corpus.CythonPackages)} (apt-get install cython3 python3-numpy)");
        AssertOnlyKnown(catalog.Problems.Select(p => $"/{p}").ToArray(), KnownCythonRejections);
        AssertOnlyKnown(cloc.Disagreements, None);
    }

    private static void AssertOnlyKnown(IReadOnlyList<string> disagreements, IReadOnlyDictionary<string, string> known)
    {
        var unexplained = disagreements.Where(d => !known.ContainsKey(d[..d.IndexOf(':', StringComparison.Ordinal)])).ToArray();
        Assert.True(unexplained.Length == 0, $"{unexplained.Length} unexplained disagreement(s):\n{string.Join("\n", unexplained)}");
    }
}
