using ParallelRepro.Tests.Fixtures;

namespace ParallelRepro.Tests.Publishing;

/// <summary>DESIGN.md: heavy dependencies at the edge. Octokit is used in the Publishing folder and nowhere else.</summary>
public sealed class PublishingArchitectureTests
{
    [Fact]
    public void Only_the_publishing_folder_uses_Octokit()
    {
        var src = Path.Combine(Repo.Root, "src");
        var users = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadLines(f).Any(l => l.StartsWith("using Octokit", StringComparison.Ordinal)))
            .Select(f => Path.GetRelativePath(src, f).Replace('\\', '/'))
            .ToArray();
        Assert.NotEmpty(users);
        Assert.All(users, f => Assert.StartsWith("ParallelRepro/Publishing/", f, StringComparison.Ordinal));
    }
}
