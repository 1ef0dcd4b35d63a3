using System.Globalization;
using System.Text.Json;
using ParallelRepro.Common;
using ParallelRepro.Configuration;
using ParallelRepro.Data;
using ParallelRepro.Toolchain;
using Spectre.Console;

namespace ParallelRepro.Profiling;

/// <summary>
/// <c>repro profile</c>: runs one variant under cProfile, as the paper's profile.py did, and keeps the
/// entries with the most internal time (the paper's Figure 2) beside the results.
/// </summary>
internal sealed class CProfileRunner(ReproSettings settings, IAnsiConsole console)
{
    // Reads a cProfile dump and prints the top entries by internal time as JSON (pstats' own sort).
    private const string StatsToJson = """
        import json, pstats, sys
        stats = pstats.Stats(sys.argv[1])
        rows = []
        for (filename, line, name), (cc, nc, tt, ct, _) in stats.stats.items():
            where = name if filename == "~" else "%s:%d(%s)" % (filename.rsplit("/", 1)[-1], line, name)
            rows.append({"ncalls": nc, "primitive_calls": cc, "tottime": tt, "cumtime": ct, "function": where})
        rows.sort(key=lambda r: r["tottime"], reverse=True)
        print(json.dumps({"total_tottime": sum(r["tottime"] for r in rows), "top": rows[:int(sys.argv[2])]}))
        """;

    public async Task<(ProfileResult Result, string Path)> RunAsync(string program, int workers, int top, CancellationToken ct)
    {
        var data = await new DataGenerator(settings, console).RunAsync(ct).ConfigureAwait(false);
        var interpreter = settings.Interpreters[0];
        var path = Path.Combine(settings.Layout.Artifacts, "profiles", $"{program}-n{workers.ToString(CultureInfo.InvariantCulture)}.json");
        var key = ContentHash.OfText(string.Join("|", settings.Layout.WorkloadSourceHash(),
            data.DataHash, interpreter.Path, interpreter.Gil?.ToString() ?? "", program, workers.ToString(CultureInfo.InvariantCulture), top.ToString(CultureInfo.InvariantCulture)));
        if (File.Exists(path) && Json.ReadFile<ProfileResult>(path, "profile").Key == key)
        {
            console.MarkupLineInterpolated($"[grey]profile of {program} at n={workers} up to date in {path}[/]");
            return (Json.ReadFile<ProfileResult>(path, "profile"), path);
        }
        var scratch = Directory.CreateTempSubdirectory("repro-profile-");
        try
        {
            var dump = Path.Combine(scratch.FullName, "profile.out");
            var resultFile = Path.Combine(scratch.FullName, "result.json");
            var n = workers.ToString(CultureInfo.InvariantCulture);
            console.MarkupLineInterpolated($"profiling {program} with {n} worker(s) under cProfile ...");
            var run = await ProcessRunner.RunAsync(PythonCommand.Create(settings.Layout, interpreter,
            [
                "-m", "cProfile", "-o", dump, "-m", "ppp", "run", program, "--workers", n, "--profile", settings.Profile.Name,
                "--data", settings.Layout.DataDir(settings.Profile.Name, settings.Seed), "--out", resultFile,
                "--ext-dir", settings.Layout.BuildDir(interpreter),
            ]) with { Timeout = settings.RunTimeout }, ct).ConfigureAwait(false);
            if (!run.Succeeded)
                throw new ReproException($"profiling {program} failed ({(run.TimedOut ? "timed out" : $"exit {run.ExitCode}")}): {PythonProbe.LastLine(run.StandardErrorTail)}");

            var stats = await ProcessRunner.RunAsync(PythonCommand.Create(settings.Layout, interpreter,
                ["-c", StatsToJson, dump, top.ToString(CultureInfo.InvariantCulture)]) with { Timeout = TimeSpan.FromMinutes(1) }, ct).ConfigureAwait(false);
            if (!stats.Succeeded)
                throw new ReproException($"reading the cProfile output of {program} failed: {PythonProbe.LastLine(stats.StandardErrorTail)}");
            var parsed = JsonSerializer.Deserialize<StatsOutput>(stats.StandardOutput, Json.Options)!;
            var procTime = File.Exists(resultFile) ? JsonDocument.Parse(File.ReadAllText(resultFile)).RootElement.GetProperty("proc_time_s").GetDouble() : (double?)null;

            var (group, variant) = Split(program);
            var result = new ProfileResult(group, variant, workers, interpreter.Label, settings.Profile.Name, procTime, parsed.TotalTottime, parsed.Top) { Key = key };
            Json.WriteFile(path, result);
            return (result, path);
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    private static (string Group, string Variant) Split(string program)
    {
        var dot = program.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot == program.Length - 1)
            throw new ReproException($"expected <group>.<variant>, got '{program}'");
        return (program[..dot], program[(dot + 1)..]);
    }

    private sealed record StatsOutput(double TotalTottime, IReadOnlyList<ProfileEntry> Top);
}
