// The CI graph (.github/workflows/reproduce.yml): each job runs one of these targets. CI-Simulate runs two bench
// legs and the report job here, through the same `repro ci` jobs, so the workflow's path is exercised before a push.

Task("Bench")
    .Description("One CI leg: toolchain, extensions, data and runs for one runner label (--runner, --interpreters)")
    .IsDependentOn("Run");

Task("Merge")
    .Description("Aggregate every leg's runs (--legs=DIR, one folder per downloaded leg) into artifacts/results.json")
    .IsDependentOn("Compile")
    .Does(() => Repro("ci", "merge"));

Task("Publish-Report")
    .Description("The report job: merge the legs, then effort, claims and the report")
    .IsDependentOn("Merge")
    .Does(() => Repro("ci", "report"));

Task("Publish-Site")
    .Description("Add reports/<commit>/ to the site history (--site=DIR, a gh-pages checkout) and rebuild its index")
    .IsDependentOn("Compile")
    .Does(() => Repro("ci", "publish-site"));

Task("Publish")
    .Description("Commit status and pull request comment through the GitHub API (GITHUB_TOKEN from the environment)")
    .IsDependentOn("Compile")
    .Does(() => Repro("publish"));

Task("CI-Simulate")
    .Description("Two bench legs (sim-1core: --cores=1, sim-allcores: all cores; smoke profile), then the report job, under artifacts/ci-sim/")
    .IsDependentOn("Compile")
    .Does(() => Repro("ci", "simulate"));
