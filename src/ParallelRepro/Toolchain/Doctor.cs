using ParallelRepro.Common;
using ParallelRepro.Configuration;
using Spectre.Console;

namespace ParallelRepro.Toolchain;

/// <summary>
/// The bootstrap stage: finds the interpreters and the compiler, checks the workload
/// requirements, optionally installs what is missing, and writes <c>artifacts/toolchain.json</c>.
/// </summary>
internal sealed class Doctor(ReproSettings settings, IAnsiConsole console, TimeProvider clock)
{
    public async Task<ToolchainReport> RunAsync(bool install, CancellationToken ct)
    {
        var report = await InspectAsync(ct).ConfigureAwait(false);
        var requirements = Path.Combine(settings.Layout.Workloads, "requirements.txt");
        var plan = InstallPlan.For(report, requirements);
        if (install && !plan.IsEmpty && plan.AptPackages.Count > 0 && AptInstaller.CanInstall())
        {
            await AptInstaller.InstallAsync(plan.AptPackages, console, ct).ConfigureAwait(false);
            report = await InspectAsync(ct).ConfigureAwait(false);
            plan = InstallPlan.For(report, requirements);
        }

        Json.WriteFile(settings.Layout.ToolchainFile, report);
        Print(report);
        foreach (var line in RegisteredRuntimeLines(RuntimeRegistry.Load(settings.Layout)))
            console.MarkupLineInterpolated($"{line}");
        console.MarkupLineInterpolated($"wrote [link]{settings.Layout.ToolchainFile}[/]");

        foreach (var note in report.Notes())
            console.MarkupLineInterpolated($"[yellow]note:[/] {note}");
        var problems = report.Problems();
        if (problems.Count == 0) return report;
        foreach (var command in plan.Commands())
            console.MarkupLineInterpolated($"to fix, run: [yellow]{command}[/]");
        throw new ReproException(problems.Count == 1 ? problems[0] : $"{problems[0]} (and {problems.Count - 1} more problem(s) above)");
    }

    private async Task<ToolchainReport> InspectAsync(CancellationToken ct)
    {
        var interpreters = new List<InterpreterStatus>();
        foreach (var interpreter in settings.Interpreters)
        {
            try
            {
                var facts = await PythonProbe.RunAsync(settings.Layout, interpreter, ct).ConfigureAwait(false);
                interpreters.Add(new InterpreterStatus(interpreter.Label, interpreter.Path, facts, null));
            }
            catch (ReproException e)
            {
                interpreters.Add(new InterpreterStatus(interpreter.Label, interpreter.Path, null, e.Message));
            }
        }
        var compiler = await CompilerCheck.RunAsync(ct).ConfigureAwait(false);
        return new ToolchainReport(clock.GetUtcNow(), MachineInfo.Current, interpreters, compiler);
    }

    /// <summary>
    /// One line per runtime of the checkout's registry, so that the labels Interpreters can name are visible
    /// even when they are not measured this time; a registered build that is gone says how to bring it back.
    /// </summary>
    internal static IEnumerable<string> RegisteredRuntimeLines(RuntimeRegistry registry)
        => registry.Runtimes.Select(r =>
            $"registered runtime {r.Label} = {r.Entry}{(File.Exists(r.Path) || !RuntimeRegistry.HasFolder(r.Path) ? "" : $" (MISSING: run {RuntimeRegistry.RegisterCommand})")} ({registry.File})");

    private void Print(ToolchainReport report)
    {
        var table = new Table().AddColumns("component", "found");
        foreach (var i in report.Interpreters)
        {
            var f = i.Facts;
            table.AddRow(Markup.Escape($"python '{i.Label}'"), Markup.Escape(f is null
                ? $"MISSING: {i.Error}"
                : $"{f.Implementation} {f.Version}{(f.FreeThreadedBuild ? " (free-threaded)" : "")} at {f.Executable}; " +
                  $"Cython {f.Cython ?? "MISSING"}, numpy {f.Numpy ?? "MISSING"}, psutil {f.Psutil ?? "MISSING"}"));
        }
        var c = report.Compiler;
        table.AddRow("C compiler", Markup.Escape(c.Version ?? $"MISSING ({c.Command})"));
        table.AddRow("OpenMP", Markup.Escape(c.OpenMp ? $"yes (_OPENMP {c.OpenMpVersion})" : c.Note ?? $"NO: {c.Error}"));
        table.AddRow("machine", Markup.Escape($"{report.Machine.CpuModel}, {report.Machine.LogicalCores} logical cores, {report.Machine.Os}"));
        console.Write(table);
    }
}
