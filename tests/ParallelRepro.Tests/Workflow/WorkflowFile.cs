using System.Text.RegularExpressions;
using ParallelRepro.Tests.Fixtures;
using YamlDotNet.RepresentationModel;

namespace ParallelRepro.Tests.Workflow;

/// <summary>.github/workflows/reproduce.yml as a YAML tree, with the few lookups the tests need.</summary>
internal sealed partial class WorkflowFile
{
    public static WorkflowFile Reproduce { get; } = new(Path.Combine(Repo.Root, ".github", "workflows", "reproduce.yml"));

    private WorkflowFile(string path)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(path);
        stream.Load(reader);
        Root = (YamlMappingNode)stream.Documents[0].RootNode;
    }

    public YamlMappingNode Root { get; }

    public YamlMappingNode Jobs => Map(Root, "jobs");

    public YamlMappingNode Job(string name) => Map(Jobs, name);

    public IEnumerable<string> JobNames => Jobs.Children.Keys.Select(k => ((YamlScalarNode)k).Value!);

    public IEnumerable<YamlMappingNode> Steps(string job) => ((YamlSequenceNode)Job(job)["steps"]).Children.Cast<YamlMappingNode>();

    /// <summary>Every run: script of every job, with its job.</summary>
    public IEnumerable<(string Job, string Script)> Scripts
        => JobNames.SelectMany(job => Steps(job).Select(s => (job, Text(s, "run"))).Where(x => x.Item2 is not null).Select(x => (x.job, x.Item2!)));

    /// <summary>Each <c>dotnet cake ...</c> command line of the scripts.</summary>
    public IEnumerable<string> CakeCommands
        => Scripts.SelectMany(s => s.Script.Split('\n')).Select(l => l.Trim()).Where(l => l.StartsWith("dotnet cake", StringComparison.Ordinal));

    public static YamlMappingNode Map(YamlNode node, string key) => (YamlMappingNode)((YamlMappingNode)node)[key];

    public static string? Text(YamlMappingNode node, string key)
        => node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar ? scalar.Value : null;

    /// <summary>A flat mapping of scalars, e.g. a matrix entry or a permissions block.</summary>
    public static Dictionary<string, string> Scalars(YamlNode node)
        => ((YamlMappingNode)node).Children.ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => ((YamlScalarNode)p.Value).Value!);

    /// <summary>The Cake tasks of build/*.cake: Task("Name").</summary>
    public static IReadOnlySet<string> CakeTasks()
        => Directory.EnumerateFiles(Path.Combine(Repo.Root, "build"), "*.cake")
            .SelectMany(f => TaskName().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex("""Task\("([^"]+)"\)""")]
    private static partial Regex TaskName();
}
