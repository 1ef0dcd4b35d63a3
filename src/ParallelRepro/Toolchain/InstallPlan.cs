namespace ParallelRepro.Toolchain;

/// <summary>
/// How to install what the doctor found missing. Debian's own interpreter gets Debian packages
/// (PyPI may be unreachable and pip refuses to touch a system Python); any other interpreter gets pip.
/// </summary>
public sealed record InstallPlan(IReadOnlyList<string> AptPackages, IReadOnlyList<string> PipCommands)
{
    private static readonly Dictionary<string, string> AptPackageFor = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Cython"] = "cython3",
        ["numpy"] = "python3-numpy",
        ["psutil"] = "python3-psutil",
    };

    public bool IsEmpty => AptPackages.Count == 0 && PipCommands.Count == 0;

    public static InstallPlan For(ToolchainReport report, string requirementsFile)
    {
        var apt = new SortedSet<string>(StringComparer.Ordinal);
        var pip = new List<string>();
        foreach (var interpreter in report.Interpreters)
        {
            var missing = interpreter.MissingModules().ToList();
            if (missing.Count == 0) continue;
            if (IsDebianSystemPython(interpreter.Path))
            {
                foreach (var module in missing) apt.Add(AptPackageFor[module]);
                apt.Add("python3-dev"); // Cython extensions need Python.h
            }
            else
            {
                pip.Add($"{interpreter.Path} -m pip install -r {requirementsFile}");
            }
        }
        if (report.Compiler.Error is not null)
        {
            apt.Add("gcc");
            apt.Add("libgomp1");
        }
        return new InstallPlan(apt.ToList(), pip);
    }

    public IEnumerable<string> Commands()
    {
        if (AptPackages.Count > 0)
            yield return $"apt-get install -y {string.Join(' ', AptPackages)}";
        foreach (var command in PipCommands) yield return command;
    }

    internal static bool IsDebianSystemPython(string path)
        => OperatingSystem.IsLinux() && path.StartsWith("/usr/bin/python3", StringComparison.Ordinal);
}
