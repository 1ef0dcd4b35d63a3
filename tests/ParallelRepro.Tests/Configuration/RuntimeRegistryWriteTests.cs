using ParallelRepro.Configuration;
using ParallelRepro.Tests.Fixtures;
using ParallelRepro.Toolchain.FreeThreaded;

namespace ParallelRepro.Tests.Configuration;

/// <summary>Writing .tools/runtimes.ini: the same type reads it, so what is written is what resolves.</summary>
public sealed class RuntimeRegistryWriteTests : IDisposable
{
    private readonly TempDir dir = new();
    private readonly RepoLayout layout;

    public RuntimeRegistryWriteTests() => layout = new RepoLayout(dir.Path);

    [Fact]
    public void Registered_entries_read_back_with_paths_against_the_checkout_root()
    {
        RuntimeRegistry.Register(layout, FreeThreadedPython.Entries);

        var registry = RuntimeRegistry.Load(layout);
        var python = Path.Combine(dir.Path, ".tools", "python3.13t", "bin", "python3.13t");
        Assert.Equal([new Interpreter("ft", python, false), new Interpreter("ft-gil", python, true)], registry.Runtimes);
        Assert.Contains("ft=.tools/python3.13t/bin/python3.13t?gil=off", File.ReadAllLines(layout.RuntimeRegistryFile));
    }

    [Fact]
    public void Entries_of_other_labels_are_kept_as_written_and_ours_replaced()
    {
        Directory.CreateDirectory(layout.ToolsDir);
        File.WriteAllLines(layout.RuntimeRegistryFile, ["; old header", "mine = /opt/py/bin/python3 ", "ft=/old/python3.13t?gil=on", "# a note"]);

        RuntimeRegistry.Register(layout, FreeThreadedPython.Entries);

        var lines = File.ReadAllLines(layout.RuntimeRegistryFile);
        Assert.Contains("mine = /opt/py/bin/python3 ", lines);
        Assert.DoesNotContain(lines, l => l.Contains("/old/", StringComparison.Ordinal) || l.Contains("old header", StringComparison.Ordinal));
        Assert.Equal(["mine", "ft", "ft-gil"], RuntimeRegistry.Load(layout).Runtimes.Select(r => r.Label));
        Assert.Equal(Path.Combine(dir.Path, ".tools", "python3.13t", "bin", "python3.13t"), RuntimeRegistry.Load(layout).Find("ft")!.Value.Runtime.Path);
    }

    [Fact]
    public void Writing_leaves_no_partial_file_beside_it()
    {
        RuntimeRegistry.Register(layout, FreeThreadedPython.Entries);
        RuntimeRegistry.Register(layout, FreeThreadedPython.Entries);

        Assert.Equal([layout.RuntimeRegistryFile], Directory.GetFiles(layout.ToolsDir));
        Assert.Equal(2, RuntimeRegistry.Load(layout).Runtimes.Count());
    }

    public void Dispose() => dir.Dispose();
}
