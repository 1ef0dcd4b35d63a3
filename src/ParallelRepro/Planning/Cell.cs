using System.Globalization;
using ParallelRepro.Vocabulary;

namespace ParallelRepro.Planning;

/// <summary>
/// One point of the matrix: a variant of a program at a worker count, with a CPU allowance, on a runtime.
/// Serial variants have no worker count; they are planned once with <see cref="Workers"/> = 1.
/// </summary>
public readonly record struct Cell(string Runtime, int Cores, string Group, string Variant, int Workers)
{
    public string Program => $"{Group}.{Variant}";

    public bool IsSerial => VariantIds.IsSerial(Variant);

    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{Program} n={Workers} cores={(Cores == 0 ? "all" : Cores)} [{Runtime}]");
}

/// <summary>
/// One process to start: a cell and which repetition of it. <see cref="Round"/> is the round of the matrix it
/// belongs to, what paired ratios match runs by; <see cref="Purpose"/> says why it runs: null for the planned
/// matrix, or the claims an extra round was added to decide. <see cref="CpuTurn"/> says which CPU the run starts on:
/// the round's own (0) or the next one (1: an extra round runs each of its cells once on each of two CPUs, and a
/// planned round its serial programs' repeated runs on both; Running.StartCpus).
/// </summary>
public readonly record struct PlannedRun(Cell Cell, int Repetition)
{
    public int Round { get; init; }
    public string? Purpose { get; init; }
    public int CpuTurn { get; init; }
}
