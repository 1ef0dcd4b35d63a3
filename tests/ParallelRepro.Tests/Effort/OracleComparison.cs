using ParallelRepro.Effort.Metrics;
using ParallelRepro.Effort.Syntax;

namespace ParallelRepro.Tests.Effort;

/// <summary>How many files and graphs were compared with a tool, and each disagreement as "path: what differs".</summary>
internal sealed record Agreement(int Files, int Graphs, int Functions, IReadOnlyList<string> Disagreements)
{
    public string Summary => $"{Files} file(s), {Graphs} graph(s) of which {Functions} function(s), {Disagreements.Count} disagreement(s)";
}

/// <summary>The analyzer against mccabe and cloc over a list of files, each tool run once for the whole list.</summary>
internal static class OracleComparison
{
    /// <summary>Per file: the same acceptance as py_compile and, when accepted, mccabe's graphs in mccabe's order.</summary>
    public static async Task<Agreement> McCabeAsync(IReadOnlyList<string> files)
    {
        // The oracle and the analyzer are separate processes: run them side by side.
        var oracleRun = Task.Run(() => OracleTools.McCabe(files));
        var catalog = Analyzer.Catalog();
        catalog.Load(files);
        var oracle = await oracleRun;
        var disagreements = new List<string>();
        int graphs = 0, functions = 0;
        foreach (var file in files)
        {
            var verdict = oracle[Path.GetFullPath(file)];
            var ours = catalog.Get(file);
            if (verdict.Accepted != ours is not null)
            {
                disagreements.Add($"{file}: py_compile {(verdict.Accepted ? "accepts" : "rejects")}, ours {(ours is null ? $"rejects ({catalog.ProblemOf(file)})" : "accepts")}");
                continue;
            }
            if (ours is null) continue;
            var actual = ours.Complexities.Select(c => c.ToMcCabeLine()).ToArray();
            graphs += verdict.Graphs.Count;
            functions += ours.Complexities.Count(c => c.IsFunction);
            if (!verdict.Graphs.SequenceEqual(actual))
                disagreements.Add($"{file}: mccabe [{string.Join(" | ", verdict.Graphs.Except(actual))}], ours [{string.Join(" | ", actual.Except(verdict.Graphs))}]");
        }
        return new Agreement(files.Count, graphs, functions, disagreements);
    }

    /// <summary>Per file: cloc's (blank, comment, code) against ours.</summary>
    public static Agreement Cloc(IReadOnlyList<string> files)
    {
        var cloc = OracleTools.Cloc(files);
        var disagreements = new List<string>();
        foreach (var file in files)
        {
            var ours = ClocCounter.Count(File.ReadAllText(file), SourceLanguages.FromPath(file)!.Value);
            var actual = (ours.Blank, ours.Comment, ours.Code);
            var expected = cloc.TryGetValue(Path.GetFullPath(file), out var c) ? (c.Blank, c.Comment, c.Code) : (0, 0, 0);
            if (expected != actual) disagreements.Add($"{file}: cloc {expected}, ours {actual}");
        }
        return new Agreement(files.Count, 0, 0, disagreements);
    }
}
