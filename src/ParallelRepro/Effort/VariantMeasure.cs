namespace ParallelRepro.Effort;

/// <summary>What one variant's own files add up to: code lines, decision points, outside modules, convert-tagged lines.</summary>
internal sealed record VariantMeasure(IReadOnlyList<SourceFile> Files, IReadOnlySet<string> ExternalImports)
{
    public int Loc => Files.Sum(f => f.Lines.Code);

    public int McCabe => Files.Sum(f => f.FunctionDecisions);

    public int ConvertLines => Files.Sum(f => f.Tags.Where(t => t.Kind == EffortTagKind.Convert).SelectMany(t => t.CodeLines).Distinct().Count());
}
