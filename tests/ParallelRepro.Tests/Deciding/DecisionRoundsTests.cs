using ParallelRepro.Aggregation;
using ParallelRepro.Claims;
using ParallelRepro.Configuration;
using ParallelRepro.Deciding;
using ParallelRepro.Running;
using ParallelRepro.Statistics;
using ParallelRepro.Tests.Fixtures;
using Spectre.Console.Testing;

namespace ParallelRepro.Tests.Deciding;

/// <summary>Extra rounds go to the cells of inconclusive claims only, as many as fit, and stop at the budget (where in a claim they go: <see cref="RoundAimTests"/>).</summary>
public sealed class DecisionRoundsTests : IDisposable
{
    private readonly TempDir dir = new();

    // mt(8)/mt(1) straddles its bound of 1.1 (see IntervalVerdictTests): cpu-mt-worse-with-n is inconclusive.
    private static IEnumerable<RunRecord> Straddling()
        => new[] { 1.02, 0.95, 1.08, 0.97 }.SelectMany((wobble, round) => new[]
        {
            Records.Make("mt", 1, 1.0, repetition: round) with { Round = round },
            Records.Make("mt", 8, 1.1 * wobble, repetition: round) with { Round = round },
            Records.Make("mt", 4, 1.2, repetition: round) with { Round = round },
        });

