namespace ParallelRepro.Tests.Fixtures;

/// <summary>
/// A TimeProvider whose time stands still and whose timers fire at once, recording how long they were
/// asked to wait: retry waits of minutes take no time in a test, and the test can check them.
/// </summary>
public sealed class InstantClock(DateTimeOffset now) : TimeProvider
{
    public List<TimeSpan> Waits { get; } = [];

    public override DateTimeOffset GetUtcNow() => now;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        lock (Waits) Waits.Add(dueTime);
        ThreadPool.QueueUserWorkItem(_ => callback(state));
        return new NoTimer();
    }

    private sealed class NoTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;
        public void Dispose() { }
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
