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

    [GeneratedRegex(@"(?:Argument|HasArgument)(?:<\w+>)?\(""([\w-]+)""")]
    private static partial Regex ArgumentRead();

    // .Does(() => { ... }) up to the closing "});" at the indentation of a task's chained calls.
    [GeneratedRegex(@"\.Does\(\(\) =>\s*\{(.*?)\n    \}\);", RegexOptions.Singleline)]
    private static partial Regex BlockBody();
}
