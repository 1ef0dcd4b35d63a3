// How tasks call the `repro` CLI: the compiled dll, with every argument given to Cake that is not Cake's own.
// The settings are defined once, in C# (src/ParallelRepro/Configuration/SettingsSchema.cs): Cake forwards
// them without knowing their names, and Compile runs `repro settings --check` on them, so that a typo such as
// --profle=smoke fails right after the build rather than after minutes of measuring.

const string Configuration = "Release";

// Cake's own arguments (the Cake .NET tool's options): consumed by Cake, never forwarded.
static readonly string[] CakeOwnArguments = { "target", "verbosity", "v", "dryrun", "noop", "whatif", "exclusive", "e", "showdescription", "description", "tree", "showtree", "bootstrap", "skip-bootstrap", "debug", "d", "info", "version", "help", "h", "paths", "settings_skipverification" };

FilePath ReproDll => File($"src/ParallelRepro.Cli/bin/{Configuration}/net10.0/repro.dll");

// When this reproduction started: Cake's own start, before it compiled this script.
static readonly DateTimeOffset ReproStarted = new DateTimeOffset(System.Diagnostics.Process.GetCurrentProcess().StartTime.ToUniversalTime());

// The set-up's time (the tasks Setup depends on, tasks.cake), which the wall-clock target leaves out: on a fresh
// machine they install Debian packages and build the free-threaded CPython (6.7 minutes of a fresh clone's first 14.7
// on the 2-core VM), once. Counted in, they left that first run's decide stage 0 of its 180 s: no extra round for the
// 5 claims its planned rounds left undecided.
static TimeSpan SetupSpent = TimeSpan.Zero;

TaskTeardown(context =>
{
    if (Tasks.Single(task => task.Name == "Setup").Dependencies.Any(d => d.Name == context.Task.Name)) SetupSpent += context.Duration;
});

// When the reproduction the wall-clock target is about started: Cake's start, moved on by the set-up's time.
DateTimeOffset ReproClockStart => ReproStarted + SetupSpent;

// --name=value for each forwarded argument; Cake reads names case-insensitively, the CLI's are lower case.
IEnumerable<string> ForwardedArguments() => Context.Arguments.GetArguments()
    .Where(argument => !CakeOwnArguments.Contains(argument.Key, StringComparer.OrdinalIgnoreCase))
    .SelectMany(argument => argument.Value.Select(value => $"--{argument.Key.ToLowerInvariant()}={value}"));

void Repro(string verb, params string[] extra)
{
    var args = new ProcessArgumentBuilder().AppendQuoted(ReproDll.FullPath).Append(verb);
    foreach (var argument in extra.Concat(ForwardedArguments())) args.AppendQuoted(argument);
    CheckExit(verb, StartProcess("dotnet", new ProcessSettings { Arguments = args }));
}

// A verb that measures exits 3 (ExitCodes.RunsFailed) when runs failed, timed out or gave wrong output, after recording
// every run: the later stages still aggregate and report them, and the build fails at its end (Teardown) so CI notices.
static readonly List<string> MeasurementFailures = new List<string>();

void CheckExit(string verb, int exit)
{
    if (exit == 3)
    {
        Warning($"repro {verb}: some runs failed (recorded; the report shows them); the build will fail at its end");
        MeasurementFailures.Add(verb);
        return;
    }
    if (exit != 0) throw new CakeException(exit, $"repro {verb} failed with exit code {exit} (the line above says why)");
}

Teardown(context =>
{
    if (MeasurementFailures.Count > 0)
        throw new CakeException(1, $"runs failed, timed out or gave wrong output in: {string.Join(", ", MeasurementFailures.Distinct())} (see the report)");
});
