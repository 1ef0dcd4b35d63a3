using ParallelRepro.Effort.Syntax;
using ParallelRepro.Effort.Workloads;
using ParallelRepro.Vocabulary;

namespace ParallelRepro.Effort;

/// <summary>
/// Table 2 from the workload sources. A variant's files are its entry files plus the project modules
/// they import (transitively), less the modules serial imports: those are shared infrastructure, like
/// the original's ppp.utils, and count for no one. Definitions of L, M, I, C, E, D: docs/effort.md.
/// </summary>
internal sealed class EffortCalculator(string repoRoot, WorkloadTree tree, CPythonReader python)
{
    private static readonly string[] PaperVariants = [VariantIds.Serial, VariantIds.Mt, VariantIds.Mp, VariantIds.Omp];
    private readonly SourceCatalog _catalog = new(repoRoot, python);
    private readonly ModuleResolver _resolver = new(tree.Root);

    public SourceCatalog Catalog => _catalog;

    public IReadOnlyList<EffortRow> Compute()
    {
        _catalog.Load(tree.AllSources());
        var buildTags = tree.AllSources().Select(f => _catalog.Get(f)).OfType<SourceFile>()
            .SelectMany(f => f.Tags.Where(t => t.Kind == EffortTagKind.Build).Select(t => (File: f.Path, Tag: t)))
            .ToArray();
        var rows = new List<EffortRow>();
        foreach (var group in tree.Groups())
        {
            var variants = tree.Variants(group);
            var paperOf = PaperMapping(group, variants);
            var serial = variants.FirstOrDefault(v => VariantIds.IsBaseline(v.Variant));
            foreach (var variant in variants)
            {
                var e = buildTags.Where(b => b.Tag.Names(group, variant.Variant)).Select(b => (b.File, Lines: b.Tag.CodeLines))
                    .SelectMany(b => b.Lines.Select(line => (b.File, line))).Distinct().Count();
                rows.Add(Row(variant, serial, e) with { PaperProgram = paperOf.GetValueOrDefault(variant.Variant) });
            }
            if (GroupIds.Paper.Contains(group))
                rows.AddRange(PaperVariants.Where(p => !paperOf.ContainsValue($"{group}.{p}")).Select(p => MissingRow(group, p)));
        }
        // Within a group, the order of the paper's legends; the stable sort keeps groups in place.
        return rows.OrderBy(r => Array.IndexOf(tree.Groups().ToArray(), r.Group))
            .ThenBy(r => Array.IndexOf(WorkloadConventions.KnownVariants, r.Variant) is var i and >= 0 ? i : int.MaxValue)
            .ToArray();
    }

    private static Dictionary<string, string> PaperMapping(string group, IReadOnlyList<VariantEntry> variants)
    {
        var present = variants.Select(v => v.Variant).ToHashSet();
        var mapping = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!GroupIds.Paper.Contains(group)) return mapping;
        foreach (var paper in PaperVariants)
        {
            if (WorkloadConventions.CandidatesFor(group, paper).FirstOrDefault(present.Contains) is { } ours)
                mapping[ours] = $"{group}.{paper}";
        }
        return mapping;
    }

    private static EffortRow MissingRow(string group, string paperVariant)
    {
        var candidates = WorkloadConventions.CandidatesFor(group, paperVariant);
        return new EffortRow(group, paperVariant, RowStatus.Missing)
        {
            PaperProgram = $"{group}.{paperVariant}",
            Note = $"no source yet: expected {WorkloadConventions.Package}/{group}/{WorkloadConventions.StemOf(candidates[0])}.py or .../{WorkloadConventions.ExtensionFolder}/{WorkloadConventions.StemOf(candidates[0])}.pyx",
        };
    }

    private EffortRow Row(VariantEntry variant, VariantEntry? serial, int buildLines)
    {
        var serialClosure = serial is null ? [] : Closure(serial.Files);
        var infrastructure = serialClosure.Except(serial?.Files ?? []).ToHashSet(StringComparer.Ordinal);
        var closure = Closure(variant.Files);
        var files = closure.Where(f => !infrastructure.Contains(f)).ToArray();
        var row = new EffortRow(variant.Group, variant.Variant, RowStatus.Ok) { Files = files.Select(_catalog.Relative).ToArray() };

        if (closure.Concat(serialClosure).Select(_catalog.ProblemOf).OfType<SourceProblem>().FirstOrDefault() is { } problem)
            return row with { Status = RowStatus.Error, Note = $"not analyzed: {problem}" };
        var measure = Measure(files);
        row = row with { Loc = measure.Loc, McCabe = measure.McCabe };
        if (VariantIds.IsBaseline(variant.Variant)) return row;
        if (serial is null) return row with { Status = RowStatus.Missing, Note = "no serial program to compare with" };

        var baseline = Measure(serial.Files);
        var added = measure.ExternalImports.Except(Measure(serialClosure).ExternalImports).Order(StringComparer.Ordinal).ToArray();
        var (l, m, i, c, e) = (measure.Loc - baseline.Loc, measure.McCabe - baseline.McCabe, added.Length, measure.ConvertLines, buildLines);
        return row with { L = l, M = m, I = i, C = c, E = e, D = l + m + i + 2 * (c + e), ImportsAdded = added };
    }

    /// <summary>Entry files first, then each project module they import, breadth first.</summary>
    private List<string> Closure(IReadOnlyList<string> entries)
    {
        var seen = new List<string>();
        var queue = new Queue<string>(entries.Select(Path.GetFullPath));
        while (queue.TryDequeue(out var path))
        {
            if (seen.Contains(path)) continue;
            seen.Add(path);
            if (_catalog.Get(path) is not { } file) continue;
            foreach (var import in file.Imports)
            foreach (var target in _resolver.Resolve(import, path))
                queue.Enqueue(Path.GetFullPath(target));
        }
        return seen;
    }

    private VariantMeasure Measure(IEnumerable<string> paths)
    {
        var files = paths.Select(_catalog.Get).OfType<SourceFile>().ToArray();
        var external = files.SelectMany(f => f.Imports).Where(i => !_resolver.IsInternal(i)).Select(i => i.Name).ToHashSet(StringComparer.Ordinal);
        return new VariantMeasure(files, external);
    }
}
