using System.Diagnostics;
using System.Text.Json;
using ParallelRepro.Reporting;
using ParallelRepro.Tests.Fixtures;

namespace ParallelRepro.Tests.Reporting;

/// <summary>The report's copy of the problem sizes equals the workloads' own (src/workloads/ppp/profiles.py).</summary>
public sealed class ProblemSizesTests
{
    [Fact]
    public void The_copy_equals_the_workloads_profiles()
    {
        var info = new ProcessStartInfo(Repo.Python, ["-c", "import json, ppp.profiles as p; print(json.dumps(p.PROFILES))"])
        {
            RedirectStandardOutput = true, WorkingDirectory = Path.Combine(Repo.Root, "src", "workloads"),
        };
        using var python = Process.Start(info)!;
        var json = python.StandardOutput.ReadToEnd();
        python.WaitForExit();
        var profiles = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, Dictionary<string, int?>>>>(json)!;
        Assert.Equal(profiles.Keys.Order(), ProblemSizes.Profiles.Keys.Order());
        foreach (var (profile, groups) in profiles)
        {
            Assert.Equal(groups.Keys.Order(), ProblemSizes.Profiles[profile].Keys.Order());
            foreach (var (group, sizes) in groups)
                Assert.Equal(sizes.OrderBy(s => s.Key), ProblemSizes.Profiles[profile][group].OrderBy(s => s.Key));
        }
    }

    [Fact]
    public void Titles_name_the_profile_and_its_sizes()
    {
        Assert.Equal("paper profile, 200×200 matrices", ProblemSizes.Describe(["paper"], "memory_bound"));
        Assert.Equal("quick profile, the first 2500 nearest pairs of cpu_bound's 5000 attempts", ProblemSizes.Describe(["quick"], "overhead"));
    }
}
