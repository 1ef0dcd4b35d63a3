using ParallelRepro.Reporting;

namespace ParallelRepro.Tests.Fixtures;

/// <summary>
/// The report of the fixed fixture in TestData/Reporting/fixture (two runtimes on a 4-core runner, all four
/// programs, a wrong output, a timeout, an unavailable variant, effort.json, a cProfile run), built once
/// per test class into a scratch reports folder with a fixed clock.
/// </summary>
public sealed class ReportFixture : IDisposable
{
    private readonly TempDir scratch = new();

    public ReportFixture()
    {
        Output = new ReportBuilder(Reports, FixedClock.Default).Build(ReportInputs.FromFolder(Source));
    }

    public static string Source => Repo.TestData("Reporting", "fixture");

    public string Reports => Path.Combine(scratch.Path, "reports");

    public ReportOutput Output { get; }

    public string Markdown => File.ReadAllText(Output.Markdown);

    public string Html => File.ReadAllText(Output.Html);

    public void Dispose() => scratch.Dispose();
}
