using System.CommandLine;
using ParallelRepro.Claims;

namespace ParallelRepro.Cli.Verbs;

/// <summary><c>repro claims</c>: decides every claim of the paper on results.json (+ effort.json, profiles) into claims.json.</summary>
internal static class ClaimsVerb
{
    public static Command Create(CliServices services)
    {
        var settings = new SettingsOptions();
        var from = new Option<string?>("--from") { Description = "Folder with results.json [+ effort.json, profiles/] (default: artifacts)" };
        var command = new Command("claims", "Check each of the paper's claims against the results into claims.json: reproduced, not reproduced, inconclusive, or not testable here") { from };
        settings.AddTo(command);
        command.SetAction((parse, ct) =>
        {
            var s = settings.Resolve(parse);
            var sources = ClaimSources.In(parse.GetValue(from) is { } dir ? Path.GetFullPath(dir) : s.Layout.Artifacts);
            var report = ClaimsStage.Decide(sources.Load(), services.Clock);
            var path = Path.Combine(s.Layout.Artifacts, ClaimsFile.FileName);
            ClaimsFile.Write(path, report);

            var table = new Table().AddColumns("claim", "scope", "verdict", "why / evidence");
            foreach (var o in report.Outcomes)
                table.AddRow(Markup.Escape(o.Id), Markup.Escape(o.Scope), $"{o.Verdict.Mark()} {o.Verdict.Text()}",
                    Markup.Escape(o.Reason ?? string.Join("; ", o.Conditions.Where(c => c.State != ConditionState.Holds).Select(c => c.Text)).DefaultIfEmptyText("all conditions hold")));
            services.Console.Write(table);
            var c = report.Counts;
            services.Console.MarkupLineInterpolated($"{c.Text()}: {path}");
            return Task.FromResult(0);
        });
        return command;
    }

    private static string DefaultIfEmptyText(this string text, string fallback) => text.Length == 0 ? fallback : text;
}
