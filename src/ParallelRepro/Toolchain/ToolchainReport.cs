using ParallelRepro.Common;

namespace ParallelRepro.Toolchain;

/// <summary>One interpreter as the doctor found it.</summary>
/// <remarks>numpy is not among the required modules: the variants keep their buffers in the standard library's arrays, and
/// numpy is needed only for the NumPy storage form a user asks for (PPP_STORAGE=numpy, src/workloads/DEVIATIONS.md).</remarks>
public sealed record InterpreterStatus(string Label, string Path, PythonFacts? Facts, string? Error)
{
    public IEnumerable<string> MissingModules()
    {
        if (Facts is null) yield break;
        if (Facts.Cython is null) yield return "Cython";
        if (Facts.Psutil is null) yield return "psutil";
    }
}

/// <summary>The content of <c>artifacts/toolchain.json</c>.</summary>
public sealed record ToolchainReport(
    DateTimeOffset CreatedUtc,
    MachineInfo Machine,
    IReadOnlyList<InterpreterStatus> Interpreters,
    CompilerFacts Compiler)
{
    /// <summary>
    /// Every problem, one line each, naming what is missing and where. The first interpreter is the
    /// reference runtime and needs everything; further runtimes (a build without Cython,
    /// say) may lack modules: their variants are then recorded as unavailable, see <see cref="Notes"/>.
    /// </summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        foreach (var (i, index) in Interpreters.Select((i, index) => (i, index)))
        {
            if (i.Error is not null) problems.Add(i.Error);
            if (index == 0)
                problems.AddRange(i.MissingModules().Select(module => $"{module} is missing for Python '{i.Label}' ({i.Path})"));
        }
        if (Compiler.Error is not null) problems.Add(Compiler.Error);
        return problems;
    }

    /// <summary>Modules missing in the secondary runtimes: not errors, but variants that will not run there.</summary>
    public IEnumerable<string> Notes()
        => Interpreters.Skip(1).SelectMany(i => i.MissingModules().Select(m =>
            $"{m} is not available for Python '{i.Label}': variants needing it will be recorded as unavailable"));
}
