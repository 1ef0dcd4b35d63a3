using System.CommandLine;
using System.Globalization;
using ParallelRepro.Profiling;

namespace ParallelRepro.Cli.Verbs;

/// <summary><c>repro profile &lt;group&gt;.&lt;variant&gt; --workers N</c>: cProfile's top entries by internal time (Figure 2).</summary>
internal static class ProfileVerb
{
    public static Command Create(CliServices services)
    {
        var settings = new SettingsOptions();
        var program = new Argument<string>("program") { Description = "The variant to profile, e.g. cpu_bound.mt" };
        var workers = new Option<int>("--n") { Description = "Threads/processes (the paper profiled n = 128)", DefaultValueFactory = _ => 128 };
        var top = new Option<int>("--top") { Description = "How many entries to keep", DefaultValueFactory = _ => 15 };
        // The Cake task profiles cpu_bound.mt as part of every run, which must not fail when --groups leaves it out.
        var ifSelected = new Option<bool>("--if-selected") { Description = "Do nothing when the program's group is not among the groups (--groups, cake.config)" };
        var command = new Command("profile", "Run one variant under cProfile and keep the top entries by internal time") { program, workers, top, ifSelected };
        settings.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var resolved = settings.Resolve(parse);
            var group = parse.GetValue(program)!.Split('.')[0];
            if (parse.GetValue(ifSelected) && !resolved.Groups.Contains(group))
            {
                services.Console.WriteLine($"profile: skipped, {group} is not among the groups ({string.Join(",", resolved.Groups)})");
                return 0;
            }
            var (result, path) = await new CProfileRunner(resolved, services.Console)
                .RunAsync(parse.GetValue(program)!, parse.GetValue(workers), parse.GetValue(top), ct);
            var table = new Table().AddColumns("ncalls", "tottime", "percall", "cumtime", "function");
            foreach (var e in result.Top.Take(10))
                table.AddRow(e.Ncalls.ToString(CultureInfo.InvariantCulture), e.Tottime.ToString("0.000", CultureInfo.InvariantCulture),
                    e.PercallTottime.ToString("0.000", CultureInfo.InvariantCulture), e.Cumtime.ToString("0.000", CultureInfo.InvariantCulture), Markup.Escape(e.Function));
            services.Console.Write(table);
            services.Console.MarkupLineInterpolated($"wrote {path}");
            return 0;
        });
        return command;
    }
}
