namespace ParallelRepro.Claims;

/// <summary>One program's Table 2 numbers: absolute LOC/McCabe for serial, increments and D for the others.</summary>
public sealed record EffortFigures(int? Loc, int? McCabe, int? L, int? M, int? I, int? C, int? E, int? D);

/// <summary>
/// The reproduced Table 2, as claims and the report read it. <c>repro effort</c> writes effort.json;
/// this is all they need of it, so the two stages stay independent.
/// </summary>
internal interface IEffortTable
{
    /// <summary>Where the numbers came from (a file name), for the report.</summary>
    string Source { get; }

    /// <summary>The row of a program; <paramref name="variant"/> is Table 2's: serial, mt, mp or omp. Null when not computed.</summary>
    EffortFigures? Find(string group, string variant);
}
