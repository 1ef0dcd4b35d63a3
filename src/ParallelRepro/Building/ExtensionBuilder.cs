using System.Text.Json;
using ParallelRepro.Common;
using ParallelRepro.Configuration;
using ParallelRepro.Platforms;
using ParallelRepro.Toolchain;
using Spectre.Console;

namespace ParallelRepro.Building;

/// <summary>One compiled Cython extension and whether it built.</summary>
public sealed record ExtensionStatus(string Module, bool Ok, string? Error);

/// <summary>The content of <c>artifacts/build/&lt;interpreter&gt;/build.json</c>.</summary>
public sealed record BuildResult(string Interpreter, string SourceHash, IReadOnlyList<ExtensionStatus> Extensions, string? Compiler, string? Cython)
{
    public bool AllBuilt => Extensions.Count > 0 && Extensions.All(e => e.Ok);
}

/// <summary>
/// The build stage: compiles the workloads' Cython/OpenMP extensions once per interpreter
/// (they are ABI-specific), skipping the compile when neither sources nor interpreter changed.
/// </summary>
internal sealed class ExtensionBuilder(ReproSettings settings, IAnsiConsole console)
{
    public async Task<IReadOnlyList<BuildResult>> RunAsync(bool force, CancellationToken ct)
    {
        var sourceHash = settings.Layout.WorkloadSourceHash();
        var results = new List<BuildResult>();
        foreach (var (interpreter, index) in settings.Interpreters.Select((i, index) => (i, index)))
        {
            try
            {
                results.Add(await BuildOneAsync(interpreter, sourceHash, force, ct).ConfigureAwait(false));
            }
            catch (MissingCythonException e)
            {
                if (index == 0) throw new ReproException(e.Message);
                // A secondary runtime without Cython (a free-threaded build, say): its omp variants will
                // report "unavailable" at run time; the reference runtime still needs them.
                console.MarkupLineInterpolated($"[yellow]note:[/] {e.Message}; its Cython variants will be recorded as unavailable");
            }
        }
        return results;
    }

    private async Task<BuildResult> BuildOneAsync(Interpreter interpreter, string sourceHash, bool force, CancellationToken ct)
    {
        var outDir = settings.Layout.BuildDir(interpreter);
        var stamp = Path.Combine(outDir, "build.json");
        if (!force && File.Exists(stamp))
        {
            var previous = Json.ReadFile<BuildResult>(stamp, "build record");
            if (previous.SourceHash == sourceHash && previous.AllBuilt)
            {
                console.MarkupLineInterpolated($"[grey]{interpreter.Label}: extensions up to date in {outDir}[/]");
                return previous;
            }
        }

        var facts = await PythonProbe.RunAsync(settings.Layout, interpreter, ct).ConfigureAwait(false);
        if (facts.Cython is null)
            throw new MissingCythonException($"Cython is missing for Python '{interpreter.Label}' ({interpreter.Path}): run 'dotnet cake --target=Doctor' or 'repro doctor --install'");

        console.MarkupLineInterpolated($"{interpreter.Label}: compiling Cython extensions with OpenMP into {outDir} ...");
        var spec = PythonCommand.Create(settings.Layout, interpreter, ["-m", "ppp", "build", "--out", outDir],
            OpenMpToolchain.BuildEnvironment(CurrentOs.Kind, OpenMpToolchain.Current())) with { Timeout = TimeSpan.FromMinutes(15) };
        var run = await ProcessRunner.RunAsync(spec, ct).ConfigureAwait(false);
        var result = Parse(run, interpreter, sourceHash);
        Json.WriteFile(stamp, result);
        foreach (var e in result.Extensions)
            console.MarkupLine((e.Ok ? "  [green]ok[/]     " : "  [red]failed[/] ") + Markup.Escape(e.Module + (e.Error is null ? "" : ": " + e.Error)));
        if (!result.AllBuilt)
            throw new ReproException($"Cython build failed for Python '{interpreter.Label}': {result.Extensions.FirstOrDefault(e => !e.Ok)?.Error ?? PythonProbe.LastLine(run.StandardErrorTail)}");
        return result;
    }

    private static BuildResult Parse(ProcessResult run, Interpreter interpreter, string sourceHash)
    {
        try
        {
            var output = JsonSerializer.Deserialize<BuildOutput>(run.StandardOutput, Json.Options) ?? throw new JsonException("null");
            return new BuildResult(interpreter.Label, sourceHash, output.Extensions ?? [], output.Compiler?.Version, output.Cython);
        }
        catch (JsonException)
        {
            throw new ReproException($"Cython build for Python '{interpreter.Label}' printed no readable result (exit {run.ExitCode}): {PythonProbe.LastLine(run.StandardErrorTail)}");
        }
    }

    private sealed class MissingCythonException(string message) : Exception(message);

    private sealed record BuildOutput(IReadOnlyList<ExtensionStatus>? Extensions, CompilerOutput? Compiler, string? Cython);

    private sealed record CompilerOutput(string? Executable, string? Version);
}
