using ParallelRepro.Common;
using ParallelRepro.Tests.Fixtures;

namespace ParallelRepro.Tests.Cli;

/// <summary>Bad input ends as one clear line on stderr and exit code 2.</summary>
public sealed class CliErrorTests : IDisposable
{
    private readonly TempDir dir = new();

    [Fact]
    public async Task Unknown_option_is_rejected()
        => CliAssert.OneLineError(await ReproCli.RunAsync("run", "--bogus", "1"), "--bogus");

    [Fact]
    public async Task Unknown_verb_is_rejected()
        => CliAssert.OneLineError(await ReproCli.RunAsync("frobnicate"), "frobnicate");

    [Fact]
    public async Task Missing_interpreter_is_named_with_its_path()
    {
        var result = await ReproCli.RunAsync("doctor", "--root", Repo.Root, "--artifacts", dir.Path, "--interpreters", "ghost=/nonexistent/bin/python3");
        CliAssert.OneLineError(result, "Python interpreter 'ghost' not found: /nonexistent/bin/python3");
    }

    [Fact]
    public async Task Missing_cython_is_reported_by_doctor_and_by_build()
    {
        if (!OperatingSystem.IsLinux()) return;
        // The same interpreter without its site-packages: the standard library only, so no Cython.
        var python = dir.File("python-without-site");
        File.WriteAllText(python, $"#!/bin/sh\nexec {Repo.Python} -S \"$@\"\n");
        File.SetUnixFileMode(python, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        string[] common = ["--root", Repo.Root, "--artifacts", dir.File("artifacts"), "--interpreters", $"bare={python}"];
        var doctor = await ReproCli.RunAsync(["doctor", .. common]);
        CliAssert.OneLineError(doctor, $"Cython is missing for Python 'bare' ({python})");
        Assert.Contains("to fix, run:", doctor.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(dir.File("artifacts/toolchain.json")), "the doctor's findings are written even when something is missing");

        var build = await ReproCli.RunAsync(["build", .. common]);
        CliAssert.OneLineError(build, "Cython is missing for Python 'bare'");
    }

    [Fact]
    public async Task Missing_results_file_is_named()
    {
        var result = await ReproCli.RunAsync("report", "--root", Repo.Root, "--artifacts", dir.Path);
        CliAssert.OneLineError(result, $"results file not found: {Path.Combine(dir.Path, "results.json")}");
    }

    [Fact]
    public async Task Corrupt_results_file_is_named_with_its_line()
    {
        File.WriteAllText(dir.File("results.json"), "{\n  \"schema_version\": 1,\n  \"cells\": [ oops ]\n}\n");
        var result = await ReproCli.RunAsync("report", "--root", Repo.Root, "--artifacts", dir.Path);
        CliAssert.OneLineError(result, $"{dir.File("results.json")}:3: not a valid results file");
    }

    public void Dispose() => dir.Dispose();
}
