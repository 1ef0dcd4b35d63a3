using ParallelRepro.Effort.Syntax;

namespace ParallelRepro.Effort.Workloads;

/// <summary>
/// Maps an import in a workload file to the workload file it loads, if any, and tells project
/// imports (relative, or of a package that lives under src/workloads) from outside modules.
/// Dynamic imports (importlib.import_module) are not followed; extension sources are found by
/// convention instead.
/// </summary>
internal sealed class ModuleResolver(string root)
{
    public bool IsInternal(ImportedModule import)
        => import.IsRelative || Exists(Path.Combine(root, import.Name.Split('.')[0]));

    public IEnumerable<string> Resolve(ImportedModule import, string importingFile)
    {
        var basePath = BasePath(import, importingFile);
        if (basePath is null) yield break;
        var any = false;
        foreach (var name in import.Names.Where(n => n != "*"))
        {
            if (ModuleFile(Path.Combine(basePath, name)) is { } submodule)
            {
                any = true;
                yield return submodule;
            }
        }
        if (!any && ModuleFile(basePath) is { } module) yield return module;
    }

    private string? BasePath(ImportedModule import, string importingFile)
    {
        var parts = import.Name.Length == 0 ? [] : import.Name.Split('.');
        if (!import.IsRelative) return parts.Length == 0 ? null : Path.Combine([root, .. parts]);
        var package = Path.GetDirectoryName(Path.GetFullPath(importingFile))!;
        for (var up = 1; up < import.Level; up++) package = Path.GetDirectoryName(package)!;
        return Path.Combine([package, .. parts]);
    }

    private static string? ModuleFile(string basePath)
    {
        if (File.Exists(basePath + ".py")) return basePath + ".py";
        var init = Path.Combine(basePath, "__init__.py");
        return File.Exists(init) ? init : null;
    }

    private static bool Exists(string basePath) => Directory.Exists(basePath) || File.Exists(basePath + ".py");
}
