using ParallelRepro.DotNet.Workloads;
using ParallelRepro.DotNet.Workloads.IoBound;

namespace ParallelRepro.Tests.DotNet;

/// <summary>The pieces the variants are made of: the original's work split, and worker errors that reach the caller.</summary>
public sealed class WorkloadPartsTests
{
    [Theory]
    [InlineData(10, 3, "0-3,3-6,6-10")]
    [InlineData(10, 1, "0-10")]
    [InlineData(2, 4, "0-0,0-0,0-0,0-2")]
    [InlineData(200, 64, "0-3,3-6")] // first two of 64; the last takes 11 rows (checked below)
    public void Chunks_are_contiguous_floor_sized_with_the_remainder_last(int length, int n, string expectedStart)
    {
        var chunks = Chunking.Contiguous(length, n);
        Assert.Equal(n, chunks.Count);
        Assert.StartsWith(expectedStart, string.Join(',', chunks.Select(c => $"{c.Start}-{c.End}")), StringComparison.Ordinal);
        Assert.Equal(length, chunks[^1].End);
        if (length == 200) Assert.Equal(11, chunks[^1].End - chunks[^1].Start);
    }

    [Fact]
    public void An_exception_in_a_worker_thread_is_rethrown_after_every_thread_joined()
    {
        var finished = 0;
        var error = Assert.Throws<AggregateException>(() => WorkerThreads.Run(Chunking.Contiguous(4, 4), (start, _) =>
        {
            if (start == 1) throw new InvalidOperationException("worker 1");
            Thread.Sleep(50);
            Interlocked.Increment(ref finished);
        }));
        Assert.Equal("worker 1", Assert.Single(error.InnerExceptions).Message);
        Assert.Equal(3, finished);
    }

    [Theory]
    [InlineData("Baghdad's.", "Baghdad")]
    [InlineData("Road;", "Road")]
    [InlineData("Chang'an", "Chang'an")]
    [InlineData("they'll,", "they")]
    public void Words_lose_ending_punctuation_and_contractions(string word, string expected)
        => Assert.Equal(expected, Candidates.Clean(word));

    [Fact]
    public void Fault_switch_parses_program_and_kind()
    {
        var faults = Faults.Parse(" cpu_bound.threads=throw , overhead.processes=hang,junk");
        Assert.Equal("throw", faults["cpu_bound.threads"]);
        Assert.Equal("hang", faults["overhead.processes"]);
        Assert.Equal(2, faults.Count);
    }
}
