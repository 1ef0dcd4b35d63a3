using Xunit;
using System.Diagnostics;
using System.Text.Json;

namespace ParallelRepro.Tests.Effort;

/// <summary>
/// The real tools the analyzer must agree with: PyCQA mccabe (the Debian python3-mccabe package,
/// run by /usr/bin/python3) and cloc. Each is looked for once; tests skip when one is missing.
/// </summary>
internal static class OracleTools
{
    public const string Python = "/usr/bin/python3";

    private static readonly Lazy<bool> HasMcCabe = new(() => Run(Python, ["-c", "import mccabe"]).ExitCode == 0);
    private static readonly Lazy<bool> HasCloc = new(() => Run("cloc", ["--version"]).ExitCode == 0);

    public static bool McCabeAvailable => HasMcCabe.Value;

    public static bool ClocAvailable => HasCloc.Value;

    /// <summary>The lines <c>python3 -m mccabe --min 1 FILE</c> prints: "NAME COMPLEXITY" per graph.</summary>
    public static IReadOnlyList<string> McCabe(string file)
    {
        var (exit, stdout, stderr) = Run(Python, ["-m", "mccabe", "--min", "1", file]);
        if (exit != 0) throw new InvalidOperationException($"mccabe failed on {file}: {stderr}");
        return stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
    }

    /// <summary><c>cloc --json --by-file</c> over files: (blank, comment, code, language) per full path.</summary>
    public static IReadOnlyDictionary<string, (int Blank, int Comment, int Code, string Language)> Cloc(IReadOnlyList<string> files)
    {
        var (exit, stdout, stderr) = Run("cloc", ["--json", "--by-file", "--skip-uniqueness", "--quiet", .. files]);
        if (exit != 0) throw new InvalidOperationException($"cloc failed: {stderr}");
        using var json = JsonDocument.Parse(stdout);
        var result = new Dictionary<string, (int, int, int, string)>();
        foreach (var entry in json.RootElement.EnumerateObject())
        {
            if (entry.Name is "header" or "SUM") continue;
            var v = entry.Value;
            result[Path.GetFullPath(entry.Name)] = (v.GetProperty("blank").GetInt32(), v.GetProperty("comment").GetInt32(),
                v.GetProperty("code").GetInt32(), v.GetProperty("language").GetString()!);
        }
        return result;
    }

    private static (int ExitCode, string Stdout, string Stderr) Run(string fileName, IReadOnlyList<string> args)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        try
        {
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, stdout, stderr.Result);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, "", e.Message);
        }
    }
}

/// <summary>A fact that skips, saying why, when /usr/bin/python3 has no mccabe module.</summary>
public sealed class McCabeFactAttribute : FactAttribute
{
    public McCabeFactAttribute()
    {
        if (!OracleTools.McCabeAvailable) Skip = $"PyCQA mccabe is not installed for {OracleTools.Python} (apt-get install python3-mccabe)";
    }
}

/// <summary>A fact that skips, saying why, when cloc is not on PATH.</summary>
public sealed class ClocFactAttribute : FactAttribute
{
    public ClocFactAttribute()
    {
        if (!OracleTools.ClocAvailable) Skip = "cloc is not installed (apt-get install cloc)";
    }
}
