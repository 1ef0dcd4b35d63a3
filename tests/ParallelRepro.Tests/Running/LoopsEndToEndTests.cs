using ParallelRepro.Common;
using ParallelRepro.Running;
using ParallelRepro.Tests.Fixtures;

namespace ParallelRepro.Tests.Running;

/// <summary>Real runs: a fast cell is calibrated to k &gt; 1 by its first run, and every later run of it, extended or planned, uses that k.</summary>
[Trait("Category", "EndToEnd")]
public sealed class LoopsEndToEndTests : IDisposable
{
    private readonly TempDir dir = new();

    private string[] Settings(int repetitions) =>
    [
        "--root", Repo.Root, "--artifacts", dir.File("artifacts"), "--profile", "smoke", "--groups", "overhead", "--variants", "serial,mt",
        "--workers", "1,2", "--repetitions", repetitions.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "--runner", "loops", "--interpreters", $"python3={Repo.Python}",
    ];

    [Fact]
    public async Task Every_run_of_a_cell_uses_the_k_its_first_run_chose()
    {
        var first = await ReproCli.RunAsync(["run", .. Settings(2)]);
        Assert.True(first.ExitCode == 0, first.Error);
        var extended = await ReproCli.RunAsync(["run", .. Settings(3)]); // a later run adds a repetition: same k
        Assert.True(extended.ExitCode == 0, extended.Error);

        var records = new RecordStore(dir.File("artifacts/runs/loops/records.jsonl")).ReadAll();
        Assert.Equal(3 * 3, records.Count);
        Assert.All(records, r => Assert.Equal(RunStatus.Ok, r.Status));
        Assert.All(records.GroupBy(r => r.Cell), cell => Assert.Single(cell.Select(r => r.Loops).Distinct()));
        // smoke's overhead.serial is well under a millisecond: it must repeat to fill the 0.1 s span.
        Assert.All(records.Where(r => r.Variant == "serial"), r => Assert.True(r.Loops > 1, $"k = {r.Loops}"));
        Assert.All(records, r => Assert.True(r.StartupS > 0, "start-up is measured on its own"));

        var planFile = dir.File("plan.json");
        var plan = await ReproCli.RunAsync(["plan", "--json", planFile, .. Settings(3)]);
        Assert.True(plan.ExitCode == 0, plan.Error);
        var kept = records.ToDictionary(r => r.Key, r => r.Loops);
        Assert.All(Json.ReadFile<MatrixPreviewDocument>(planFile, "plan").Runs, run =>
        {
            var at = run.Command.Arguments.ToList().IndexOf("--loops");
            Assert.Equal(kept[run.Key]?.ToString(System.Globalization.CultureInfo.InvariantCulture), run.Command.Arguments[at + 1]);
        });
    }

    public void Dispose() => dir.Dispose();
}
