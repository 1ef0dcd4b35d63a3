using System.Globalization;

namespace ParallelRepro.DotNet.Workloads.CpuBound;

/// <summary>
/// cpu_bound processes (mp): one child process per contiguous chunk. Like a forked Python child, each child starts
/// with its own copy of the rows (it reads the input file); it reports the duplicates it found and the distances it
/// set on stdout (cpu_bound 3: a child's copy is private), and the parent applies them after every child has ended.
/// </summary>
internal sealed class CpuBoundProcesses(IntRows rows, int workers, WorkloadInput input) : CpuBoundRun(rows)
{
    public const string Group = "cpu_bound";

    public override void Proc()
    {
        var args = Chunking.Contiguous(Rows.Count, workers)
            .Select(c => (IReadOnlyList<string>)[Group, "--data", input.DataDir, "--start", Invariant(c.Start), "--end", Invariant(c.End)])
            .ToArray();
        var dups = new bool[Rows.Count];
        var distance = Distance;
        foreach (var output in WorkerProcesses.Run(input.Self, args))
        {
            foreach (var fields in WorkerProcesses.Lines(output))
            {
                var j = int.Parse(fields[1], CultureInfo.InvariantCulture);
                if (fields[0] == "d") dups[j] = true;
                else distance[j] = int.Parse(fields[2], CultureInfo.InvariantCulture);
            }
        }
        Dups = dups;
    }

    /// <summary>The child: scan rows [start, end) of its own copy; print "d j" per duplicate, "f j distance" per distance set.</summary>
    public static void Worker(string dataDir, int start, int end, TextWriter output)
    {
        var rows = IntRows.Load(Path.Combine(dataDir, Input));
        var repeats = CpuBoundKernel.RepeatFlags(rows.Origin, rows.Destination);
        var dups = new bool[rows.Count];
        var distance = (int[])rows.Distance.Clone();
        CpuBoundKernel.Scan(rows.Origin, rows.Destination, distance, rows.Distance, repeats, dups, start, end);
        for (var j = 0; j < rows.Count; j++)
        {
            if (dups[j]) output.Write(string.Create(CultureInfo.InvariantCulture, $"d {j}\n"));
            if (distance[j] != rows.Distance[j]) output.Write(string.Create(CultureInfo.InvariantCulture, $"f {j} {distance[j]}\n"));
        }
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
