using System.Globalization;
using System.Text.RegularExpressions;

namespace ParallelRepro.Testing;

/// <summary>The outcomes of a Python <c>unittest</c> run, from what it printed ("Ran N tests", "FAILED (failures=1, skipped=2)").</summary>
public static partial class UnittestCounts
{
    public static TestCounts Parse(IReadOnlyList<string> lines, int exitCode)
    {
        var ran = lines.Select(l => RanLine().Match(l)).FirstOrDefault(m => m.Success);
        var total = ran is null ? 0 : Number(ran.Groups[1].Value);
        // The last summary line counts: a test may itself print something that looks like one.
        int Field(string name)
            => lines.Select(l => Regex.Match(l, Regex.Escape(name) + @"=(\d+)")).LastOrDefault(m => m.Success) is { } m ? Number(m.Groups[1].Value) : 0;
        var failed = Field("failures") + Field("errors") + Field("unexpected successes");
        var skipped = Field("skipped") + Field("expected failures");
        if (exitCode != 0 && failed == 0) failed = 1; // the runner itself broke (an import error before any test, a crash)
        return new TestCounts(Math.Max(0, total - failed - skipped), failed, skipped);
    }

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^Ran (\d+) test")]
    private static partial Regex RanLine();
}
