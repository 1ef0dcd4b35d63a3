using ParallelRepro.Common;
using ParallelRepro.Tests.Fixtures;

namespace ParallelRepro.Tests.Workflow;

/// <summary>
/// The .editorconfig rules are errors in the build, not hints: a project under the repository's .editorconfig and
/// Directory.*.props that breaks each rule does not compile. Fails when a rule is set below a warning (suggestion,
/// silent, none; a warning still fails under TreatWarningsAsErrors) or when EnforceCodeStyleInBuild is dropped (the
/// IDE rules would then go unchecked by the build).
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class CodeStyleBuildTests : IDisposable
{
    private readonly TempDir dir = new();

    [Fact]
    public async Task Each_rule_breaks_the_build()
    {
        foreach (var file in new[] { ".editorconfig", "Directory.Build.props", "Directory.Packages.props", "global.json" })
            File.Copy(Path.Combine(Repo.Root, file), dir.File(file));
        // The culture rules (CA1305 ...) are silent under InvariantGlobalization, which Directory.Build.props turns on:
        // the probe turns it off so that all the rules speak in one build.
        File.WriteAllText(dir.File("Probe.csproj"),
            "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><InvariantGlobalization>false</InvariantGlobalization></PropertyGroup></Project>\n");
        File.WriteAllText(dir.File("Probe.cs"), """
            namespace Probe
            {
                public sealed class Counter
                {
                    private int count = 1;

                    public int Count => count;

                    public string Text => Count.ToString();
                }
            }

            """);

        var build = await ProcessRunner.RunAsync(new ProcessSpec("dotnet", ["build", "-c", "Release", "-nologo"])
        {
            WorkingDirectory = dir.Path,
            Timeout = TimeSpan.FromMinutes(5),
        }, CancellationToken.None);

        var output = build.StandardOutput + build.StandardErrorTail;
        Assert.False(build.Succeeded, output);
        Assert.Contains("error IDE0161", output, StringComparison.Ordinal); // csharp_style_namespace_declarations
        Assert.Contains("error IDE0044", output, StringComparison.Ordinal); // dotnet_style_readonly_field
        Assert.Contains("error CA1305", output, StringComparison.Ordinal); // a culture named for formatting
    }

    public void Dispose() => dir.Dispose();
}
