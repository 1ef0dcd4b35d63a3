namespace ParallelRepro.Tests.Effort;

/// <summary>A throw-away copy of TestData/Effort/checkout (a cake.config and a toy src/workloads) that a test may break.</summary>
internal sealed class FixtureCheckout : IDisposable
{
    public static string Source => Path.Combine(Corpus.Fixtures, "checkout");

    public FixtureCheckout()
    {
        Root = Path.Combine(Path.GetTempPath(), "repro-effort-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(Source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Root, Path.GetRelativePath(Source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Root { get; }

    public string Workloads => Path.Combine(Root, "src", "workloads");

    public void Write(string relativePath, string text) => File.WriteAllText(Path.Combine(Workloads, relativePath), text);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
