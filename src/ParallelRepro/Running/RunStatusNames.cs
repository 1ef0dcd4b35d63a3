namespace ParallelRepro.Running;

/// <summary>
/// A run status as results.json counts it and progress lines print it ("wrong-output"), the same kebab-case name
/// records.jsonl stores it under (Common.Json). Next to <see cref="RunStatus"/> so that both measuring stages and the
/// aggregation can use it.
/// </summary>
internal static class RunStatusNames
{
    public static string Of(RunStatus status) => status switch
    {
        RunStatus.WrongOutput => "wrong-output",
        _ => status.ToString().ToLowerInvariant(),
    };
}
