using System.Text.RegularExpressions;
using ParallelRepro.Tests.Fixtures;

namespace ParallelRepro.Tests.Architecture;

/// <summary>docs/ARCHITECTURE.md and the tests that cite it say the same thing: same stages in the same order, same shared layer, real sections.</summary>
public sealed partial class ArchitectureDocumentTests
{
    private static readonly string Document = Path.Combine(Repo.Root, "docs", "ARCHITECTURE.md");

    [Fact]
    public void The_data_flow_table_lists_the_stages_in_the_order_of_the_tests()
        => Assert.Equal(Layers.Stages, NamespacesInTable("The data flow"));

    [Fact]
    public void The_shared_layer_table_lists_the_shared_namespaces_of_the_tests()
        => Assert.Equal(Layers.Shared, NamespacesInTable("The shared layer"));

    [Fact]
    public void The_tooling_table_lists_the_tooling_namespaces_of_the_tests()
        => Assert.Equal(Layers.Tooling, NamespacesInTable("Tooling above the stages"));

    /// <summary>A citation of a section that was renamed or never written would send the reader nowhere.</summary>
    [Fact]
    public void Every_citation_of_the_document_names_one_of_its_sections()
    {
        var sections = Sections().Keys.ToHashSet(StringComparer.Ordinal);
        var citations = SourceFiles()
            .SelectMany(f => Citation().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetRelativePath(Repo.Root, f), Section: m.Groups[1].Value)))
            .ToArray();

        Assert.NotEmpty(citations);
        Assert.All(citations, c => Assert.True(sections.Contains(c.Section), $"{c.File} cites section \"{c.Section}\", which docs/ARCHITECTURE.md does not have"));
    }

    /// <summary>The tests used to cite a design document the repository never had.</summary>
    [Fact]
    public void No_source_cites_a_design_document_that_does_not_exist()
    {
        var missing = "DESIGN" + ".md"; // split, or this file would cite it
        Assert.False(File.Exists(Path.Combine(Repo.Root, missing)));
        Assert.DoesNotContain(SourceFiles(), f => File.ReadAllText(f).Contains(missing, StringComparison.Ordinal));
    }

    private static IEnumerable<string> SourceFiles()
        => new[] { "src", "tests" }
            .SelectMany(d => Directory.EnumerateFiles(Path.Combine(Repo.Root, d), "*.*", SearchOption.AllDirectories))
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".csproj", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    /// <summary>The first <c>ParallelRepro.X</c> namespace of each table row of a section (its namespace column), as folder names.</summary>
    private static string[] NamespacesInTable(string section)
        => Sections()[section]
            .Where(line => line.StartsWith('|'))
            .Select(line => TableNamespace().Match(line))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)
            .ToArray();

    private static Dictionary<string, string[]> Sections()
    {
        var sections = new Dictionary<string, string[]>(StringComparer.Ordinal);
        string? heading = null;
        var lines = new List<string>();
        foreach (var line in File.ReadLines(Document).Append("## "))
        {
            if (!line.StartsWith("## ", StringComparison.Ordinal)) { lines.Add(line); continue; }
            if (heading is not null) sections[heading] = [.. lines];
            (heading, lines) = (line[3..].Trim(), []);
        }
        return sections;
    }

    [GeneratedRegex(@"`ParallelRepro\.(\w+)`")]
    private static partial Regex TableNamespace();

    /// <summary>A citation: the document, a comma, and the section heading in quotes (escaped or not, as in a C# string).</summary>
    [GeneratedRegex(@"docs/ARCHITECTURE\.md, \\?""([^""\\]+)\\?""")]
    private static partial Regex Citation();
}
