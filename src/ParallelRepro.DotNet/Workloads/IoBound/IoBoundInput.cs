namespace ParallelRepro.DotNet.Workloads.IoBound;

/// <summary>The paragraph, its candidate titles and their chunks (<c>ppp/io_bound/common.py</c>).</summary>
internal sealed record IoBoundInput(string Text, IReadOnlyList<string> Singles, IReadOnlyList<string> Spans)
{
    public const string TextFile = "io_bound_text.txt";
    public const string CommonFile = "io_bound_common.txt";
    public const int TitleLimit = 50;
    public const int UrlBudget = 8192;

    /// <summary>min(50, 8192 // len(text)): integer division, as in Python 2.</summary>
    public int ChunkSize => Math.Min(TitleLimit, UrlBudget / Text.Length);

    public IReadOnlyList<string[]> SpanChunks => Chunking.Slices(Spans, ChunkSize);

    public IReadOnlyList<string[]> SingleChunks => Chunking.Slices(Singles, ChunkSize);

    public static IoBoundInput Load(string dataDir)
    {
        var text = string.Join(' ', Candidates.Words(File.ReadAllText(Path.Combine(dataDir, TextFile))));
        var common = Candidates.Words(File.ReadAllText(Path.Combine(dataDir, CommonFile)).ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var (singles, spans) = Candidates.From(text, common);
        return new IoBoundInput(text, singles, spans);
    }
}
