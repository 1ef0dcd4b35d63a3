using System.Globalization;
using Spectre.Console;

namespace ParallelRepro.Running;

/// <summary>
/// Shows progress over the matrix: a live bar with ETA on a terminal, one plain line per run
/// otherwise (CI logs, pipes), so both stay readable. Each finished run reports its records and its one-line summary.
/// </summary>
internal static class RunProgress
{
    public static async Task RunAsync(IAnsiConsole console, int total, Func<Action<IReadOnlyList<RunRecord>, string>, Task> work)
    {
        if (total == 0)
        {
            await work((_, _) => { }).ConfigureAwait(false);
            return;
        }
        if (console.Profile.Capabilities.Interactive && console.Profile.Capabilities.Ansi)
        {
            await console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .StartAsync(async ctx =>
                {
                    var task = ctx.AddTask("measuring", maxValue: total);
                    await work((records, _) =>
                    {
                        // Short, so the bar keeps its line: the reason of a failure is in the record and the report.
                        task.Description = Markup.Escape($"{records[0].Cell} {records[0].Status}");
                        task.Increment(1);
                    }).ConfigureAwait(false);
                }).ConfigureAwait(false);
            return;
        }
        var done = 0;
        await work((_, summary) =>
        {
            done++;
            console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{done}/{total}] {summary}"));
        }).ConfigureAwait(false);
    }
}
