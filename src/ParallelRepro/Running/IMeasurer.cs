namespace ParallelRepro.Running;

/// <summary>
/// One way of measuring runs, plugged into <see cref="MeasurementLoop"/>: the Python launcher (one fresh process per
/// run, <see cref="ProcessRunMeasurer"/>) or BenchmarkDotNet (many cells in one process that may crash or hang mid-way).
/// The loop owns everything around the measurement; a measurer only names the record key that stands for a run (so
/// recorded runs are skipped) and measures the runs it is given, handing each one's records over as soon as they exist.
/// </summary>
internal interface IMeasurer<in TRun>
{
    /// <summary>What the plan line starts with, e.g. "plan" for "plan: 12 run(s) on runner ...".</summary>
    string Heading { get; }

    /// <summary>What the plan line calls one run of this measurer: "run", "cell".</summary>
    string Unit { get; }

    /// <summary>The key of the record that shows this run is measured: with it in the record store, the run is not measured again.</summary>
    string KeyOf(RunContext context, TRun run);

    /// <summary>Measures every run of <paramref name="todo"/>, in order, calling <see cref="MeasurementScope.Ended"/> once per run.</summary>
    Task MeasureAsync(MeasurementScope scope, IReadOnlyList<TRun> todo, CancellationToken ct);
}

/// <summary>What a measurer gets from the loop: the runs' context, the replica's request count, and where finished runs go.</summary>
internal sealed class MeasurementScope(RunContext context, Func<long>? replicaRequests, Action<IReadOnlyList<RunRecord>, string> ended)
{
    /// <summary>The context with the wiki URL and the serial reference digests filled in.</summary>
    public RunContext Context { get; } = context;

    /// <summary>Requests the local replica has answered so far; null when none runs (no wiki group, or a user-given API).</summary>
    public long? ReplicaRequests => replicaRequests?.Invoke();

    /// <summary>
    /// A run is over: its records (one for a process run, one per iteration or one problem record for a bench cell) are
    /// appended and flushed before this returns, and <paramref name="summary"/> is its progress line, after "[i/n] ".
    /// </summary>
    public void Ended(IReadOnlyList<RunRecord> records, string summary) => ended(records, summary);
}
