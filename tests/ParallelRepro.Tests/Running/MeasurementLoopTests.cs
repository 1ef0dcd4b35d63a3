using System.Globalization;
using ParallelRepro.Configuration;
using ParallelRepro.Data;
using ParallelRepro.Running;
using ParallelRepro.Tests.Fixtures;
using Spectre.Console.Testing;

namespace ParallelRepro.Tests.Running;

/// <summary>
/// The loop that <c>repro run</c> and <c>repro dotnet-bench</c> share, with a small measurer of its own: resume by
/// record key, a failed run recorded without stopping the loop, records kept when a measurer dies mid-way, and the
/// MediaWiki replica on loopback only while a group that needs it is measured.
/// </summary>
public sealed class MeasurementLoopTests : IDisposable
{
    private readonly TempDir dir = new();
    private readonly TestConsole console = new();

    public MeasurementLoopTests() => console.Profile.Width = 1000; // one line per message, as the assertions read them

    private ReproSettings Settings => ReproSettings.Load(new RepoLayout(Repo.Root) { Artifacts = dir.File("artifacts") },
        new SettingsOverrides { [SettingsSchema.Runner] = "loop", [SettingsSchema.Interpreters] = $"py={Repo.Python}", [SettingsSchema.Profile] = "smoke" });

    private RunContext Context => new(Settings, "commit", "sha256:src", new DataManifest("smoke", 1, new Dictionary<string, string>()), dir.Path,
        new Dictionary<string, string>(), null);

    private RecordStore Store => MeasurementLoop.StoreFor(Settings);

    private Task<RunSummary> RunAsync(ParsingMeasurer measurer, IReadOnlyList<string> plan, bool fresh = false)
        => new MeasurementLoop(Settings, console, TimeProvider.System).RunAsync(Context, [], plan, measurer, fresh, CancellationToken.None);

    [Fact]
    public async Task Recorded_runs_are_skipped_and_fresh_measures_them_again()
    {
        await RunAsync(new ParsingMeasurer(), ["1", "2"]);

        var measurer = new ParsingMeasurer();
        var again = await RunAsync(measurer, ["1", "2", "3"]);
        Assert.Equal(["3"], measurer.Measured);
        Assert.Equal((3, 2), (again.Planned, again.Reused));
        Assert.Contains("parse: 3 number(s) on runner 'loop', profile smoke; 2 already recorded, 1 to measure", console.Output, StringComparison.Ordinal);
        Assert.Equal(["1", "2", "3"], Store.ReadAll().Select(r => r.Variant));

        var fresh = new ParsingMeasurer();
        await RunAsync(fresh, ["1", "2", "3"], fresh: true);
        Assert.Equal(["1", "2", "3"], fresh.Measured);
        Assert.Equal(6, Store.ReadAll().Count);
    }

    [Fact]
    public async Task A_failed_run_is_recorded_and_the_runs_after_it_are_measured()
    {
        var summary = await RunAsync(new ParsingMeasurer(), ["7", "seven", "8"]);

        var records = Store.ReadAll();
        Assert.Equal([RunStatus.Ok, RunStatus.Failed, RunStatus.Ok], records.Select(r => r.Status));
        Assert.StartsWith("The input string 'seven' was not in a correct format", records[1].Reason, StringComparison.Ordinal);
        Assert.Equal(1, summary.Problems);
        Assert.Equal(2, summary.Measured[RunStatus.Ok]);
        Assert.Contains("[2/3] seven: failed", console.Output, StringComparison.Ordinal);
        Assert.Contains("[3/3] 8: ok", console.Output, StringComparison.Ordinal);
        Assert.Contains($"wrote 3 record(s) to {Store.Path}", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Records_of_runs_that_ended_before_the_measurer_died_are_kept()
    {
        var dying = new ParsingMeasurer { DiesAt = "3" };
        await Assert.ThrowsAsync<InvalidOperationException>(() => RunAsync(dying, ["1", "2", "3", "4"]));
        Assert.Equal(["1", "2"], Store.ReadAll().Select(r => r.Variant));

        // The next run picks up where the dead one stopped.
        var next = new ParsingMeasurer();
        await RunAsync(next, ["1", "2", "3", "4"]);
        Assert.Equal(["3", "4"], next.Measured);
    }

    [Theory]
    [InlineData("cpu_bound", false)]
    [InlineData("io_bound", true)]
    public async Task The_wiki_replica_starts_only_when_a_group_measured_needs_it(string group, bool starts)
    {
        // The group's reference digest is on disk, so no serial run is made for it.
        Directory.CreateDirectory(Path.Combine(dir.Path, "reference"));
        File.WriteAllText(Path.Combine(dir.Path, "reference", $"{group}.json"), $$"""{"group": "{{group}}", "source_hash": "sha256:src", "digest": "sha256:0"}""");
        var context = Context with { WikiGroups = new HashSet<string> { "io_bound" } };

        await new MeasurementLoop(Settings, console, TimeProvider.System).RunAsync(context, [group], ["1"], new ParsingMeasurer(), fresh: false, CancellationToken.None);

        Assert.Equal(starts, console.Output.Contains("MediaWiki API replica for io_bound: http://127.0.0.1:", StringComparison.Ordinal));
        Assert.DoesNotContain("computing the reference output", console.Output, StringComparison.Ordinal);
    }

    public void Dispose() => dir.Dispose();

    /// <summary>
    /// Measures how long parsing a run's text as a number takes; text that is no number is a failed run, recorded with
    /// the parser's message. <see cref="DiesAt"/> makes the measurer itself throw, as a killed measuring process would.
    /// </summary>
    private sealed class ParsingMeasurer : IMeasurer<string>
    {
        public List<string> Measured { get; } = [];

        public string? DiesAt { get; init; }

        public string Heading => "parse";

        public string Unit => "number";

        public string KeyOf(RunContext context, string run) => $"{context.SourceHash}|{run}";

        public Task MeasureAsync(MeasurementScope scope, IReadOnlyList<string> todo, CancellationToken ct)
        {
            foreach (var run in todo)
            {
                if (run == DiesAt) throw new InvalidOperationException($"measurer died at {run}");
                Measured.Add(run);
                var record = Records.Make(run, 1, 0) with { Key = KeyOf(scope.Context, run), Runner = "loop" };
                var started = TimeProvider.System.GetTimestamp();
                try
                {
                    var value = int.Parse(run, CultureInfo.InvariantCulture);
                    record = record with { Workers = value, ProcTimeS = TimeProvider.System.GetElapsedTime(started).TotalSeconds };
                }
                catch (FormatException e)
                {
                    record = record with { Status = RunStatus.Failed, Reason = e.Message, ProcTimeS = null };
                }
                scope.Ended([record], $"{run}: {record.Status.ToString().ToLowerInvariant()}");
            }
            return Task.CompletedTask;
        }
    }
}
