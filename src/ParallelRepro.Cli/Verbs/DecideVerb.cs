using System.CommandLine;
using ParallelRepro.Claims;
using ParallelRepro.Deciding;

namespace ParallelRepro.Cli.Verbs;

/// <summary>
/// <c>repro decide</c>: extra rounds aimed at the inconclusive claims of this runner, within the decide budget;
/// rewrites results.json and claims.json.
/// </summary>
internal static class DecideVerb
{
    public static Command Create(CliServices services)
    {
        var settings = new SettingsOptions();
        var started = new Option<DateTimeOffset?>("--started")
        {
            Description = "When the whole reproduction started (Cake passes it): stop in time for the profile's wall-clock target (quick: 10 minutes), whatever is left of the budget",
        };
        var command = new Command("decide", "Run extra rounds of the cells that inconclusive claims read, until they are decided or the budget is spent");
        settings.AddTo(command);
        command.Options.Add(started);
        command.SetAction(async (parse, ct) =>
        {
            var s = settings.Resolve(parse);
            var deadline = parse.GetValue(started) is { } start && s.Profile.WallTarget is { } target ? start + target - DecisionRounds.AfterDecide : (DateTimeOffset?)null;
            var claims = await new DecisionRounds(s, services.Console, services.Clock).RunAsync(s.DecideBudget, ct, deadline);
            var c = claims.Counts;
            services.Console.MarkupLineInterpolated($"{c.Reproduced} reproduced, {c.NotReproduced} not reproduced, {c.Inconclusive} inconclusive, {c.NotTestableHere} not testable here: {Path.Combine(s.Layout.Artifacts, ClaimsFile.FileName)}");
            return 0;
        });
        return command;
    }
}
