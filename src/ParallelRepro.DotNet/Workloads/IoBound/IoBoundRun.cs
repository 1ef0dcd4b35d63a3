namespace ParallelRepro.DotNet.Workloads.IoBound;

/// <summary>
/// What every io_bound variant shares: the candidate titles, the API endpoint, the found titles (output: sorted,
/// unique), and the single-word chunks that every parallel variant asks in the main thread after its workers,
/// on one kept-alive connection, with <c>&amp;redirects</c>.
/// </summary>
internal abstract class IoBoundRun(WorkloadInput input) : IWorkloadRun
{
    /// <summary>The run's inputs; the processes variant passes them on to its workers.</summary>
    protected WorkloadInput Input { get; } = input;

    protected IoBoundInput Job { get; } = IoBoundInput.Load(input.DataDir);
    protected Uri Api { get; } = input.RequireWiki();
    protected List<string> Found { get; set; } = [];

    public void Reset()
    {
    }

    public abstract void Proc();

    public IReadOnlyList<string> Lines() => Found.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

    public virtual void Dispose()
    {
    }

    protected void SinglesInMain(List<string> found)
    {
        using var http = WikiClient.CreateHttp();
        var wiki = new WikiClient(http, Api);
        foreach (var chunk in Job.SingleChunks) found.AddRange(wiki.Query(chunk, redirects: true));
    }
}
