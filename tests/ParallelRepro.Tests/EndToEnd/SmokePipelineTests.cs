using System.Text.Json;
using ParallelRepro.Common;
using ParallelRepro.Running;
using ParallelRepro.Tests.Fixtures;

namespace ParallelRepro.Tests.EndToEnd;

/// <summary>The real path, end to end, on the smoke profile of all four programs.</summary>
[Trait("Category", "EndToEnd")]
public sealed class SmokePipelineTests(SmokePipelineFixture pipeline) : IClassFixture<SmokePipelineFixture>
{
    private static readonly string[] AllPrograms =
    [
        "cpu_bound.serial", "cpu_bound.mt", "cpu_bound.mp", "cpu_bound.omp-nogil-static", "cpu_bound.omp-gil-static",
        "io_bound.serial", "io_bound.mt", "io_bound.mp", "io_bound.omp-gil-dynamic",
        "memory_bound.serial", "memory_bound.serial-static", "memory_bound.mt", "memory_bound.mp",
        "memory_bound.omp-nogil-static", "memory_bound.omp-gil-static", "memory_bound.omp-gil-dynamic",
        "overhead.serial", "overhead.mt", "overhead.mp", "overhead.mp-manager", "overhead.omp",
    ];

    [Fact]
    public void Doctor_writes_the_toolchain_with_cython_and_openmp()
    {
        pipeline.Step("doctor");
        using var toolchain = JsonDocument.Parse(File.ReadAllText(Path.Combine(pipeline.Artifacts, "toolchain.json")));
        Assert.True(toolchain.RootElement.GetProperty("compiler").GetProperty("open_mp").GetBoolean());
        var python = toolchain.RootElement.GetProperty("interpreters")[0].GetProperty("facts");
        Assert.False(string.IsNullOrEmpty(python.GetProperty("libraries").GetProperty("cython").GetString()));
    }

    [Fact]
    public void Build_compiles_the_openmp_extensions()
    {
        pipeline.Step("build");
        var built = Directory.EnumerateFiles(Path.Combine(pipeline.Artifacts, "build", "python3"), "pppx_*.so", SearchOption.AllDirectories)
            .Select(f => Path.GetFileName(f).Split('.')[0]).Order().ToArray();
        Assert.Equal(AllPrograms.Where(p => p.Contains(".omp", StringComparison.Ordinal) || p.EndsWith("serial-static", StringComparison.Ordinal))
            .Select(p => "pppx_" + p.Replace('.', '_').Replace('-', '_')).Order(), built);
    }

    [Fact]
    public void Every_variant_of_every_group_runs_in_a_real_process_and_matches_serial()
    {
        pipeline.Step("run");
        var records = new RecordStore(Path.Combine(pipeline.Artifacts, "runs", "e2e", RecordStore.FileName)).ReadAll();
        var serial = AllPrograms.Count(p => p.Contains(".serial", StringComparison.Ordinal));
        Assert.Equal(serial + (AllPrograms.Length - serial) * 4, records.Count);
        Assert.All(records, r => Assert.True(r.Status == RunStatus.Ok, $"{r.Cell}: {r.Status} {r.Reason}"));
        Assert.Equal(AllPrograms.Order(), records.Select(r => $"{r.Group}.{r.Variant}").Distinct().Order());
        Assert.Equal([1, 2, 3, 8], records.Where(r => r.Variant == "mt").Select(r => r.Workers).Distinct().Order());
        Assert.All(records, r =>
        {
            Assert.Equal(r.ExpectedDigest, r.Digest);
            Assert.StartsWith("sha256:", r.Digest, StringComparison.Ordinal);
            Assert.True(r.ProcTimeS > 0 && r.RealTimeS >= r.ProcTimeS, $"{r.Cell}: proc {r.ProcTimeS} real {r.RealTimeS}");
            Assert.NotNull(r.Python?.Version);
        });
        // The I/O-bound program really talked to the replica, the same number of times per call of proc() in every
        // variant (every call counts, timed or not: a run with k > 1 loops makes an untimed warm-up call, and a
        // calibrating run may make one more).
        var requests = records.Where(r => r.Group == "io_bound").Select(r => r.WikiRequests / r.Calls).Distinct().ToArray();
        Assert.True(requests is [> 0], $"wiki requests per call of proc() in io_bound runs: {string.Join(", ", requests)}");
        // mp's work happens in worker processes: their CPU time must be counted.
        Assert.All(records.Where(r => r is { Group: "cpu_bound", Variant: "mp" }), r => Assert.True(r.ChildrenUserS > 0, $"{r.Cell}: no worker CPU time"));
    }

    [Fact]
    public async Task A_second_run_reuses_every_record()
    {
        pipeline.Step("report");
        var again = await ReproCli.RunAsync(["run", .. pipeline.Settings]);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("69 already recorded, 0 to measure", again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_has_the_table_the_chart_and_the_data()
    {
        var output = pipeline.Step("report").Output;
        var html = output.Split('\n').Single(l => l.StartsWith("report: ", StringComparison.Ordinal))["report: ".Length..].Trim();
        var dir = Path.GetDirectoryName(html)!;
        var markdown = File.ReadAllText(Path.Combine(dir, "index.md"));
        foreach (var legend in new[] { "| serial |", "| mt |", "| mp |", "| omp (no GIL, static type) |", "| omp (GIL, static type) |" })
            Assert.Contains(legend, markdown, StringComparison.Ordinal);
        Assert.Contains("| variant | serial | n=1 | n=2 | n=3 | n=8 |", markdown, StringComparison.Ordinal);
        foreach (var group in new[] { "cpu\\_bound", "io\\_bound", "memory\\_bound", "overhead" })
            Assert.Contains($"### {group} — e2e · ", markdown, StringComparison.Ordinal);
        Assert.Contains("## Claims", markdown, StringComparison.Ordinal);
        Assert.Contains("every run finished and its output equals the serial program's", markdown, StringComparison.Ordinal);

        var page = File.ReadAllText(html);
        Assert.Contains("<table>", page, StringComparison.Ordinal);
        var image = System.Text.RegularExpressions.Regex.Match(page, "<img src=\"([^\"]+)\"").Groups[1].Value;
        var png = File.ReadAllBytes(Path.Combine(dir, image));
        Assert.True(png.Length > 5000, "the chart is too small to hold bars");
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
        Assert.True(File.Exists(Path.Combine(dir, "data", "results.json")));
    }
}
