// Runtimes beside the system Python: a free-threaded CPython 3.13, built once per machine, linked into the
// checkout and registered under labels that Interpreters can name (ft, ft-gil).
//
// The build takes minutes, so it lives in a per-machine cache that every clone links to (CI starts from a
// clean clone each time): ${XDG_CACHE_HOME:-$HOME/.cache}/parallelrepro/python3.13t-<recipe>, or the folder named
// by PARALLELREPRO_FREE_THREADED_PREFIX. CPython finds its library from where it is started, so through the
// link sys.prefix is the checkout's .tools/python3.13t.
//
// The folder name carries the recipe: when what the build contains changes (r2: Cython, setuptools and psutil
// installed; test modules left out), a new folder is built and an older build is never reused. --ft-optimized
// builds with PGO and LTO, in a folder of its own, and links that one instead.

const string FreeThreadedPrefixVariable = "PARALLELREPRO_FREE_THREADED_PREFIX";
const string FreeThreadedRecipe = "r2";
var freeThreadedOptimized = Argument("ft-optimized", false);

Task("Python-FreeThreaded")
    .Description("Build CPython 3.13 with --disable-gil, Cython, setuptools and psutil once per machine (cached; --ft-optimized=true adds PGO+LTO), link it at .tools/python3.13t, register ft (GIL off) and ft-gil (GIL on) in .tools/runtimes.ini")
    // The build recipe needs Debian's apt (sources) and a POSIX toolchain; elsewhere a free-threaded Python is installed by hand.
    .WithCriteria(() => IsRunningOnLinux(), "the free-threaded CPython is built only on Linux (Debian); elsewhere install one and name it in --interpreters")
    .Does(() =>
    {
        var prefix = FreeThreadedPrefix();
        var build = StartProcess("bash", new ProcessSettings
        {
            Arguments = new ProcessArgumentBuilder().AppendQuoted("build/scripts/free-threaded-python.sh").AppendQuoted(prefix),
            EnvironmentVariables = new Dictionary<string, string> { ["FREE_THREADED_OPTIMIZED"] = freeThreadedOptimized ? "1" : "0" },
        });
        if (build != 0) throw new CakeException(build, $"free-threaded CPython: building into {prefix} failed (the lines above say why)");

        var tools = MakeAbsolute(Directory(".tools"));
        EnsureDirectoryExists(tools);
        var link = tools.Combine("python3.13t").FullPath;
        LinkFolder(link, prefix);
        // Checked through the link, as the pipeline will start it.
        var python = $"{link}/bin/python3.13t";
        var check = StartProcess(python, new ProcessSettings { Arguments = new ProcessArgumentBuilder().AppendQuoted(MakeAbsolute(File("build/scripts/free-threaded-check.py")).FullPath), RedirectStandardOutput = true }, out var said);
        if (check != 0) throw new CakeException(check, $"free-threaded CPython: {python} does not work through the link to {prefix} (the line above says why)");
        Information($"{python}: {string.Join(" ", said)}");

        WriteRuntimeRegistry(tools.CombineWithFilePath("runtimes.ini").FullPath, new[]
        {
            // The fair GIL comparison: one binary, the GIL forced off or on through PYTHON_GIL.
            "ft=.tools/python3.13t/bin/python3.13t?gil=off",
            "ft-gil=.tools/python3.13t/bin/python3.13t?gil=on",
        });
    });

string FreeThreadedPrefix()
{
    var given = EnvironmentVariable(FreeThreadedPrefixVariable);
    if (!string.IsNullOrWhiteSpace(given)) return System.IO.Path.GetFullPath(given.Trim());
    var cache = EnvironmentVariable("XDG_CACHE_HOME");
    if (string.IsNullOrWhiteSpace(cache))
    {
        var home = EnvironmentVariable("HOME");
        if (string.IsNullOrWhiteSpace(home)) throw new CakeException(2, $"free-threaded CPython: neither HOME nor XDG_CACHE_HOME is set; set {FreeThreadedPrefixVariable} to the folder to build it in");
        cache = System.IO.Path.Combine(home, ".cache");
    }
    return System.IO.Path.Combine(cache, "parallelrepro", $"python3.13t-{FreeThreadedRecipe}{(freeThreadedOptimized ? "-opt" : "")}");
}

// .tools/python3.13t -> the cache; an old link (another cache folder, or a cleared one) is replaced, but a real
// folder is someone's build and is left alone.
void LinkFolder(string link, string target)
{
    var existing = new System.IO.FileInfo(link);
    if (existing.LinkTarget == target) return;
    if (existing.LinkTarget is not null) System.IO.File.Delete(link);
    else if (System.IO.Directory.Exists(link) || System.IO.File.Exists(link))
        throw new CakeException(2, $"free-threaded CPython: {link} exists and is not a link; remove it so that it can link to {target}");
    System.IO.Directory.CreateSymbolicLink(link, target);
    Information($"linked {link} -> {target}");
}

// The labels `repro` resolves (src/ParallelRepro/Configuration/RuntimeRegistry.cs reads this format). Entries
// of other labels, registered by hand, are kept. Written whole and then moved, so a reader never sees half a file.
void WriteRuntimeRegistry(string file, string[] entries)
{
    string Label(string line) => line.Split('=')[0].Trim();
    var ours = entries.Select(Label).ToHashSet();
    var others = System.IO.File.Exists(file)
        ? System.IO.File.ReadAllLines(file).Where(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith(";") && !l.TrimStart().StartsWith("#") && !ours.Contains(Label(l)))
        : Enumerable.Empty<string>();
    var lines = new[]
    {
        "; Runtimes registered for this checkout: labels that Interpreters (cake.config) and --interpreters can name,",
        "; e.g. --interpreters=python3=/usr/bin/python3,ft,ft-gil. Written by `dotnet cake --target=Python-FreeThreaded`;",
        "; one label=path[?gil=on|off] per line, paths relative to the checkout root.",
    }.Concat(others).Concat(entries);
    var partial = file + ".partial";
    System.IO.File.WriteAllLines(partial, lines);
    System.IO.File.Move(partial, file, overwrite: true);
    Information($"registered {string.Join(", ", entries.Select(e => e.Split('=')[0]))} in {file}");
}
