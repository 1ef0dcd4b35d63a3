using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ParallelRepro.Common;
using ParallelRepro.Configuration;
using ParallelRepro.DotNet.Workloads;
using ParallelRepro.Tests.Fixtures;
using ParallelRepro.Toolchain;

namespace ParallelRepro.Tests.DotNet;

/// <summary>
/// <c>ParallelRepro.DotNet run</c> is a drop-in for <c>python -m ppp run</c>: the same record fields, output file and
/// digest, and the same exit codes (1 with the reason on the last stderr line, 2 with one line for bad usage).
/// </summary>
[Collection(DotNetCollection.Name)]
public sealed class HarnessRecordTests(SmokeDataFixture smoke) : IDisposable
{
    private readonly TempDir dir = new();

    [Fact]
    public async Task Record_has_the_Python_fields_and_the_serial_digest()
    {
        var result = await Run(null, "run", "cpu_bound.threads", "--workers", "2", "--profile", "smoke", "--data", smoke.DataDir,
            "--out", dir.File("r.json"), "--output", dir.File("out.txt"));
        Assert.True(result.ExitCode == 0, result.StandardErrorTail);
        using var record = JsonDocument.Parse(await File.ReadAllTextAsync(dir.File("r.json")));
        var root = record.RootElement;

        Assert.Equal(Keys(smoke.PythonRecord), Keys(root));
        Assert.Subset(Keys(root.GetProperty("runtime")), Keys(smoke.PythonRecord.GetProperty("runtime")));
        Assert.Equal("ok", root.GetProperty("status").GetString());
        Assert.Equal("dotnet", root.GetProperty("runtime").GetProperty("implementation").GetString());
        Assert.False(root.GetProperty("runtime").GetProperty("gil_enabled").GetBoolean());
        Assert.Equal(2, root.GetProperty("workers").GetInt32());
        Assert.True(root.GetProperty("proc_time_s").GetDouble() > 0);
        Assert.Equal(smoke.SerialDigests["cpu_bound"], root.GetProperty("digest").GetString());
        var output = await File.ReadAllBytesAsync(dir.File("out.txt"));
        Assert.Equal(root.GetProperty("digest").GetString(), "sha256:" + Convert.ToHexStringLower(SHA256.HashData(output)));
    }

    [Fact]
    public async Task Worker_processes_are_counted_as_children()
    {
        var result = await Run(null, "run", "memory_bound.processes", "--workers", "3", "--profile", "smoke", "--data", smoke.DataDir, "--out", dir.File("r.json"));
        Assert.True(result.ExitCode == 0, result.StandardErrorTail);
        using var record = JsonDocument.Parse(await File.ReadAllTextAsync(dir.File("r.json")));
        Assert.True(record.RootElement.GetProperty("children_user_s").GetDouble() + record.RootElement.GetProperty("children_sys_s").GetDouble() > 0);
    }

    [Fact]
    public async Task Cores_restricts_the_process_as_the_Python_harness_does()
    {
        var result = await Run(null, "run", "cpu_bound.parallel-for", "--workers", "2", "--cores", "1", "--profile", "smoke", "--data", smoke.DataDir, "--out", dir.File("r.json"));
        Assert.True(result.ExitCode == 0, result.StandardErrorTail);
        using var record = JsonDocument.Parse(await File.ReadAllTextAsync(dir.File("r.json")));
        Assert.Equal(1, record.RootElement.GetProperty("cores_requested").GetInt32());
        Assert.Equal(OperatingSystem.IsLinux() ? 1 : Environment.ProcessorCount, record.RootElement.GetProperty("cores_allowed").GetInt32());
    }

    [Fact]
    public async Task A_variant_that_throws_exits_1_with_the_reason_last()
    {
        var result = await Run("cpu_bound.threads=throw", "run", "cpu_bound.threads", "--workers", "2", "--profile", "smoke", "--data", smoke.DataDir, "--out", dir.File("r.json"));
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("InvalidOperationException: injected fault (PARALLELREPRO_DOTNET_FAULT)", PythonProbe.LastLine(result.StandardErrorTail));
        Assert.False(File.Exists(dir.File("r.json")));
    }

    [Theory]
    [InlineData("cpu_bound.nope", "unknown variant 'cpu_bound.nope'")]
    [InlineData("io_bound.serial", "io_bound.serial needs --wiki-url URL")]
    public async Task Bad_usage_exits_2_with_one_line(string program, string expected)
    {
        var result = await Run(null, "run", program, "--profile", "smoke", "--data", smoke.DataDir, "--out", dir.File("r.json"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.StandardErrorTail, StringComparison.Ordinal);
        Assert.Single(result.StandardErrorTail.Trim().Split('\n'));
    }

    [Fact]
    public async Task Data_made_for_another_profile_is_refused()
    {
        var result = await Run(null, "run", "cpu_bound.serial", "--profile", "quick", "--data", smoke.DataDir, "--out", dir.File("r.json"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("was made for profile smoke, not quick", result.StandardErrorTail, StringComparison.Ordinal);
    }

    public void Dispose() => dir.Dispose();

    private static SortedSet<string> Keys(JsonElement element) => new(element.EnumerateObject().Select(p => p.Name), StringComparer.Ordinal);

    /// <summary>Runs the checkout's build, as the pipeline does; the fault variable is set only for this process.</summary>
    private static Task<ProcessResult> Run(string? fault, params string[] args)
    {
        var spec = DotNetCommand.Create(Repo.Layout, Interpreter.Parse("dotnet=dotnet:"), args);
        return ProcessRunner.RunAsync(spec with
        {
            Timeout = TimeSpan.FromMinutes(1),
            Environment = new Dictionary<string, string?> { [Faults.Variable] = fault },
        });
    }
}
