using System.Text.RegularExpressions;
using ParallelRepro.Tests.Fixtures;

namespace ParallelRepro.Tests.Workflow;

/// <summary>
/// The Cake script stays a task graph: the logic of a task lives behind a repro verb, where unit tests reach it,
/// and the settings are named only in SettingsSchema.
/// </summary>
public sealed partial class CakeScriptTests
{
    private static IEnumerable<(string File, string Text)> CakeFiles()
        => Directory.EnumerateFiles(Path.Combine(Repo.Root, "build"), "*.cake").Select(f => (Path.GetFileName(f), File.ReadAllText(f)));

    [Fact]
    public void No_task_body_is_longer_than_five_lines()
    {
        var bodies = CakeFiles().SelectMany(f => BlockBody().Matches(f.Text).Select(m => (f.File, Lines: m.Groups[1].Value.Split('\n').Count(l => l.Trim().Length > 0)))).ToArray();
        Assert.NotEmpty(bodies);
        Assert.All(bodies, b => Assert.True(b.Lines <= 5, $"{b.File}: a task body of {b.Lines} lines; move the logic into a repro verb"));
    }

    [Fact]
    public void No_cake_file_names_a_setting()
    {
        // Cake forwards what it is given; naming a setting here would be a second definition of it.
        var named = CakeFiles().SelectMany(f => ArgumentRead().Matches(f.Text).Select(m => $"{f.File}: {m.Groups[1].Value}"));
        Assert.Empty(named);
    }

    [Fact]
    public void The_product_filter_Compile_builds_lists_every_project_of_the_solution_but_the_tests()
    {
        // A project added to the solution and not to the filter would be missing from the default reproduction.
        var solution = SolutionProject().Matches(File.ReadAllText(Path.Combine(Repo.Root, "ParallelRepro.slnx"))).Select(m => m.Groups[1].Value);
        using var filter = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(Repo.Root, "ParallelRepro.Product.slnf")));
        var listed = filter.RootElement.GetProperty("solution").GetProperty("projects").EnumerateArray().Select(p => p.GetString()!);
        Assert.Equal(solution.Where(p => !p.StartsWith("tests/", StringComparison.Ordinal)).Order(), listed.Order());
        Assert.Contains("ParallelRepro.Product.slnf", File.ReadAllText(Path.Combine(Repo.Root, "build", "tasks.cake")));
    }

    [GeneratedRegex(@"<Project Path=""([^""]+)""")]
    private static partial Regex SolutionProject();

    [GeneratedRegex(@"(?:Argument|HasArgument)(?:<\w+>)?\(""([\w-]+)""")]
    private static partial Regex ArgumentRead();

    // .Does(() => { ... }) up to the closing "});" at the indentation of a task's chained calls.
    [GeneratedRegex(@"\.Does\(\(\) =>\s*\{(.*?)\n    \}\);", RegexOptions.Singleline)]
    private static partial Regex BlockBody();
}
