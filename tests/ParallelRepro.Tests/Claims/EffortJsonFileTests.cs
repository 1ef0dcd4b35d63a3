using ParallelRepro.Claims;
using ParallelRepro.Common;
using ParallelRepro.Tests.Fixtures;

namespace ParallelRepro.Tests.Claims;

/// <summary>effort.json as <c>repro effort</c> writes it: rows keyed by the Table 2 program they stand for.</summary>
public sealed class EffortJsonFileTests : IDisposable
{
    private readonly TempDir dir = new();

    [Fact]
    public void Rows_are_found_by_their_paper_program()
    {
        var effort = EffortJsonFile.Read(Repo.TestData("Reporting", "fixture", "effort.json"));
        Assert.Equal(41, effort.Find("cpu_bound", "omp")?.D);
        Assert.Equal(27, effort.Find("cpu_bound", "serial")?.Loc);
        Assert.Null(effort.Find("cpu_bound", "omp-x")); // its own name is not the paper's
    }

    [Fact]
    public void The_row_standing_for_a_paper_program_wins_over_one_with_its_name()
    {
        var path = dir.File("effort.json");
        File.WriteAllText(path, """
            {"schema_version": 1, "rows": [
              {"group": "overhead", "variant": "mp", "status": "ok", "D": 27},
              {"group": "overhead", "variant": "mp-manager", "status": "ok", "paper_program": "overhead.mp", "D": 26}]}
            """);
        Assert.Equal(26, EffortJsonFile.Read(path).Find("overhead", "mp")?.D);
    }

    [Fact]
    public void Rows_that_are_missing_or_in_error_are_not_numbers()
    {
        var path = dir.File("effort.json");
        File.WriteAllText(path, """
            {"schema_version": 1, "rows": [
              {"group": "cpu_bound", "variant": "mt", "status": "missing", "paper_program": "cpu_bound.mt"},
              {"group": "toy", "variant": "mt", "status": "ok", "L": 11, "M": 1, "I": 1, "C": 1, "E": 0, "D": 15}]}
            """);
        var effort = EffortJsonFile.Read(path);
        Assert.Null(effort.Find("cpu_bound", "mt"));
        Assert.Equal(15, effort.Find("toy", "mt")?.D);
    }

    [Fact]
    public void Another_schema_is_refused_with_the_file_named()
    {
        var path = dir.File("effort.json");
        File.WriteAllText(path, """{"schema_version": 2, "rows": []}""");
        var error = Assert.Throws<ReproException>(() => EffortJsonFile.Read(path));
        Assert.Contains($"{path}: effort schema 2 is not supported", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => dir.Dispose();
}
