// The reproduction, stage by stage. Each task names its dependency and calls one `repro` verb.

// Compile builds the product's projects, not the whole solution: the tests' project takes a third of a clean build
// (10 s of 32 on 2 cores), and the default reproduction must fit in 10 minutes. One build of a solution filter, not one
// per entry project, so that MSBuild compiles the C# programs beside the repro CLI's chain of projects (a fresh
// clone's build: 27.9 s against 29.0, medians of five farm-bench pairs).
Task("Compile")
    .Description("Compile the product (the repro CLI and the C# programs; Test compiles the tests), then check the arguments given to Cake against the settings")
    .Does(() =>
    {
        DotNetBuild("ParallelRepro.Product.slnf", BuildSettings);
        Repro("settings", "--check");
    });

DotNetBuildSettings BuildSettings => new DotNetBuildSettings { Configuration = Configuration, NoLogo = true, Verbosity = DotNetVerbosity.Minimal };

Task("Setup")
    .Description("Install what the reproduction and the tests need (Debian packages, actionlint, the free-threaded CPython); seconds when all is there")
    .IsDependentOn("Setup-Packages")
    .IsDependentOn("Python-FreeThreaded");

Task("Setup-Packages")
    .Description("The Debian packages and npm tools of the set-up (repro setup)")
    .IsDependentOn("Compile")
    .Does(() => Repro("setup"));

Task("Doctor")
    .Description("Check Python, Cython, numpy, psutil, the C compiler and OpenMP; install what is missing")
    .IsDependentOn("Compile")
    .Does(() => Repro("doctor", "--install"));

Task("Build")
    .Description("Compile the Cython/OpenMP extensions for every interpreter")
    .IsDependentOn("Doctor")
    .Does(() => Repro("build"));

Task("Data")
    .Description("Generate the seeded input data of the profile")
    .IsDependentOn("Build")
    .Does(() => Repro("data"));

Task("Run")
    .Description("Measure the benchmark matrix")
    .IsDependentOn("Data")
    .Does(() => Repro("run"));

Task("DotNetBench")
    .Description("Measure the C# counterparts with BenchmarkDotNet (the runtime '.NET 10', beside Python)")
    .IsDependentOn("Data")
    .Does(() => Repro("dotnet-bench"));

Task("Aggregate")
    .Description("Statistics per cell into artifacts/results.json")
    .IsDependentOn("Run")
    .IsDependentOn("DotNetBench")
    .Does(() => Repro("aggregate"));

Task("Profile")
    .Description("cpu_bound.mt at n = 128 under cProfile, as the paper's Figure 2")
    .IsDependentOn("Data")
    .Does(() => Repro("profile", "cpu_bound.mt", "--n", "128", "--if-selected"));

Task("Claims")
    .Description("Check each of the paper's claims against the results (and effort.json) into artifacts/claims.json")
    .IsDependentOn("Aggregate")
    .IsDependentOn("Effort")
    .IsDependentOn("Profile")
    .Does(() => Repro("claims"));

Task("Decide")
    .Description("Extra rounds of the cells inconclusive claims read, within the decide budget; rewrites results.json and claims.json")
    .IsDependentOn("Claims")
    .Does(() =>
    {
        // It stops in time for the profile's wall-clock target, counted without the set-up's time.
        if (SetupSpent >= TimeSpan.FromSeconds(30))
            Information($"decide: the wall-clock target leaves out the set-up's {SetupSpent.TotalMinutes:0.0} min (installs and builds done once per machine)");
        Repro("decide", $"--started={ReproClockStart:o}");
    });

Task("Report")
    .Description("Write reports/<commit>/ (index.md, index.html, figures, data) and reports/index.html")
    .IsDependentOn("Decide")
    .Does(() => Repro("report"));

Task("Effort")
    .Description("Table 2 from the workload sources: artifacts/effort.json and effort.md")
    .IsDependentOn("Compile")
    .Does(() => Repro("effort"));

Task("Default")
    .Description("The whole reproduction: set-up, toolchain, build, data, runs, aggregate, report")
    .IsDependentOn("Setup")
    .IsDependentOn("Effort")
    .IsDependentOn("Report");
