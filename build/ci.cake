// The CI graph (.github/workflows/reproduce.yml): each job runs one of these targets. CI-Simulate runs
// two bench legs and the report job here, through the same functions, so the workflow's path is
// exercised before a push.

// Cake arguments of the CI targets (arguments.cake accepts these too).
static readonly string[] CiArgumentNames = { "legs", "site" };

Task("Bench")
    .Description("One CI leg: toolchain, extensions, data and runs for one runner label (--runner, --interpreters)")
    .IsDependentOn("Run");

Task("Merge")
    .Description("Aggregate every leg's runs (--legs=DIR, one folder per downloaded leg) into artifacts/results.json")
    .IsDependentOn("Compile")
    .Does(() => Merge(LegFolders(Argument<string>("legs")), artifacts: null));

Task("Publish-Report")
    .Description("The report job: merge the legs, then effort, claims and the report")
    .IsDependentOn("Merge")
    .Does(() => ReportStages(artifacts: null, reports: null));

Task("Publish-Site")
    .Description("Add reports/<commit>/ to the site history (--site=DIR, a gh-pages checkout) and rebuild its index")
    .IsDependentOn("Compile")
    .Does(() => AddToSite(Directory("reports"), Directory(Argument<string>("site"))));

Task("Publish")
    .Description("Commit status and pull request comment through the GitHub API (GITHUB_TOKEN from the environment)")
    .IsDependentOn("Compile")
    .Does(() => Repro("publish"));

Task("CI-Simulate")
    .Description("Two bench legs (sim-1core: --cores=1, sim-allcores: all cores; smoke profile), then the report job, under artifacts/ci-sim/")
    .IsDependentOn("Compile")
    .Does(() =>
    {
        var sim = MakeAbsolute(Directory("artifacts/ci-sim"));
        CleanDirectory(sim);
        foreach (var (runner, cores) in new[] { ("sim-1core", "1"), ("sim-allcores", "0") })
        {
            var leg = sim.Combine($"leg-{runner}").FullPath;
            var settings = new Dictionary<string, string> { ["runner"] = runner, ["cores"] = cores, ["profile"] = Argument("profile", "smoke") };
            foreach (var verb in new[] { "doctor", "build", "data", "run" })
                ReproWith(verb, settings, "--artifacts", Quoted(leg));
            // upload-artifact + download-artifact: each leg's runs/ lands in its own folder.
            CopyDirectory($"{leg}/runs", sim.Combine($"legs/runs-{runner}"));
        }
        var artifacts = sim.Combine("report/artifacts").FullPath;
        var reports = sim.Combine("report/reports").FullPath;
        Merge(LegFolders(sim.Combine("legs").FullPath), artifacts);
        ReportStages(artifacts, reports);
        AddToSite(Directory(reports), sim.Combine("site"));
        ReproWith("publish", NoSettings, "--artifacts", Quoted(artifacts), "--dry-run");
        Information($"CI simulation: report under {reports}, site under {sim.Combine("site")}");
    });

// The downloaded legs: one folder per artifact, each holding <runner>/records.jsonl.
string[] LegFolders(string legs)
{
    var folders = GetSubDirectories(legs).Select(d => d.FullPath).OrderBy(p => p, StringComparer.Ordinal).ToArray();
    if (folders.Length == 0) throw new CakeException(2, $"no leg folders under {legs} (did any bench leg upload its runs?)");
    return folders;
}

void Merge(string[] legFolders, string artifacts)
{
    var args = new List<string>();
    if (artifacts != null) args.AddRange(new[] { "--artifacts", Quoted(artifacts) });
    args.Add("--runs");
    args.AddRange(legFolders.Select(Quoted));
    ReproWith("aggregate", NoSettings, args.ToArray());
}

// Effort (Table 2 from the sources), claims and the report over the merged results, in that order: the report
// only reads the verdicts the claims stage wrote into claims.json.
void ReportStages(string artifacts, string reports)
{
    var where = new List<string>();
    if (artifacts != null) where.AddRange(new[] { "--artifacts", Quoted(artifacts) });
    if (reports != null) where.AddRange(new[] { "--reports", Quoted(reports) });
    ReproWith("effort", NoSettings, where.ToArray());
    ReproWith("claims", NoSettings, where.ToArray());
    ReproWith("report", NoSettings, where.ToArray());
}

// Append-only: every report folder is copied in (replacing only a folder of the same commit).
void AddToSite(DirectoryPath reports, DirectoryPath site)
{
    EnsureDirectoryExists(site);
    foreach (var report in GetSubDirectories(reports))
    {
        var target = site.Combine(report.GetDirectoryName());
        if (DirectoryExists(target)) DeleteDirectory(target, new DeleteDirectorySettings { Recursive = true });
        CopyDirectory(report, target);
        Information($"site: {target}");
    }
    if (ReproHasVerb("site")) ReproWith("site", NoSettings, "--reports", Quoted(MakeAbsolute(site).FullPath));
    else Warning("this repro has no 'site' verb yet: the site index was not rebuilt");
}

// Like Repro(), but with some settings fixed by the caller: a setting given both ways would be an error.
void ReproWith(string verb, IDictionary<string, string> settings, params string[] extra)
{
    var args = new ProcessArgumentBuilder().AppendQuoted(ReproDll.FullPath).Append(verb);
    foreach (var e in extra) args.Append(e);
    foreach (var name in ReproSettingNames)
    {
        if (settings.TryGetValue(name, out var value)) args.Append($"--{name}").AppendQuoted(value);
        else if (HasArgument(name)) args.Append($"--{name}").AppendQuoted(Argument<string>(name));
    }
    CheckExit(verb, StartProcess("dotnet", new ProcessSettings { Arguments = args }));
}

static readonly IDictionary<string, string> NoSettings = new Dictionary<string, string>();

static string Quoted(string path) => "\"" + path + "\"";

// Whether this build's CLI has a verb: its name at the start of a line of 'repro --help's command list.
bool ReproHasVerb(string verb)
{
    StartProcess("dotnet", new ProcessSettings { Arguments = new ProcessArgumentBuilder().AppendQuoted(ReproDll.FullPath).Append("--help"), RedirectStandardOutput = true }, out var help);
    return help.Any(line => System.Text.RegularExpressions.Regex.IsMatch(line, $@"^\s+{verb}(\s|$)"));
}
