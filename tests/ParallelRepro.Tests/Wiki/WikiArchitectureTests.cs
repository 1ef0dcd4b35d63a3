using System.Reflection;
using ParallelRepro.Configuration;
using ParallelRepro.Wiki;
using Xunit;

namespace ParallelRepro.Tests.Wiki;

/// <summary>DESIGN.md: Kestrel only in the wiki replica. Other assemblies reach it only through ParallelRepro.Wiki.</summary>
public sealed class WikiArchitectureTests
{
    [Fact]
    public void Only_the_wiki_assembly_references_ASP_NET_Core()
    {
        Assembly[] others = [typeof(RepoLayout).Assembly, typeof(ParallelRepro.Cli.ReproApp).Assembly];

        Assert.Contains(typeof(WikiReplica).Assembly.GetReferencedAssemblies(), a => a.Name!.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        foreach (var assembly in others)
            Assert.DoesNotContain(assembly.GetReferencedAssemblies(), a => a.Name!.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }
}
