namespace ParallelRepro.DotNet.Workloads;

/// <summary>Where a run's inputs are: the <c>ppp data</c> folder, the MediaWiki API, and how to start worker processes.</summary>
internal sealed record WorkloadInput(string DataDir, Uri? WikiUrl, SelfCommand Self)
{
    public string DataFile(string name)
    {
        var path = Path.Combine(DataDir, name);
        return File.Exists(path) ? path : throw new FileNotFoundException($"missing input file {path}", path);
    }

    public Uri RequireWiki() => WikiUrl ?? throw new InvalidOperationException("this variant needs --wiki-url");
}
