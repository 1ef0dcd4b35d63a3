using System.Xml.Linq;
using ParallelRepro.Common;

namespace ParallelRepro.Testing;

/// <summary>The outcomes of the <c>dotnet test</c> result files (TRX) under a folder.</summary>
public static class TrxCounts
{
    /// <summary>
    /// Counted from each test's own result: the TRX &lt;Counters&gt; leave xunit's skipped tests out of notExecuted
    /// (they only show as total - executed).
    /// </summary>
    /// <param name="exitCode">How <c>dotnet test</c> ended: a failure that left no failed result (a build or host
    /// error) still counts as one failed test.</param>
    public static TestCounts Read(string folder, int exitCode)
    {
        var counts = default(TestCounts);
        if (Directory.Exists(folder))
            foreach (var trx in Directory.EnumerateFiles(folder, "*.trx", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                counts += Count(trx);
        return exitCode != 0 && counts.Failed == 0 ? counts with { Failed = 1 } : counts;
    }

    private static TestCounts Count(string trx)
    {
        XDocument document;
        try
        {
            document = XDocument.Load(trx);
        }
        catch (System.Xml.XmlException e)
        {
            throw new ReproException($"{trx}:{e.LineNumber}: not a readable TRX file ({e.Message})");
        }
        int passed = 0, failed = 0, skipped = 0;
        foreach (var result in document.Descendants().Where(e => e.Name.LocalName == "UnitTestResult"))
        {
            switch (result.Attribute("outcome")?.Value)
            {
                case "Passed": passed++; break;
                case "NotExecuted": skipped++; break;
                default: failed++; break; // Failed, Error, Timeout, Aborted, ...
            }
        }
        return new TestCounts(passed, failed, skipped);
    }
}
