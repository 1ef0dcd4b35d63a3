namespace ParallelRepro.DotNet.Workloads;

/// <summary>
/// Test-only fault injection, so tests can show that a broken C# variant is recorded like a broken Python one.
/// <c>PARALLELREPRO_DOTNET_FAULT=program=kind[,program=kind]</c>, kind = <c>throw</c> (proc() raises), <c>hang</c>
/// (proc() never returns) or <c>wrong</c> (one extra output line). Read by the <c>run</c> and <c>bench</c> verbs only.
/// </summary>
internal static class Faults
{
    public const string Variable = "PARALLELREPRO_DOTNET_FAULT";

    public static IReadOnlyDictionary<string, string> FromEnvironment() => Parse(Environment.GetEnvironmentVariable(Variable));

    public static IReadOnlyDictionary<string, string> Parse(string? text)
        => (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(entry => entry.Split('=', 2))
            .Where(parts => parts.Length == 2)
            .ToDictionary(parts => parts[0], parts => parts[1], StringComparer.Ordinal);

    public static IWorkloadRun Apply(IReadOnlyDictionary<string, string> faults, string program, IWorkloadRun run)
        => faults.TryGetValue(program, out var kind) ? new FaultyRun(run, kind) : run;

    private sealed class FaultyRun(IWorkloadRun inner, string kind) : IWorkloadRun
    {
        public void Reset() => inner.Reset();

        public void Proc()
        {
            if (kind == "hang") Thread.Sleep(Timeout.Infinite);
            inner.Proc();
            if (kind == "throw") throw new InvalidOperationException($"injected fault ({Variable})");
        }

        public IReadOnlyList<string> Lines() => kind == "wrong" ? [.. inner.Lines(), "injected wrong line"] : inner.Lines();

        public void Dispose() => inner.Dispose();
    }
}
