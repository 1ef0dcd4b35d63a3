using ParallelRepro.Effort;
using ParallelRepro.Effort.Syntax;
using Xunit.Sdk;

namespace ParallelRepro.Tests.Effort;

/// <summary>The analyzer as the effort stage runs it: a catalog whose Python files CPython (/usr/bin/python3) reads.</summary>
internal static class Analyzer
{
    public static SourceCatalog Catalog(string root = "/") => new(root, new CPythonReader(OracleTools.Python));

    /// <summary>One file's analysis; a file the analyzer rejects fails the test with its problem.</summary>
    public static SourceFile Analyze(string path)
    {
        var catalog = Catalog();
        return catalog.Get(path) ?? throw new XunitException($"not analyzed: {catalog.ProblemOf(path)}");
    }

    /// <summary>The problem the analyzer reports for <paramref name="source"/> saved as <paramref name="fileName"/>, or null.</summary>
    public static SourceProblem? ProblemWith(string fileName, string source)
    {
        var dir = Directory.CreateTempSubdirectory("repro-effort-");
        try
        {
            var path = Path.Combine(dir.FullName, fileName);
            File.WriteAllText(path, source);
            var catalog = Catalog(dir.FullName);
            catalog.Get(path);
            return catalog.ProblemOf(path);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
