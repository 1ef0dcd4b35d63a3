using ParallelRepro.Planning;

namespace ParallelRepro.Tests.Planning;

public sealed class MatrixPlannerTests
{
    private static readonly VariantInfo[] Variants =
    [
        new("cpu_bound", "serial", []),
        new("cpu_bound", "mt", []),
        new("cpu_bound", "mp", []),
    ];

    [Fact]
    public void Serial_is_planned_once_per_repetition_and_parallel_variants_at_every_n()
    {
        var plan = MatrixPlanner.Plan(Variants, ["py"], [0], [1, 2, 4], repetitions: 2, seed: 1);
        Assert.Equal((1 + 3 + 3) * 2, plan.Count);
        Assert.All(plan.Where(r => r.Cell.Variant == "serial"), r => Assert.Equal(1, r.Cell.Workers));
    }

    [Fact]
    public void Repetitions_come_in_rounds_so_a_stopped_run_leaves_whole_rounds()
    {
        var plan = MatrixPlanner.Plan(Variants, ["py"], [0], [1, 2], repetitions: 3, seed: 5);
        var cellsPerRound = plan.Count / 3;
        for (var round = 0; round < 3; round++)
        {
            var slice = plan.Skip(round * cellsPerRound).Take(cellsPerRound).ToArray();
            Assert.All(slice, r => Assert.Equal(round, r.Repetition));
            Assert.Equal(cellsPerRound, slice.Select(r => r.Cell).Distinct().Count());
        }
    }

    [Fact]
    public void Serial_baselines_run_factor_times_per_round_numbered_as_further_repetitions()
    {
        var plan = MatrixPlanner.Plan(Variants, ["py"], [0], [1, 2], repetitions: 2, seed: 7, baselineFactor: 3);
        var serial = plan.Where(r => r.Cell.Variant == "serial").ToArray();
        Assert.Equal(6, serial.Length);
        Assert.Equal([0, 1, 2, 3, 4, 5], serial.Select(r => r.Repetition).Order());
        Assert.Equal(2 * 4, plan.Count(r => r.Cell.Variant != "serial")); // others unchanged: 2 variants x 2 n x 2 rounds
        var firstRound = plan.Take(plan.Count / 2).ToArray();
        Assert.Equal(3, firstRound.Count(r => r.Cell.Variant == "serial")); // every round samples the baseline 3 times
        Assert.All(firstRound.Where(r => r.Cell.Variant != "serial"), r => Assert.Equal(0, r.Repetition));
    }

    [Fact]
    public void A_rounds_serial_runs_take_both_cpus_in_turn_and_every_other_run_the_rounds_own()
    {
        var plan = MatrixPlanner.Plan(Variants, ["py"], [0], [1, 2], repetitions: 2, seed: 7, baselineFactor: 3);

        foreach (var round in plan.GroupBy(r => r.Round))
        {
            // Two on the round's CPU (where mt(1) and mp(1) are compared with them), one on the next: a spreading
            // variant's planned rounds are read against serial's mean over both (Statistics.PairedRatio).
            Assert.Equal([0, 0, 1], round.Where(r => r.Cell.IsSerial).Select(r => r.CpuTurn).Order());
            Assert.All(round.Where(r => !r.Cell.IsSerial), r => Assert.Equal(0, r.CpuTurn));
        }
    }

    [Fact]
    public void The_variants_at_one_n_run_one_after_another_and_the_serial_runs_anywhere()
    {
        VariantInfo[] variants = [.. Variants, new("cpu_bound", "omp", [])];
        for (var seed = 0; seed < 20; seed++)
        {
            var plan = MatrixPlanner.Plan(variants, ["py"], [0], [1, 2, 4, 8], repetitions: 1, seed: seed, baselineFactor: 3);

            // Without the serial runs, each n is one stretch of its three variants.
            var ns = plan.Where(r => r.Cell.Variant != "serial").Select(r => r.Cell.Workers).ToArray();
            var stretches = ns.Where((n, i) => i == 0 || ns[i - 1] != n).ToArray();
            Assert.Equal(stretches.Distinct().Count(), stretches.Length);
            Assert.Equal(4 * 3, ns.Length);
            Assert.Equal(3, plan.Count(r => r.Cell.Variant == "serial"));
        }
    }

    [Fact]
    public void Order_is_shuffled_by_the_seed_and_reproducible()
    {
        var a = MatrixPlanner.Plan(Variants, ["py"], [0, 1], [1, 2, 4, 8], 3, seed: 42);
        var b = MatrixPlanner.Plan(Variants, ["py"], [0, 1], [1, 2, 4, 8], 3, seed: 42);
        var c = MatrixPlanner.Plan(Variants, ["py"], [0, 1], [1, 2, 4, 8], 3, seed: 43);
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
        Assert.Equal(a.ToHashSet(), c.ToHashSet());
    }

    [Fact]
    public void Runtimes_and_core_counts_multiply_the_matrix()
    {
        var plan = MatrixPlanner.Plan(Variants, ["gil", "nogil"], [1, 0], [2], 1, seed: 0);
        Assert.Equal(2 * 2 * 3, plan.Count);
        Assert.Contains(plan, r => r.Cell == new Cell("nogil", 1, "cpu_bound", "mp", 2));
    }
}
