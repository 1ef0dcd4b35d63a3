using ParallelRepro.Tests.Fixtures;

namespace ParallelRepro.Tests.Workflow;

/// <summary>The workflow passes actionlint: syntax, expressions, job graph, permissions, untrusted input in scripts.</summary>
public sealed class ActionlintTests : IDisposable
{
    private readonly TempDir temp = new();

    [Fact]
    public async Task The_workflow_has_no_findings()
    {
        var findings = await Actionlint.LintAsync(Path.Combine(".github", "workflows", "reproduce.yml"));
        Assert.True(findings.Count == 0, string.Join("\n", findings));
    }

    [Fact]
    public async Task The_linter_does_report_an_untrusted_expression_in_a_script()
    {
        // Shows the check above is live: the same linter flags what the workflow avoids.
        var bad = temp.File("bad.yml");
        File.WriteAllText(bad, """
            on: pull_request
            jobs:
              x:
                runs-on: ubuntu-latest
                steps:
                  - run: echo "${{ github.event.pull_request.title }}"
            """);
        var finding = Assert.Single(await Actionlint.LintAsync(bad));
        Assert.Equal("expression", finding.Kind);
        Assert.Contains("potentially untrusted", finding.Message, StringComparison.Ordinal);
    }

    public void Dispose() => temp.Dispose();
}
