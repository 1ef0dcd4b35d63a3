using ParallelRepro.Tests.Fixtures;

namespace ParallelRepro.Tests.Reporting;

/// <summary>The report and claims verbs on the fixture folder, through the real CLI.</summary>
public sealed class ReportVerbTests : IDisposable
{
    private readonly TempDir scratch = new();

    [Fact]
    public async Task Report_from_a_folder_writes_the_report_and_the_index()
    {
        var result = await ReproCli.RunAsync("report", "--from", ReportFixture.Source, "--reports", scratch.Path);
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("claims (read from claims.json): 10 reproduced, 5 not reproduced, 1 inconclusive, 20 not testable here", result.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(scratch.Path, "0123456789ab", "index.html")));
        Assert.True(File.Exists(Path.Combine(scratch.Path, "index.html")));
    }

    [Fact]
    public async Task Report_from_a_folder_without_results_is_a_clear_error()
    {
        var result = await ReproCli.RunAsync("report", "--from", scratch.Path, "--reports", scratch.Path);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"results file not found: {Path.Combine(scratch.Path, "results.json")}", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Claims_writes_claims_json_into_artifacts()
    {
        var artifacts = Path.Combine(scratch.Path, "artifacts");
        var result = await ReproCli.RunAsync("claims", "--root", Repo.Root, "--artifacts", artifacts, "--from", ReportFixture.Source);
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.True(File.Exists(Path.Combine(artifacts, "claims.json")));
        Assert.Contains("2 reproduced, 0 not reproduced, 15 inconclusive, 19 not testable here", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_results_file_with_an_edited_speedup_is_refused_naming_the_cell()
    {
        var data = Path.Combine(scratch.Path, "data");
        Directory.CreateDirectory(data);
        var results = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(ReportFixture.Source, "results.json")))!;
        var cell = results["cells"]!.AsArray().First(c => c!["variant"]!.GetValue<string>() == "mp" && c["workers"]!.GetValue<int>() == 4)!;
        cell["speedup"] = cell["speedup"]!.GetValue<double>() * 1.5;
        File.WriteAllText(Path.Combine(data, "results.json"), results.ToJsonString());

        var result = await ReproCli.RunAsync("report", "--from", data, "--reports", Path.Combine(scratch.Path, "reports"));
        CliAssert.OneLineError(result, $"{Path.Combine(data, "results.json")}: cell ci-linux/python3.12/cores=0/cpu_bound.mp/n=4: speedup");
        Assert.False(Directory.Exists(Path.Combine(scratch.Path, "reports")), "a refused results file must not leave a report behind");
    }

    [Fact]
    public async Task Report_without_claims_json_names_the_file_and_the_claims_verb_and_writes_nothing()
    {
        var source = Path.Combine(scratch.Path, "source");
        ConclusionsTests.CopyFixture(source);
        File.Delete(Path.Combine(source, "claims.json"));
        var reports = Path.Combine(scratch.Path, "reports");

        var result = await ReproCli.RunAsync("report", "--from", source, "--reports", reports);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"claims file not found: {Path.Combine(source, "claims.json")}: run 'repro claims'", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(reports), "a report was written half-way");
    }

    [Fact]
    public async Task Report_refuses_verdicts_decided_on_other_results()
    {
        var source = Path.Combine(scratch.Path, "source");
        ConclusionsTests.CopyFixture(source);
        var claims = Path.Combine(source, "claims.json");
        File.WriteAllText(claims, File.ReadAllText(claims).Replace("0123456789abcdef0123456789abcdef01234567", "fedcba9876543210fedcba9876543210fedcba98", StringComparison.Ordinal));

        var result = await ReproCli.RunAsync("report", "--from", source, "--reports", Path.Combine(scratch.Path, "reports"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{claims}: decided on commit(s) fedcba9876543210fedcba9876543210fedcba98, but the results are of 0123456789abcdef0123456789abcdef01234567", result.Error, StringComparison.Ordinal);
    }

    public void Dispose() => scratch.Dispose();
}
