using ParallelRepro.Vocabulary;

namespace ParallelRepro.Planning;

/// <summary>A workload variant as the package lists it (<c>python -m ppp list</c>).</summary>
public sealed record VariantInfo(string Group, string Variant, IReadOnlyList<string> Needs);

/// <summary>
/// Expands settings into the ordered list of runs. Repetitions are played in rounds (every cell once, then again), each
/// shuffled with a seeded generator: drift on a shared machine spreads over all cells instead of biasing whichever ran
/// last, and a stopped run leaves whole rounds behind. Within a round the cells of one program (runtime × cores ×
/// group) run as one block, blocks in shuffled order: the claims compare cells of one program by paired per-round
/// ratios, and a block keeps each pair close in time, so the machine's drift cancels. Inside a block the variants at
/// one n run one after another (<see cref="Block"/>). Serial programs, the baselines of every speedup, appear
/// <c>baselineFactor</c> times in each block (numbered as further repetitions) at random places, sampling the block's
/// drift, and on the CPUs in turn (<see cref="PlannedRun.CpuTurn"/>): a parallel variant at n ≥ 2 spreads over the CPUs
/// wherever it starts (Vocabulary.VariantIds.SpreadsOverCpus), so against the serial program's mean over both CPUs each
/// planned round is free of the CPUs' speeds (balanced, Statistics.PairedRatio), where against the serial runs on the
/// round's CPU alone it read that CPU's speed: on this VM, one vCPU at a time runs 1.5-1.8× slower.
/// </summary>
public static class MatrixPlanner
{
    public static IReadOnlyList<PlannedRun> Plan(
        IEnumerable<VariantInfo> variants,
        IReadOnlyList<string> runtimes,
        IReadOnlyList<int> cores,
        IReadOnlyList<int> workers,
        int repetitions,
        int seed,
        int baselineFactor = 1)
        => Plan(runtimes.Select(r => (r, (IReadOnlyList<VariantInfo>)variants.ToArray())).ToArray(), cores, workers, repetitions, seed, baselineFactor);

    /// <summary>The same, when runtimes have different variants (the C# programs have their own).</summary>
    public static IReadOnlyList<PlannedRun> Plan(
        IReadOnlyList<(string Runtime, IReadOnlyList<VariantInfo> Variants)> runtimes,
        IReadOnlyList<int> cores,
        IReadOnlyList<int> workers,
        int repetitions,
        int seed,
        int baselineFactor = 1)
    {
        if (baselineFactor < 1) throw new ArgumentOutOfRangeException(nameof(baselineFactor), baselineFactor, "at least 1");
        var cells = (
            from runtime in runtimes
            from core in cores
            from v in runtime.Variants
            from n in VariantIds.IsSerial(v.Variant) ? [1] : workers
            select new Cell(runtime.Runtime, core, v.Group, v.Variant, n)).Distinct().ToArray();

        var random = new Random(seed);
        var runs = new List<PlannedRun>(cells.Length * repetitions);
        for (var repetition = 0; repetition < repetitions; repetition++)
        {
            var round = repetition;
            var blocks = cells.GroupBy(cell => (cell.Runtime, cell.Cores, cell.Group))
                .Select(program => Block(program.ToArray(), repetition, baselineFactor, random))
                .ToArray();
            random.Shuffle(blocks);
            runs.AddRange(blocks.SelectMany(b => b));
        }
        return runs;
    }

    /// <summary>
    /// One program's runs in one round: its parallel variants by n, each n's variants shuffled among themselves and
    /// the n in shuffled order, so that the variants compared at one n (mp with a manager against mp with shared
    /// memory, omp against mt) run one after another; then each serial run at a random place of the block, the k-th on
    /// the round's CPU when k is even and on the next one when odd (so with three, two on the round's CPU: the one a
    /// single-threaded variant of the round is compared on).
    /// </summary>
    private static List<PlannedRun> Block(Cell[] program, int repetition, int baselineFactor, Random random)
    {
        var byN = program.Where(c => !VariantIds.IsSerial(c.Variant)).GroupBy(c => c.Workers)
            .Select(n => n.Select(cell => new PlannedRun(cell, repetition) { Round = repetition }).ToArray())
            .ToArray();
        foreach (var n in byN) random.Shuffle(n);
        random.Shuffle(byN);
        var block = byN.SelectMany(n => n).ToList();
        foreach (var cell in program.Where(c => VariantIds.IsSerial(c.Variant)))
            for (var k = 0; k < baselineFactor; k++)
                block.Insert(random.Next(block.Count + 1), new PlannedRun(cell, repetition * baselineFactor + k) { Round = repetition, CpuTurn = k % 2 });
        return block;
    }
}
