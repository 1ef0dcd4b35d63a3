using ParallelRepro.Tests.Architecture;

namespace ParallelRepro.Tests.Publishing;

/// <summary>docs/ARCHITECTURE.md, "Heavy dependencies at the edge": Octokit is used in the Publishing stage and nowhere else.</summary>
public sealed class PublishingArchitectureTests
{
    [Fact]
    public void Only_the_publishing_stage_uses_Octokit()
        => Confinement.OnlyIn("ParallelRepro.Publishing", "Octokit", "the GitHub API client stays in Publishing");

    [Fact]
    public void The_publishing_stage_does_use_Octokit()
        => Assert.True(Confinement.IsUsedBy("ParallelRepro.Publishing", "Octokit"));
}
