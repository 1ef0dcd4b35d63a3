using System.Text.Json;
using ParallelRepro.Common;
using ParallelRepro.Configuration;
using ParallelRepro.Running;
using ParallelRepro.Tests.Fixtures;

namespace ParallelRepro.Tests.EndToEnd;

/// <summary>
/// The workload harness on the registered free-threaded CPython (ft, GIL off), as the pipeline starts it:
/// an extension that turns the GIL back on at import is flagged in the record, and a module the run needs
/// but the runtime lacks (NumPy, when PPP_STORAGE=numpy asks for it) makes the cell "unavailable" with the reason.
/// The interpreter is started as a user starts it, without PYTHON_GIL: the pipeline's ft label sets PYTHON_GIL=0,
/// which keeps the GIL off even for an undeclared extension.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class FreeThreadedWorkloadTests : IDisposable
{
    private readonly TempDir dir = new();

    [Fact]
    public async Task An_extension_not_declared_free_threading_compatible_is_flagged_in_the_record()
    {
        RegisteredRuntimes.Require("ft");
        var ext = dir.File("ext");
        // The real kernel, compiled without the directive that says it is safe without the GIL.
        await Python("-c", """
            import sys
            from ppp import build
            src, out = sys.argv[1], sys.argv[2]
            text = open(build.pyx_path("cpu_bound", "omp_nogil_static")).read()
            assert "freethreading_compatible=True" in text
            open(src, "w").write(text.replace("freethreading_compatible=True", "freethreading_compatible=False"))
            build.pyx_path = lambda group, stem: src
            build.compile_one("pppx_cpu_bound_omp_nogil_static", "cpu_bound", "omp_nogil_static", out)
            """, dir.File("undeclared.pyx"), ext);

        var record = await RunVariant("cpu_bound.omp-nogil-static", "--ext-dir", ext);

        Assert.Equal("ok", record.Status);
        Assert.Equal(false, record.Runtime!.GilEnabledAtStart);
        Assert.Equal(true, record.Runtime.GilEnabled);
        Assert.True(record.Runtime.GilTurnedOnByImports);
    }

    [Fact]
    public async Task A_pure_python_run_keeps_the_gil_off_and_records_the_build()
    {
        RegisteredRuntimes.Require("ft");
        var record = await RunVariant("memory_bound.mt");

        Assert.Equal("ok", record.Status);
        Assert.False(record.Runtime!.GilTurnedOnByImports);
        Assert.Equal(false, record.Runtime.GilEnabled);
        Assert.Contains("--disable-gil", record.Runtime.Build!.ConfigArgs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_runtime_without_a_required_module_says_unavailable_with_the_reason()
    {
        RegisteredRuntimes.Require("ft");
        var record = await RunVariant("memory_bound.serial", env: ("PPP_STORAGE", "numpy"));

        Assert.Equal("unavailable", record.Status);
        Assert.StartsWith("numpy is not importable (PPP_STORAGE=numpy asks for it)", record.Reason, StringComparison.Ordinal);
    }

    private async Task<HarnessOutput> RunVariant(string name, string? extraFlag = null, string? extraValue = null, (string Name, string Value)? env = null)
    {
        var data = dir.File("data");
        if (!Directory.Exists(data)) await Python("-m", "ppp", "data", "--profile", "smoke", "--out", data);
        var outFile = dir.File(name + ".json");
        string[] extra = extraFlag is null ? [] : [extraFlag, extraValue!];
        await Python(env, ["-m", "ppp", "run", name, "--workers", "2", "--profile", "smoke", "--data", data, "--out", outFile, .. extra]);
        return JsonSerializer.Deserialize<HarnessOutput>(File.ReadAllText(outFile), Json.Options)!;
    }

    private static Task Python(params string[] args) => Python(null, args);

    private static async Task Python((string Name, string Value)? env, string[] args)
    {
        var ft = RuntimeRegistry.Load(Repo.Layout).Find("ft")!.Value.Runtime;
        var environment = new Dictionary<string, string?> { ["PYTHONPATH"] = Repo.Layout.Workloads };
        if (env is { } e) environment[e.Name] = e.Value;
        var result = await ProcessRunner.RunAsync(new ProcessSpec(ft.Path, args) { Environment = environment, Timeout = TimeSpan.FromMinutes(10) });
        // Exit 3 is the harness's "unavailable": the record says why.
        Assert.True(result.ExitCode is 0 or 3 && !result.TimedOut, $"{ft.Path} {string.Join(' ', args)} exited {result.ExitCode}: {result.StandardErrorTail}");
    }

    public void Dispose() => dir.Dispose();
}
