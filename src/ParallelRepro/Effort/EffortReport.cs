using ParallelRepro.Effort.Metrics;
using ParallelRepro.Vocabulary;

namespace ParallelRepro.Effort;

/// <summary>effort.json: the reproduced Table 2, the paper's, and the per-file numbers behind them.</summary>
internal sealed record EffortReport
{
    public const int CurrentSchema = 1;

    public int SchemaVersion { get; init; } = CurrentSchema;
    public DateTimeOffset GeneratedUtc { get; init; }
    public required string Workloads { get; init; }
    public required IReadOnlyDictionary<string, string> Definitions { get; init; }
    public required IReadOnlyList<EffortRow> Rows { get; init; }
    public required IReadOnlyList<PaperRow> Paper { get; init; }
    public required IReadOnlyList<FileReport> Files { get; init; }
    public required IReadOnlyList<SourceProblem> Problems { get; init; }

    public static readonly IReadOnlyDictionary<string, string> DefinitionTexts = new Dictionary<string, string>
    {
        ["files"] = "a variant's module ppp/<group>/<variant>.py and/or ppp/<group>/ext/<variant>.pyx, plus the project modules they import, less the modules serial imports (shared infrastructure)",
        ["L"] = "code lines of the variant's files minus those of serial's, as cloc 1.96 counts them (blank, comment and docstring lines excluded)",
        ["M"] = "sum over the variant's functions of (c - 1), minus the same sum for serial; c is PyCQA mccabe's complexity; module-level blocks are not functions",
        ["I"] = "modules from outside the project (import or cimport, anywhere in the variant's files) that no file of the serial program imports",
        ["C"] = "code lines tagged '# effort: convert' in the variant's files",
        ["E"] = "code lines tagged '# effort: build <group>.<variant>' in any workload source (setup.py, the build script, the registry)",
        ["D"] = "L + M + I + 2(C + E)",
        [VariantIds.Serial] = "serial rows give absolute code lines (loc) and the sum of (c - 1) over functions (mccabe)",
    };

    public static FileReport Describe(SourceFile file, string relativePath) => new(
        relativePath, file.Language.ToString().ToLowerInvariant(), file.Lines.Blank, file.Lines.Comment, file.Lines.Code,
        file.Complexities.Select(GraphReport.From).ToArray(),
        file.Imports.Select(i => new string('.', i.Level) + i.Name).Distinct().ToArray());
}

/// <summary>One source file's cloc counts, mccabe graphs and imports.</summary>
internal sealed record FileReport(string Path, string Language, int Blank, int Comment, int Code, IReadOnlyList<GraphReport> Graphs, IReadOnlyList<string> Imports);

/// <summary>One mccabe graph: a function (name as mccabe prints it) or a module-level block.</summary>
internal sealed record GraphReport(string Name, int Line, int Complexity, bool IsFunction)
{
    public static GraphReport From(Complexity c) => new(c.IsFunction ? c.Entity : c.Name, c.Line, c.Value, c.IsFunction);
}
