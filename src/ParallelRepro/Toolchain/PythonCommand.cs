using ParallelRepro.Common;
using ParallelRepro.Configuration;

namespace ParallelRepro.Toolchain;

/// <summary>Builds the command line that runs the workload package in an interpreter.</summary>
internal static class PythonCommand
{
    public static ProcessSpec Create(RepoLayout layout, Interpreter interpreter, IReadOnlyList<string> arguments,
        IReadOnlyDictionary<string, string?>? extraEnvironment = null)
    {
        var environment = new Dictionary<string, string?>
        {
            // The package is imported from the checkout; nothing is installed into the interpreter.
            ["PYTHONPATH"] = layout.Workloads,
            // Bytecode caches would land in the source tree and differ between interpreters.
            ["PYTHONDONTWRITEBYTECODE"] = "1",
            ["PYTHONHASHSEED"] = "0",
            ["PYTHONUNBUFFERED"] = "1",
        };
        foreach (var (key, value) in interpreter.Environment.Concat(extraEnvironment ?? new Dictionary<string, string?>()))
            environment[key] = value;
        return new ProcessSpec(interpreter.Path, arguments) { Environment = environment, WorkingDirectory = layout.Root };
    }
}
