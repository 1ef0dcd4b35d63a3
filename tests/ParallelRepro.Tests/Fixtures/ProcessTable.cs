namespace ParallelRepro.Tests.Fixtures;

/// <summary>Reads the live process table (Linux /proc) to prove that nothing was left running.</summary>
internal static class ProcessTable
{
    /// <summary>Pids of live processes whose environment contains <c>name=value</c>.</summary>
    public static IReadOnlyList<int> WithEnvironment(string name, string value)
    {
        var needle = $"{name}={value}";
        var found = new List<int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid) || pid == Environment.ProcessId) continue;
            try
            {
                var environ = File.ReadAllText(Path.Combine(dir, "environ"));
                if (environ.Split('\0').Contains(needle) && !IsZombie(dir)) found.Add(pid);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The process ended while we looked, or is not ours to read.
            }
        }
        return found;
    }

    private static bool IsZombie(string dir)
        => File.ReadAllText(Path.Combine(dir, "stat")).Split(')').Last().TrimStart().StartsWith('Z');
}
