// The one test command: C# unit and end-to-end tests into TRX files, then `repro test-summary`, which runs the
// workload package's Python tests, counts both and closes with the line CI reads: "N passed, N failed, N skipped".

Task("Test")
    .Description("Run every test and print 'N passed, N failed, N skipped'")
    .IsDependentOn("Setup")
    .Does(() =>
    {
        CleanDirectory(TestResults);
        DotNetBuild("ParallelRepro.slnx", BuildSettings); // Compile builds the product only
        var exit = StartProcess("dotnet", $"test ParallelRepro.slnx -c {Configuration} --no-build --nologo --results-directory \"{TestResults}\" --logger trx --logger \"console;verbosity=normal\"");
        Repro("test-summary", "--trx", TestResults.FullPath, "--dotnet-exit", exit.ToString(System.Globalization.CultureInfo.InvariantCulture));
    });

DirectoryPath TestResults => MakeAbsolute(Directory("artifacts/test-results"));
