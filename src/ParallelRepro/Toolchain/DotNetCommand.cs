using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using ParallelRepro.Common;
using ParallelRepro.Configuration;

namespace ParallelRepro.Toolchain;

/// <summary>
/// Builds the command line that runs the C# programs (ParallelRepro.DotNet) for a <c>dotnet:</c> runtime: the given
/// assembly, or the checkout's build in the configuration this pipeline was built in (Release under Cake).
/// </summary>
internal static class DotNetCommand
{
    public const string AssemblyName = "ParallelRepro.DotNet";

    public static ProcessSpec Create(RepoLayout layout, Interpreter runtime, IReadOnlyList<string> arguments)
    {
        var assembly = runtime.DotNetAssembly is { } given ? Path.GetFullPath(given, layout.Root) : BuiltAssembly(layout);
        if (!File.Exists(assembly))
            throw new ReproException($".NET runtime '{runtime.Label}': {assembly} not found (build it: dotnet build src/{AssemblyName} -c {Configuration})");
        // A .dll runs under the dotnet host; anything else is taken to be an apphost.
        return assembly.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
            ? new ProcessSpec(Host, [assembly, .. arguments]) { WorkingDirectory = layout.Root }
            : new ProcessSpec(assembly, arguments) { WorkingDirectory = layout.Root };
    }

    public static string BuiltAssembly(RepoLayout layout)
        => Path.Combine(layout.DotNetWorkloads, "bin", Configuration, $"net{Environment.Version.Major}.0", AssemblyName + ".dll");

    /// <summary>
    /// Hash of the C# programs' sources (.cs, .csproj; not bin/ or obj/): a .NET record's source hash, so changing
    /// the C# code measures again while Python records stay valid, and the other way round.
    /// </summary>
    public static string SourceHash(RepoLayout layout)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var root = layout.DotNetWorkloads;
        IEnumerable<(string Relative, string Full)> files = Directory.Exists(root)
            ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                .Select(f => (Relative: Path.GetRelativePath(root, f).Replace('\\', '/'), Full: f))
                .Where(f => f.Relative.EndsWith(".cs", StringComparison.Ordinal) || f.Relative.EndsWith(".csproj", StringComparison.Ordinal))
                .Where(f => !f.Relative.StartsWith("bin/", StringComparison.Ordinal) && !f.Relative.StartsWith("obj/", StringComparison.Ordinal))
                .OrderBy(f => f.Relative, StringComparer.Ordinal)
            : [];
        foreach (var (relative, full) in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(relative + "\0"));
            hash.AppendData(File.ReadAllBytes(full));
            hash.AppendData("\0"u8);
        }
        return "sha256:" + Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static string Configuration
        => typeof(DotNetCommand).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";

    /// <summary>The dotnet host running this pipeline (so the programs run on the same runtime), else the one on PATH.</summary>
    private static string Host
        => Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path).Equals("dotnet", StringComparison.OrdinalIgnoreCase) ? path : "dotnet";
}
