// How tasks call the `repro` CLI: the compiled dll, with the [Repro] settings the user passed to Cake.

const string Configuration = "Release";
static readonly string[] ReproSettingNames = { "profile", "workers", "cores", "repetitions", "interpreters", "groups", "variants", "wiki-url", "seed", "runner", "timeout", "decide-budget" };

FilePath ReproDll => File($"src/ParallelRepro.Cli/bin/{Configuration}/net10.0/repro.dll");

// Cake arguments that override cake.config's [Repro] section, passed through unchanged.
ProcessArgumentBuilder ReproSettingsArgs()
{
    var args = new ProcessArgumentBuilder();
    foreach (var name in ReproSettingNames)
        if (HasArgument(name)) args.Append($"--{name}").AppendQuoted(Argument<string>(name));
    return args;
}

void Repro(string verb, params string[] extra)
{
    var args = new ProcessArgumentBuilder().AppendQuoted(ReproDll.FullPath).Append(verb);
    foreach (var e in extra) args.Append(e);
    foreach (var a in ReproSettingsArgs()) args.Append(a);
    CheckExit(verb, StartProcess("dotnet", new ProcessSettings { Arguments = args }));
}

// `repro run` and `repro dotnet-bench` exit 1 when runs failed, timed out or gave wrong output, after recording every
// run: the later stages still aggregate and report them, and the build fails at its end (Teardown) so CI notices.
static readonly List<string> MeasurementFailures = new List<string>();

void CheckExit(string verb, int exit)
{
    if (exit == 1 && (verb == "run" || verb == "dotnet-bench"))
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

// The interpreter for the project's own Python scripts and tests: Debian's, which sees the apt-installed
// Cython, numpy and psutil (a pyenv python3 first on PATH would not).
string ScriptPython() => FileExists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
