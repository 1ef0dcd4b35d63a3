using System.Globalization;

namespace ParallelRepro.DotNet.Workloads.IoBound;

/// <summary>
/// io_bound processes (mp): the span chunks cut into n contiguous ranges, one worker process each, over its own
/// kept-alive connection; found titles come back on stdout, one per line. (The Python mp variant shares a queue;
/// a fixed split needs no end markers, so io_bound 2's race cannot arise.)
/// </summary>
internal sealed class IoBoundProcesses(WorkloadInput input, int workers) : IoBoundRun(input)
{
    public const string Group = "io_bound";

    public override void Proc()
    {
        var args = Chunking.Contiguous(Job.SpanChunks.Count, workers)
            .Select(c => (IReadOnlyList<string>)[Group, "--data", Input.DataDir, "--wiki-url", Api.ToString(), "--start", Invariant(c.Start), "--end", Invariant(c.End)])
            .ToArray();
        var found = WorkerProcesses.Run(Input.Self, args)
            .SelectMany(output => output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            .ToList();
        SinglesInMain(found);
        Found = found;
    }

    /// <summary>The child: span chunks [start, end), one connection, one found title per line.</summary>
    public static void Worker(string dataDir, Uri api, int start, int end, TextWriter output)
    {
        var chunks = IoBoundInput.Load(dataDir).SpanChunks;
        using var http = WikiClient.CreateHttp();
        var wiki = new WikiClient(http, api);
        for (var k = start; k < end; k++)
        {
            foreach (var title in wiki.Query(chunks[k], redirects: false)) output.Write(title + "\n");
        }
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
