using ParallelRepro.Common;

namespace ParallelRepro.Toolchain;

/// <summary>One interpreter as the doctor found it.</summary>
public sealed record InterpreterStatus(string Label, string Path, PythonFacts? Facts, string? Error)
{
    public IEnumerable<string> MissingModules()
    {
        if (Facts is null) yield break;
        if (Facts.Cython is null) yield return "Cython";
        if (Facts.Numpy is null) yield return "numpy";
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
    /// <summary>Every problem, one line each, naming what is missing and where.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        foreach (var i in Interpreters)
        {
            if (i.Error is not null) problems.Add(i.Error);
            foreach (var module in i.MissingModules())
                problems.Add($"{module} is missing for Python '{i.Label}' ({i.Path})");
        }
        if (Compiler.Error is not null) problems.Add(Compiler.Error);
        return problems;
    }
}
