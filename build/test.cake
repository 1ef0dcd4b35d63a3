// The one test command: C# unit and end-to-end tests, then the workload package's Python tests,
// closed by the line CI reads: "N passed, N failed, N skipped".

Task("Test")
    .Description("Run every test and print 'N passed, N failed, N skipped'")
    .IsDependentOn("Setup")
    .Does(() =>
    {
        var resultsDir = MakeAbsolute(Directory("artifacts/test-results"));
        CleanDirectory(resultsDir);
        var dotnetFailed = false;
        try
        {
            DotNetTest("ParallelRepro.slnx", new DotNetTestSettings
            {
                Configuration = Configuration,
                NoBuild = true,
                NoLogo = true,
                ResultsDirectory = resultsDir,
                Loggers = new[] { "trx", "console;verbosity=normal" },
            });
        }
        catch (CakeException)
        {
            dotnetFailed = true; // counted from the TRX files below
        }

        var counts = TrxCounts(resultsDir);
        var python = PythonTestCounts();
        var passed = counts.Passed + python.Passed;
        var failed = counts.Failed + python.Failed;
        var skipped = counts.Skipped + python.Skipped;
        if (dotnetFailed && counts.Failed == 0) failed++; // dotnet test failed without a result file: count it
        // Plain console output: Cake would colour the numbers, and CI reads this line as text.
        Console.WriteLine($"{passed} passed, {failed} failed, {skipped} skipped");
        if (failed > 0) throw new CakeException(1, $"{failed} test(s) failed");
    });

// Counted from each test's own result: the TRX <Counters> leave xunit's skipped tests out of notExecuted
// (they only show as total - executed).
(int Passed, int Failed, int Skipped) TrxCounts(DirectoryPath dir)
{
    int passed = 0, failed = 0, skipped = 0;
    foreach (var trx in GetFiles(dir.FullPath + "/**/*.trx"))
        foreach (var result in System.Xml.Linq.XDocument.Load(trx.FullPath).Descendants().Where(e => e.Name.LocalName == "UnitTestResult"))
            switch (result.Attribute("outcome")?.Value)
            {
                case "Passed": passed++; break;
                case "NotExecuted": skipped++; break;
                default: failed++; break; // Failed, Error, Timeout, Aborted, ...
            }
    return (passed, failed, skipped);
}

// The workload package's own tests (unittest), run with the pipeline's first interpreter.
(int Passed, int Failed, int Skipped) PythonTestCounts()
{
    var python = ScriptPython();
    var settings = new ProcessSettings
    {
        Arguments = "-m unittest discover -s src/workloads/tests -t src/workloads -v",
        RedirectStandardError = true,
        RedirectStandardOutput = true,
        EnvironmentVariables = new Dictionary<string, string> { ["PYTHONPATH"] = MakeAbsolute(Directory("src/workloads")).FullPath, ["PYTHONDONTWRITEBYTECODE"] = "1" },
    };
    var exit = StartProcess(python, settings, out var stdout, out var stderr);
    var lines = stderr.Concat(stdout).ToList();
    foreach (var line in lines) Console.WriteLine(line);
    var ran = lines.Select(l => System.Text.RegularExpressions.Regex.Match(l, @"^Ran (\d+) test")).FirstOrDefault(m => m.Success);
    var total = ran is null ? 0 : int.Parse(ran.Groups[1].Value);
    int Field(string name)
    {
        var m = lines.Select(l => System.Text.RegularExpressions.Regex.Match(l, name + @"=(\d+)")).LastOrDefault(x => x.Success);
        return m is null ? 0 : int.Parse(m.Groups[1].Value);
    }
    var failed = Field("failures") + Field("errors") + Field("unexpected successes");
    var skipped = Field("skipped") + Field("expected failures");
    if (exit != 0 && failed == 0) failed = 1; // the runner itself broke
    return (total - failed - skipped, failed, skipped);
}