    private ReproSettings Settings(int budgetSeconds)
    {
        var layout = new RepoLayout(Repo.Root) { Artifacts = dir.File("artifacts") };
        return ReproSettings.Load(layout, new SettingsOverrides
        {
            [SettingsSchema.Runner] = "r1", [SettingsSchema.Interpreters] = $"py={Repo.Python}", [SettingsSchema.DecideBudget] = budgetSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
    }

    private (Results Results, ClaimsReport Claims) Evaluate(IEnumerable<RunRecord> records) => Decided.From(dir.File("artifacts/runs"), records);

    [Fact]
    public void The_extra_round_runs_a_cell_that_keeps_its_cpu_on_both_and_a_spreading_one_once_between_them()
    {
        var (results, claims) = Evaluate(Straddling());

        var extra = ExtraRound.Plan(claims, results, "r1", new HashSet<string> { "py" }, seed: 1, cpus: 2);

        // mt(8)/mt(1): mt(1) on CPU 0, mt(8) once (its threads spread), mt(1) on CPU 1.
        Assert.Equal(["cpu_bound.mt n=1 cores=all [py]", "cpu_bound.mt n=8 cores=all [py]", "cpu_bound.mt n=1 cores=all [py]"], extra.Select(r => r.Cell.ToString()));
        Assert.All(extra.Take(2), r => Assert.Equal((0, ExtraRound.FirstRepetition + 8), (r.CpuTurn, r.Repetition)));
        Assert.Equal((1, ExtraRound.FirstRepetition + 9), (extra[2].CpuTurn, extra[2].Repetition));
        Assert.All(extra, r =>
        {
            Assert.Equal(4, r.Round);
            Assert.Equal("extra: cpu-mt-worse-with-n", r.Purpose);
        });
        Assert.Empty(ExtraRound.Plan(claims, results, "another-runner", new HashSet<string> { "py" }, seed: 1, cpus: 2));
    }

    [Fact]
    public void Cells_that_keep_their_cpu_run_in_mirrored_order_about_the_spreading_ones()
    {
        // mt(1)/serial straddles 0.95 (cpu-mt-no-speedup) and mt(8)/mt(1) straddles 1.1 (cpu-mt-worse-with-n): the
        // round holds serial and mt(1), which keep their CPU, and mt(8), whose threads spread.
        double[] wobbles = [1.03, 0.95, 1.05, 0.96];
        var runs = wobbles.SelectMany((wobble, round) => ClaimScope.PaperNs.Select(n =>
                Records.Make("mt", n, n switch { 1 => 0.97 * wobble, 8 => 1.1 * 0.97 / wobble, _ => 1.3 }, repetition: round) with { Round = round })
            .Append(Records.Make("serial", 1, 1.0, repetition: round) with { Round = round }));
        var (results, claims) = Evaluate(runs);

        var extra = ExtraRound.Plan(claims, results, "r1", new HashSet<string> { "py" }, seed: 3, cpus: 2);

        var there = extra.Where(r => r.CpuTurn == 0).Select(r => r.Cell.ToString()).ToArray();
        var back = extra.Where(r => r.CpuTurn == 1).Select(r => r.Cell.ToString()).ToArray();
        Assert.Equal(["cpu_bound.mt n=1 cores=all [py]", "cpu_bound.serial n=1 cores=all [py]"], back.Order(StringComparer.Ordinal));
        Assert.Equal([.. back.Reverse(), "cpu_bound.mt n=8 cores=all [py]"], there); // A B S on one CPU, B A on the next
        Assert.Equal(there.Length + back.Length, extra.Count);
    }

    [Theory]
    [InlineData("serial", 1, 0, 2, 2)]
    [InlineData("mt", 1, 0, 2, 2)] // one worker thread: the harness keeps it on its start CPU
    [InlineData("mt", 8, 0, 2, 1)] // threads spread over the CPUs wherever the process starts
    [InlineData("omp-gil-dynamic", 2, 0, 2, 1)]
    [InlineData("mp", 1, 0, 2, 2)] // one worker process: it can stay on one CPU, as serial does
    [InlineData("mp", 2, 0, 2, 1)] // worker processes spread over the CPUs wherever the parent starts
    [InlineData("mp-manager", 128, 0, 2, 1)]
    [InlineData("mt", 4, 1, 2, 1)] // limited to one core
    [InlineData("mt", 4, 0, 1, 1)] // a one-CPU machine
    public void An_extra_round_runs_a_cell_on_two_cpus_when_where_it_starts_can_matter(string variant, int n, int cores, int cpus, int turns)
        => Assert.Equal(turns, ExtraRound.Turns(new ParallelRepro.Planning.Cell("py", cores, "cpu_bound", variant, n), cpus));

    [Fact]
    public void On_one_cpu_an_extra_round_runs_each_cell_once()
    {
        var (results, claims) = Evaluate(Straddling());

        var extra = ExtraRound.Plan(claims, results, "r1", new HashSet<string> { "py" }, seed: 1, cpus: 1);

        Assert.Equal(2, extra.Count);
        Assert.All(extra, r => Assert.Equal(0, r.CpuTurn));
    }

    [Fact]
    public async Task The_extra_rounds_stop_at_the_budget()
    {
        var records = Straddling().ToList();
        var store = Records.WriteRunner(dir.File("artifacts/runs"), "r1", records);
        var console = new TestConsole();
        console.Profile.Width = 1000; // one line per message, as the assertions read them

        var claims = await new DecisionRounds(Settings(budgetSeconds: 1), console, TimeProvider.System, cpus: 1).RunAsync(TimeSpan.FromSeconds(1), CancellationToken.None);

        Assert.Equal(Verdict.Inconclusive, claims.Outcomes.Single(o => o.Id == "cpu-mt-worse-with-n" && o.Runner == "r1").Verdict);
        Assert.Contains("cpu-mt-worse-with-n (py) would need about 3 more round(s), ~7 s of runs, more than the 1 s left allow", console.Output, StringComparison.Ordinal);
        Assert.Equal(records.Count, new RecordStore(store).ReadAll().Count); // nothing was run
        Assert.True(File.Exists(dir.File("artifacts/claims.json")));
    }

    [Fact]
    public async Task The_extra_rounds_stop_at_the_reproductions_wall_clock_target_whatever_is_left_of_the_budget()
    {
        var store = Records.WriteRunner(dir.File("artifacts/runs"), "r1", Straddling());
        var before = new RecordStore(store).ReadAll().Count;
        var console = new TestConsole();
        console.Profile.Width = 1000;

        var claims = await new DecisionRounds(Settings(budgetSeconds: 600), console, TimeProvider.System, cpus: 1)
            .RunAsync(TimeSpan.FromMinutes(10), CancellationToken.None, deadline: DateTimeOffset.UtcNow.AddSeconds(-1));

        Assert.Equal(Verdict.Inconclusive, claims.Outcomes.Single(o => o.Id == "cpu-mt-worse-with-n" && o.Runner == "r1").Verdict);
        Assert.Contains("the reproduction's wall-clock target is reached (0 of 600 s of the budget spent)", console.Output, StringComparison.Ordinal);
        Assert.Equal(before, new RecordStore(store).ReadAll().Count);
    }

    [Fact]
    public async Task Extra_runs_already_recorded_count_against_the_budget()
    {
        // One extra round (2.3 s of real time) already spent on this claim by an earlier `dotnet cake`: with a 3 s
        // budget the next round (~2.5 s on one CPU) no longer fits, though it would fit a fresh budget.
        RunRecord[] spent =
        [
            Records.Make("mt", 1, 1.0, repetition: ExtraRound.FirstRepetition + 4) with { Round = 4, Purpose = "extra: cpu-mt-worse-with-n" },
            Records.Make("mt", 8, 1.12, repetition: ExtraRound.FirstRepetition + 4) with { Round = 4, Purpose = "extra: cpu-mt-worse-with-n" },
        ];
        var store = Records.WriteRunner(dir.File("artifacts/runs"), "r1", Straddling().Concat(spent));
        var before = new RecordStore(store).ReadAll().Count;
        var console = new TestConsole();
        console.Profile.Width = 1000; // one line per message, as the assertions read them

        await new DecisionRounds(Settings(budgetSeconds: 3), console, TimeProvider.System, cpus: 1).RunAsync(TimeSpan.FromSeconds(3), CancellationToken.None);

        Assert.Contains("(2 of 3 s spent", console.Output, StringComparison.Ordinal);
        Assert.Equal(before, new RecordStore(store).ReadAll().Count);
    }

    // Three extra rounds, each on both CPUs, put mt(8)/mt(1) within ±1 % of the bound 1.1: the interval straddles it,
    // and hundreds more rounds would be needed to decide.
    private static IEnumerable<RunRecord> NearTheBoundAfterThreeBalancedRounds()
    {
        double[] wobbles = [0.99, 1.012, 1.002];
        return Straddling().Concat(wobbles.SelectMany((wobble, i) => new[] { 0, 1 }.SelectMany(cpu => new[]
        {
            Records.Make("mt", 1, 1.0, repetition: ExtraRound.FirstRepetition + 2 * (4 + i) + cpu) with { Round = 4 + i, StartCpu = cpu, Purpose = "extra: cpu-mt-worse-with-n" },
            Records.Make("mt", 8, 1.1 * wobble, repetition: ExtraRound.FirstRepetition + 2 * (4 + i) + cpu) with { Round = 4 + i, StartCpu = cpu, Purpose = "extra: cpu-mt-worse-with-n" },
        })));
    }

    [Fact]
    public void After_three_balanced_rounds_a_claim_whose_needed_rounds_exceed_the_budget_left_waits()
    {
        var (results, claims) = Evaluate(NearTheBoundAfterThreeBalancedRounds());
        var outcome = claims.Outcomes.Single(o => o.Id == "cpu-mt-worse-with-n" && o.Runner == "r1");

        Assert.Equal(Verdict.Inconclusive, outcome.Verdict);
        var needed = outcome.Conditions.Single(c => c.State == ConditionState.Undecided).MoreRounds;
        Assert.True(needed > 30, $"{needed} more rounds"); // three rounds a hair from the bound: about 16 times as many in all
        Assert.Equal(needed, DecisionRounds.Horizon(outcome));
        // A round is mt(1) on both CPUs and mt(8), whose threads spread, once: about 3.6 s, so over 30 rounds take 108 s or more.
        Assert.False(DecisionRounds.Affordable(outcome, results, TimeSpan.FromSeconds(100), cpus: 2));
        Assert.True(DecisionRounds.Affordable(outcome, results, TimeSpan.FromDays(1), cpus: 2));
        Assert.Empty(ExtraRound.Plan(claims, results, "r1", new HashSet<string> { "py" }, seed: 1, cpus: 2, o => DecisionRounds.Affordable(o, results, TimeSpan.FromSeconds(100), cpus: 2)));
    }

    [Fact]
    public void A_balanced_round_on_the_slow_vcpu_does_not_send_a_claim_to_wait()
    {
        // Three balanced rounds of mt(8)/mt(1): 1.00 and 1.02 on both CPUs, and one where mt(8) ran 1.35x slower on
        // both. The geometric mean (1.12) sits near 1.1 with a wide spread; the median (1.02) does not.
        double[] perRound = [1.0, 1.35, 1.02];
        var runs = Straddling().Concat(perRound.SelectMany((ratio, i) => new[] { 0, 1 }.SelectMany(cpu => new[]
        {
            Records.Make("mt", 1, 1.0, repetition: ExtraRound.FirstRepetition + 2 * (4 + i) + cpu) with { Round = 4 + i, StartCpu = cpu, Purpose = "extra: cpu-mt-worse-with-n" },
            Records.Make("mt", 8, ratio, repetition: ExtraRound.FirstRepetition + 2 * (4 + i) + cpu) with { Round = 4 + i, StartCpu = cpu, Purpose = "extra: cpu-mt-worse-with-n" },
        })));
        var (results, claims) = Evaluate(runs);
        var outcome = claims.Outcomes.Single(o => o.Id == "cpu-mt-worse-with-n" && o.Runner == "r1");

        Assert.Equal(Verdict.Inconclusive, outcome.Verdict);
        Assert.InRange(DecisionRounds.Horizon(outcome) ?? int.MaxValue, 1, 6);
        Assert.True(DecisionRounds.Affordable(outcome, results, TimeSpan.FromMinutes(1), cpus: 2));
    }

    [Fact]
    public void Until_three_extra_rounds_a_claim_is_reckoned_to_need_the_rest_of_them_whatever_its_estimate_says()
    {
        var (results, claims) = Evaluate(Straddling());
        var outcome = claims.Outcomes.Single(o => o.Id == "cpu-mt-worse-with-n" && o.Runner == "r1");

        Assert.NotEqual(3, outcome.Conditions.Single(c => c.State == ConditionState.Undecided).MoreRounds);
        Assert.Equal(3, DecisionRounds.Horizon(outcome));
        // Three rounds of mt(1) on both CPUs and of mt(8), whose threads spread, once: 3 runs of 1.1-1.2 s of real time
        // each, and the overheads, so about 10.7 s.
        Assert.True(DecisionRounds.Affordable(outcome, results, TimeSpan.FromSeconds(11.5), cpus: 2));
        Assert.False(DecisionRounds.Affordable(outcome, results, TimeSpan.FromSeconds(10), cpus: 2));
    }

    [Fact]
    public void Two_programs_whose_worker_processes_spread_are_reckoned_from_their_planned_rounds()
    {
        // overhead-manager-slower: mp-manager(n)/mp(n) clears 1.3 at every n but 2, where three planned rounds on
        // alternating CPUs read 1.40-1.62. Both programs' worker processes spread, so those rounds are balanced: the
        // claim needs what their own estimate says (one round), not three extra rounds for want of balanced ones.
        double[] atTwo = [1.40, 1.62, 1.50];
        var runs = atTwo.SelectMany((ratio, round) => ClaimScope.PaperNs.SelectMany(n => new[]
        {
            Records.Make("mp", n, 2.0, repetition: round, group: "overhead") with { Round = round, StartCpu = round % 2 },
            Records.Make("mp-manager", n, 2.0 * (n == 2 ? ratio : 2.0), repetition: round, group: "overhead") with { Round = round, StartCpu = round % 2 },
        }));
        var (_, claims) = Evaluate(runs);
        var outcome = claims.Outcomes.Single(o => o.Id == "overhead-manager-slower" && o.Runner == "r1");
        var condition = ExtraRound.Aimed(outcome).Single();

        Assert.Equal(Verdict.Inconclusive, outcome.Verdict);
        Assert.Equal(["overhead.mp-manager@2", "overhead.mp@2"], condition.Cells.Order(StringComparer.Ordinal));
        Assert.Equal(new Footing(1, BalancedSpread: true), condition.Footing);
        Assert.Equal(1, condition.MoreRounds);
        Assert.Equal(1, DecisionRounds.Horizon(outcome));
    }

    [Fact]
    public void A_newly_aimed_cell_gets_its_three_balanced_rounds_whatever_the_claim_had_before()
    {
        // cpu-mt-no-speedup: three extra rounds on both CPUs have settled mt(1)/serial (1.1); mt(4)/serial, at 0.92,
        // now straddles 0.95 from the failing side, and its estimate rests on the planned rounds alone.
        var planned = new[] { 1.04, 0.96, 1.05, 0.95 }.SelectMany((wobble, round) => ClaimScope.PaperNs
            .Select(n => Records.Make("mt", n, n switch { 1 => 1.1, 4 => 0.92 * wobble, _ => 1.2 }, repetition: round) with { Round = round })
            .Append(Records.Make("serial", 1, 1.0, repetition: round) with { Round = round }));
        var extra = Enumerable.Range(4, 3).SelectMany(round => new[] { 0, 1 }.SelectMany(cpu => new[]
        {
            Records.Make("serial", 1, 1.0, repetition: ExtraRound.FirstRepetition + 2 * round + cpu) with { Round = round, StartCpu = cpu, Purpose = "extra: cpu-mt-no-speedup" },
            Records.Make("mt", 1, 1.1, repetition: ExtraRound.FirstRepetition + 2 * round + cpu) with { Round = round, StartCpu = cpu, Purpose = "extra: cpu-mt-no-speedup" },
        }));
        var (results, claims) = Evaluate(planned.Concat(extra));
        var outcome = claims.Outcomes.Single(o => o.Id == "cpu-mt-no-speedup" && o.Runner == "r1");
        var everyN = outcome.Conditions[0];

        Assert.Equal(ConditionState.Undecided, everyN.State);
        Assert.Contains("cpu_bound.mt@4", everyN.Cells);
        Assert.DoesNotContain("cpu_bound.mt@1", everyN.Cells);
        Assert.NotEqual(3, everyN.MoreRounds);
        Assert.Equal(3, DecisionRounds.Horizon(outcome));
    }

    [Fact]
    public void A_round_that_would_not_fit_takes_the_claims_cheapest_to_decide_and_the_rest_wait()
    {
        // Two inconclusive claims: cpu-mt-worse-with-n reads mt(1) and mt(8), about 1 s a run; cpu-mt-no-speedup
        // straddles on mt(1)/serial, and a serial run takes 10 s of real time. Each cell runs on both CPUs, and each
        // claim is reckoned to need three rounds: 14 s for the first claim, 67 s for the second.
        // mt runs at every n the first claim reads; only n = 1 straddles there.
        var others = new[] { 2, 16, 32, 64, 128 }.SelectMany(n => Enumerable.Range(0, 4).Select(round =>
            Records.Make("mt", n, 1.2, repetition: round) with { Round = round }));
        var serial = new[] { 1.02, 0.95, 1.08, 0.97 }.Select((wobble, round) =>
            Records.Make("serial", 1, wobble / 0.95, repetition: round) with { Round = round, RealTimeS = 10 });
        var (results, claims) = Evaluate(Straddling().Concat(others).Concat(serial));
        var worth = ExtraRound.Inconclusive(claims, "r1", new HashSet<string> { "py" }).ToArray();
        Assert.Equal(["cpu-mt-no-speedup", "cpu-mt-worse-with-n"], worth.Select(o => o.Id).Order(StringComparer.Ordinal));
        var decide = new DecisionRounds(Settings(budgetSeconds: 60), new TestConsole(), TimeProvider.System, cpus: 2);

        var (runs, cost, waiting) = decide.RoundWithinBudget(worth, claims, results, new HashSet<string> { "py" }, TimeSpan.FromSeconds(20));

        Assert.Equal(["cpu_bound.mt n=1 cores=all [py]", "cpu_bound.mt n=8 cores=all [py]"], runs.Select(r => r.Cell.ToString()).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(1, waiting);
        Assert.True(cost <= TimeSpan.FromSeconds(20));

        var all = decide.RoundWithinBudget(worth, claims, results, new HashSet<string> { "py" }, TimeSpan.FromSeconds(90));
        Assert.Contains(all.Runs, r => r.Cell.Variant == "serial");
        Assert.Equal(0, all.Waiting);
    }

    [Fact]
    public void A_quantity_reckoned_to_need_fewer_rounds_than_its_claim_is_priced_for_its_own_rounds_only()
    {
        // cpu-mt-no-speedup after three balanced extra rounds of serial, mt(1) and mt(2): mt(n)/serial clears 0.95 at
        // every n from 4 on; at n = 2 it straddles about one round from deciding, at n = 1 about five. mt(2)'s threads
        // spread, so it runs once a round; serial and mt(1) on both CPUs.
        var planned = new[] { 1.03, 0.96, 1.04, 0.97 }.SelectMany((wobble, round) => ClaimScope.PaperNs
            .Select(n => Records.Make("mt", n, n switch { 1 => 0.99 * wobble, 2 => 1.04 / wobble, _ => 1.3 }, repetition: round) with { Round = round })
            .Append(Records.Make("serial", 1, 1.0, repetition: round) with { Round = round }));
        double[] atOne = [0.98, 0.94, 1.00], atTwo = [1.06, 0.99, 1.10];
        var extra = Enumerable.Range(0, 3).SelectMany(i => new[] { 0, 1 }.SelectMany(cpu => new[]
            {
                Records.Make("serial", 1, 1.0, repetition: ExtraRound.FirstRepetition + 2 * (4 + i) + cpu) with { Round = 4 + i, StartCpu = cpu },
                Records.Make("mt", 1, atOne[i], repetition: ExtraRound.FirstRepetition + 2 * (4 + i) + cpu) with { Round = 4 + i, StartCpu = cpu },
            })
            .Append(Records.Make("mt", 2, atTwo[i], repetition: ExtraRound.FirstRepetition + 2 * (4 + i)) with { Round = 4 + i, StartCpu = 0 }))
            .Select(r => r with { Purpose = "extra: cpu-mt-no-speedup" });
        var (results, claims) = Evaluate(planned.Concat(extra));
        var outcome = claims.Outcomes.Single(o => o.Id == "cpu-mt-no-speedup" && o.Runner == "r1");
        var everyN = ExtraRound.Aimed(outcome).Single();

        Assert.Equal(Verdict.Inconclusive, outcome.Verdict);
        var (two, one) = (everyN.Needs.Single(n => n.Cells.Contains("cpu_bound.mt@2")), everyN.Needs.Single(n => n.Cells.Contains("cpu_bound.mt@1")));
        Assert.True(two.Rounds < one.Rounds, $"mt(2) needs {two.Rounds}, mt(1) {one.Rounds}");
        var rounds = DecisionRounds.Horizon(outcome)!.Value;
        Assert.Equal(one.Rounds, rounds);

        // A round of serial and mt(1) on both CPUs, with mt(2) once while mt(2)/serial needs one (each run its cell's
        // median real time and the stage's overhead a run, and the round's own).
        double Round(params (string Variant, int N, int Turns)[] cells)
            => cells.Sum(c => c.Turns * (Real(results, c.Variant, c.N) + DecisionRounds.RunOverheadSeconds)) + DecisionRounds.RoundOverheadSeconds;
        var withTwo = Round(("serial", 1, 2), ("mt", 1, 2), ("mt", 2, 1));
        var withoutTwo = Round(("serial", 1, 2), ("mt", 1, 2));
        var need = DecisionRounds.NeedSeconds(outcome, results, cpus: 2)!.Value;
        Assert.Equal(two.Rounds!.Value * withTwo + (rounds - two.Rounds.Value) * withoutTwo, need, precision: 6);
        Assert.True(need + 0.5 < rounds * withTwo); // priced as five rounds of all three cells, it would wait with need + 0.5 s left
        Assert.True(DecisionRounds.Affordable(outcome, results, TimeSpan.FromSeconds(need + 0.5), cpus: 2));
        Assert.False(DecisionRounds.Affordable(outcome, results, TimeSpan.FromSeconds(need - 0.5), cpus: 2));
    }

    private static double Real(Results results, string variant, int n)
        => results.Cells.Single(c => c.Cell.Variant == variant && c.Cell.Workers == n && c.Cell.Group == "cpu_bound").RealTime!.Median;

    public void Dispose() => dir.Dispose();
}
