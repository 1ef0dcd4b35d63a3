using System.Collections.Concurrent;

namespace ParallelRepro.DotNet.Workloads.IoBound;

/// <summary>io_bound serial: one request after another, each on a new connection.</summary>
internal sealed class IoBoundSerial(WorkloadInput input) : IoBoundRun(input)
{
    public override void Proc()
    {
        using var http = WikiClient.CreateHttp();
        var wiki = new WikiClient(http, Api, newConnectionPerRequest: true);
        var found = new List<string>();
        foreach (var chunk in Job.SpanChunks) found.AddRange(wiki.Query(chunk, redirects: false));
        foreach (var chunk in Job.SingleChunks) found.AddRange(wiki.Query(chunk, redirects: true));
        Found = found;
    }
}

/// <summary>
/// io_bound threads (mt): the span chunks on a queue filled before the threads start; n Threads drain it, each over
/// its own kept-alive connection, blocking on the socket as Python threads do (without a GIL to re-acquire).
/// </summary>
internal sealed class IoBoundThreads(WorkloadInput input, int workers) : IoBoundRun(input)
{
    public override void Proc()
    {
        var chunks = new ConcurrentQueue<string[]>(Job.SpanChunks);
        var results = new ConcurrentQueue<string>();
        WorkerThreads.Run(workers, () =>
        {
            using var http = WikiClient.CreateHttp();
            var wiki = new WikiClient(http, Api);
            while (chunks.TryDequeue(out var chunk))
            {
                foreach (var title in wiki.Query(chunk, redirects: false)) results.Enqueue(title);
            }
        });
        var found = results.ToList();
        SinglesInMain(found);
        Found = found;
    }
}

/// <summary>
/// io_bound parallel-for (omp): a parallel loop over the span chunks with at most n in flight. For I/O the .NET form
/// is Parallel.ForEachAsync: a blocking Parallel.For would need n pool threads, which a 2-core machine's thread pool
/// only adds slowly, so it would measure thread injection instead of overlapped requests. One pooled HttpClient keeps
/// up to n connections alive.
/// </summary>
internal sealed class IoBoundParallelFor(WorkloadInput input, int workers) : IoBoundRun(input)
{
    public override void Proc()
    {
        var results = new ConcurrentQueue<string>();
        using (var http = WikiClient.CreateHttp())
        {
            var wiki = new WikiClient(http, Api);
            Parallel.ForEachAsync(Job.SpanChunks, Parallelism.Options(workers), async (chunk, ct) =>
            {
                foreach (var title in await wiki.QueryAsync(chunk, redirects: false, ct).ConfigureAwait(false)) results.Enqueue(title);
            }).GetAwaiter().GetResult();
        }
        var found = results.ToList();
        SinglesInMain(found);
        Found = found;
    }
}
