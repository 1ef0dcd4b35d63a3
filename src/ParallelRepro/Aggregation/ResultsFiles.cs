using System.Globalization;
using System.Text;
using ParallelRepro.Common;

namespace ParallelRepro.Aggregation;

/// <summary>Writes and reads <c>results.json</c> and the flat <c>results.csv</c> for spreadsheets.</summary>
internal static class ResultsFiles
{
    public static void Write(Results results, string jsonPath, string csvPath)
    {
        Json.WriteFile(jsonPath, results);
        AtomicFile.WriteAllText(csvPath, ToCsv(results));
    }

    public static Results Read(string path)
    {
        var results = Json.ReadFile<Results>(path, "results file");
        if (results.SchemaVersion != Results.CurrentSchema)
            throw new ReproException($"{path}: results schema {results.SchemaVersion} is not supported (expected {Results.CurrentSchema}); re-run 'repro aggregate'");
        ResultsCheck.Verify(results, path);
        return results;
    }

    public static string ToCsv(Results results)
    {
        var csv = new StringBuilder();
        csv.AppendLine("runner,runtime,cores,group,variant,workers,ok_runs,failed_runs,median_proc_s,min_proc_s,max_proc_s,q1_proc_s,q3_proc_s,ci_low_proc_s,ci_high_proc_s,median_real_s,cpu_utilization,speedup,speedup_low,speedup_high,efficiency");
        foreach (var c in results.Cells)
        {
            var p = c.ProcTime;
            string[] fields =
            [
                Escape(c.Runner), Escape(c.Runtime), Num(c.Cores), c.Group, c.Variant, Num(c.Workers),
                Num(c.Statuses.GetValueOrDefault("ok")), Num(c.Statuses.Where(s => s.Key != "ok").Sum(s => s.Value)),
                Num(p?.Median), Num(p?.Min), Num(p?.Max), Num(p?.Q1), Num(p?.Q3), Num(p?.CiLow), Num(p?.CiHigh),
                Num(c.RealTime?.Median), Num(c.CpuUtilization), Num(c.Speedup), Num(c.SpeedupLow), Num(c.SpeedupHigh), Num(c.Efficiency),
            ];
            csv.AppendLine(string.Join(',', fields));
        }
        return csv.ToString();
    }

    private static string Num(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";

    private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Escape(string text)
        => text.IndexOfAny([',', '"', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
