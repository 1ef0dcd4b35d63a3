using System.Collections.Concurrent;

namespace ParallelRepro.DotNet.Workloads;

/// <summary>
/// The <c>threading.Thread(target=..., args=...)</c> pattern: one dedicated thread per chunk, all started, then all
/// joined. An exception in a worker does not kill the process (as an unhandled one would): it is rethrown here after
/// every thread has ended, so the run fails like a Python variant whose worker raised.
/// </summary>
internal static class WorkerThreads
{
    public static void Run(IReadOnlyList<(int Start, int End)> chunks, Action<int, int> work)
        => RunAll(chunks.Select(c => (Action)(() => work(c.Start, c.End))).ToArray());

    /// <summary>n identical workers (the io_bound queue drainers).</summary>
    public static void Run(int count, Action work)
        => RunAll(Enumerable.Repeat(work, count).ToArray());

    private static void RunAll(IReadOnlyList<Action> bodies)
    {
        var errors = new ConcurrentQueue<Exception>();
        var threads = bodies.Select((body, k) => new Thread(() =>
        {
            try
            {
                body();
            }
            catch (Exception e)
            {
                errors.Enqueue(e);
            }
        })
        { Name = $"ppp-worker-{k}", IsBackground = true }).ToArray();
        foreach (var thread in threads) thread.Start();
        foreach (var thread in threads) thread.Join();
        if (!errors.IsEmpty) throw new AggregateException($"{errors.Count} of {threads.Length} worker thread(s) failed", errors);
    }
}
