using System.Globalization;

namespace ParallelRepro.DotNet.Workloads.Overhead;

/// <summary>
/// overhead processes (mp): one worker process per contiguous chunk runs the three passes on its chunk and sends its
/// extremes and partial table back on stdout; the parent merges them with the same rule. (The Python mp variant
/// shares Manager dicts instead, an IPC round trip per access; here the cost is process start and one pipe each.)
/// </summary>
internal sealed class OverheadProcesses(WorkloadInput input, int workers) : OverheadRun(input)
{
    public const string Group = "overhead";

    public override void Proc()
    {
        var args = Chunking.Contiguous(Rows.Count, workers)
            .Select(c => (IReadOnlyList<string>)[Group, "--data", Input.DataDir, "--start", Invariant(c.Start), "--end", Invariant(c.End)])
            .ToArray();
        var extremes = new Extremes();
        var table = new NearestTable();
        foreach (var output in WorkerProcesses.Run(Input.Self, args))
        {
            foreach (var f in WorkerProcesses.Lines(output))
            {
                var values = f.Skip(1).Select(x => int.Parse(x, CultureInfo.InvariantCulture)).ToArray();
                if (f[0] == "p") table.Update(values[0], values[1], values[2]);
                else if (values[0] is not (-1 or Extremes.NoMin)) extremes.Add(values[0]); // an empty chunk reports the starting values
            }
        }
        (Extremes, Table) = (extremes, table);
    }

    /// <summary>The child: the three passes over rows [start, end) of its own copy; prints "x max", "x min", then "p point partner distance".</summary>
    public static void Worker(string dataDir, int start, int end, TextWriter output)
    {
        var rows = IntRows.Load(Path.Combine(dataDir, InputFile));
        var extremes = new Extremes();
        var table = new NearestTable();
        ThreePasses(rows, extremes, table, start, end, gate: null);
        output.Write(string.Create(CultureInfo.InvariantCulture, $"x {extremes.Largest}\nx {extremes.Smallest}\n"));
        foreach (var (point, partner, distance) in table.Entries())
            output.Write(string.Create(CultureInfo.InvariantCulture, $"p {point} {partner} {distance}\n"));
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
