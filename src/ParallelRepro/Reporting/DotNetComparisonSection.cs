using System.Globalization;
using System.Text;
using ParallelRepro.Aggregation;
using ParallelRepro.Common;
using ParallelRepro.Vocabulary;

namespace ParallelRepro.Reporting;

/// <summary>
/// "Python and C# side by side": per runner, cores and program, the best Python approach at each n next to the best C#
/// variant at the same n, measured on the same machine. Self-contained (Results in, Markdown out); empty when no
/// .NET runtime was measured. A runtime is .NET when its records say implementation <see cref="RuntimeIds.DotNet"/>.
/// </summary>
internal static class DotNetComparisonSection
{
    public const string Heading = "Python and C# side by side";

    public static string Markdown(Results results)
    {
        var md = new StringBuilder();
        foreach (var runner in results.Runners)
        {
            var dotnet = runner.Runtimes.Where(rt => results.RanDotNetPrograms(runner.Runner, rt)).ToArray();
            var python = runner.Runtimes.Except(dotnet).ToHashSet(StringComparer.Ordinal);
            foreach (var net in dotnet)
            {
                var cells = results.Cells.Where(c => c.Runner == runner.Runner && (c.Runtime == net || python.Contains(c.Runtime))).ToArray();
                foreach (var slice in cells.GroupBy(c => (c.Cores, c.Group)).OrderBy(g => g.Key.Cores).ThenBy(g => g.Key.Group, StringComparer.Ordinal))
                {
                    if (md.Length == 0) Introduction(md);
                    var cores = slice.Key.Cores == 0 ? "all cores" : $"{slice.Key.Cores.ToString(CultureInfo.InvariantCulture)} core(s)";
                    md.AppendLine(CultureInfo.InvariantCulture, $"### {MarkdownText.Escape(slice.Key.Group)} on {MarkdownText.Escape(runner.Runner)}: {MarkdownText.Escape(net)} vs Python ({cores})");
                    md.AppendLine();
                    md.Append(Table(slice.ToArray(), net));
                    md.AppendLine();
                }
            }
        }
        return md.ToString();
    }

    private static void Introduction(StringBuilder md)
    {
        md.AppendLine($"## {Heading}");
        md.AppendLine();
        md.AppendLine("The same four programs in C# (no GIL), on the same data and checked against the same serial output, measured on the same machine. For each n: the fastest Python approach (any variant and interpreter) and the fastest C# variant, with their median proc time and speedup over their own runtime's serial program; the last column is how many times faster C# is.");
        md.AppendLine();
        md.AppendLine("The paper's claims are about Python and are not checked here. Without a GIL, expect instead: threads speed up the CPU-bound and the matrix programs up to about the number of cores, and no longer slow down as threads are added; the I/O-bound program gains from threads as Python's does, since it waits on the network; the light overhead program gains nothing from any parallel variant.");
        md.AppendLine();
    }

    private static string Table(CellResult[] cells, string net)
    {
        var rows = new List<IReadOnlyList<string>>();
        var workers = cells.Where(c => !VariantIds.IsSerial(c.Variant)).Select(c => c.Workers).Distinct().Order();
        rows.Add(Row("serial", Best(cells.Where(c => c.Runtime != net && VariantIds.IsSerial(c.Variant))), Best(cells.Where(c => c.Runtime == net && VariantIds.IsSerial(c.Variant)))));
        foreach (var n in workers)
        {
            var at = cells.Where(c => !VariantIds.IsSerial(c.Variant) && c.Workers == n).ToArray();
            rows.Add(Row(n.ToString(CultureInfo.InvariantCulture), Best(at.Where(c => c.Runtime != net)), Best(at.Where(c => c.Runtime == net))));
        }
        string[] header = ["n", "best Python", "time", "speedup", "best .NET", "time", "speedup", "Python ÷ .NET"];
        return MarkdownText.Table(header, rows, [false, false, true, true, false, true, true, true]);
    }

    private static IReadOnlyList<string> Row(string n, CellResult? python, CellResult? dotnet)
    {
        var ratio = python?.ProcTime?.Median / dotnet?.ProcTime?.Median;
        return
        [
            n,
            python is null ? "–" : MarkdownText.Escape($"{VariantNames.Legend(python.Variant)} ({python.Runtime})"),
            Time(python?.ProcTime?.Median),
            Speedup(python),
            dotnet is null ? "–" : MarkdownText.Escape(dotnet.Variant),
            Time(dotnet?.ProcTime?.Median),
            Speedup(dotnet),
            ratio is null ? "–" : $"{MarkdownText.Ratio(ratio)}×",
        ];
    }

    /// <summary>Three significant digits, in ms below a second: C# times are often far below the report's 0.001 s resolution.</summary>
    private static string Time(double? seconds) => seconds switch
    {
        null => "–",
        >= 1 => string.Create(CultureInfo.InvariantCulture, $"{seconds:0.00} s"),
        >= 0.1 => string.Create(CultureInfo.InvariantCulture, $"{seconds * 1000:0} ms"),
        >= 0.01 => string.Create(CultureInfo.InvariantCulture, $"{seconds * 1000:0.0} ms"),
        >= 0.001 => string.Create(CultureInfo.InvariantCulture, $"{seconds * 1000:0.00} ms"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{seconds * 1000:0.000} ms"),
    };

    private static CellResult? Best(IEnumerable<CellResult> cells)
        => cells.Where(c => c.ProcTime is not null).OrderBy(c => c.ProcTime!.Median).ThenBy(c => c.Variant, StringComparer.Ordinal).FirstOrDefault();

    private static string Speedup(CellResult? cell)
        => cell?.Speedup is { } s && !VariantIds.IsSerial(cell.Variant) ? $"{MarkdownText.Ratio(s)}×" : "–";
}
