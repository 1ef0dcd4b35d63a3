namespace ParallelRepro.Tests.Fixtures;

/// <summary>A clock that always reads the same time, so generated pages are byte-for-byte repeatable.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public static FixedClock Default { get; } = new(new DateTimeOffset(2026, 3, 14, 10, 0, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => now;
}
