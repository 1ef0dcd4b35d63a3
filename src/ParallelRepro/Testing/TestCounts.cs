namespace ParallelRepro.Testing;

/// <summary>Tests by outcome. <see cref="ToString"/> is the closing line CI reads (.ci/run greps it): keep it as is.</summary>
public readonly record struct TestCounts(int Passed, int Failed, int Skipped)
{
    public static TestCounts operator +(TestCounts a, TestCounts b)
        => new(a.Passed + b.Passed, a.Failed + b.Failed, a.Skipped + b.Skipped);

    public override string ToString() => $"{Passed} passed, {Failed} failed, {Skipped} skipped";
}
