using ParallelRepro.Common;
using ParallelRepro.Tests.Fixtures;

namespace ParallelRepro.Tests.EndToEnd;

/// <summary>
/// The free-threaded CPython takes minutes to build, so it is built once per machine: a second clone must only
/// link the cached build and register it, never fetch or build again. The clone runs the real target, with an
/// apt-get on its PATH that records being called and fails.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class FreeThreadedCacheTests : IDisposable
{
    private readonly TempDir dir = new();

    [Fact]
    public async Task A_second_clone_only_links_the_cached_build()
    {
        RegisteredRuntimes.Require("ft");
        var cache = new DirectoryInfo(Path.Combine(Repo.Root, ".tools", "python3.13t")).ResolveLinkTarget(returnFinalTarget: true)?.FullName;
        Assert.True(cache is not null, "this checkout's .tools/python3.13t is not a link to a cached build");
        var clone = dir.File("clone");
        await Run(new ProcessSpec("git", ["clone", "--quiet", Repo.Root, clone]));
        var stubs = Directory.CreateDirectory(dir.File("stubs")).FullName;
        var called = dir.File("apt-get-called");
        File.WriteAllText(Path.Combine(stubs, "apt-get"), $"#!/bin/sh\necho \"$@\" >> '{called}'\nexit 1\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(Path.Combine(stubs, "apt-get"), UnixFileMode.UserRead | UnixFileMode.UserExecute);
        var env = new Dictionary<string, string?>
        {
            ["PATH"] = stubs + ":" + Environment.GetEnvironmentVariable("PATH"),
            ["PARALLELREPRO_FREE_THREADED_PREFIX"] = cache,
        };

        await Run(new ProcessSpec("dotnet", ["tool", "restore"]) { WorkingDirectory = clone });
        var target = await Run(new ProcessSpec("dotnet", ["cake", "--target=Python-FreeThreaded"]) { WorkingDirectory = clone, Environment = env });

        Assert.Contains("already at", target.StandardOutput, StringComparison.Ordinal);
        Assert.False(File.Exists(called), "apt-get was called: " + (File.Exists(called) ? File.ReadAllText(called) : ""));
        Assert.Equal(cache, new DirectoryInfo(Path.Combine(clone, ".tools", "python3.13t")).LinkTarget);
        var registry = File.ReadAllLines(Path.Combine(clone, ".tools", "runtimes.ini"));
        Assert.Contains("ft=.tools/python3.13t/bin/python3.13t?gil=off", registry);
        Assert.Contains("ft-gil=.tools/python3.13t/bin/python3.13t?gil=on", registry);
    }

    private static async Task<ProcessResult> Run(ProcessSpec spec)
    {
        var result = await ProcessRunner.RunAsync(spec with { Timeout = TimeSpan.FromMinutes(10) });
        Assert.True(result.Succeeded, $"{spec.FileName} {string.Join(' ', spec.Arguments)} exited {result.ExitCode}: {result.StandardOutput}\n{result.StandardErrorTail}");
        return result;
    }

    public void Dispose() => dir.Dispose();
}
