using System.Diagnostics;
using System.Text.Json;

namespace ParallelRepro.Tests.Effort;

/// <summary>What the oracle says of one Python file: whether py_compile accepts it, and the lines mccabe prints.</summary>
internal sealed record McCabeVerdict(bool Accepted, IReadOnlyList<string> Graphs);

/// <summary>
/// The real tools the analyzer must agree with: PyCQA mccabe (the Debian python3-mccabe package,
/// run by /usr/bin/python3) and cloc, each run once over a whole list of files. A missing tool is a
/// failure that names the package to install: the set-up installs both.
/// </summary>
internal static class OracleTools
{
    public const string Python = "/usr/bin/python3";

    private static string McCabeScript => Path.Combine(Corpus.Fixtures, "oracles", "mccabe_bulk.py");

    /// <summary>Per file: py_compile's verdict and <c>python3 -m mccabe --min 1 FILE</c>'s lines, from one interpreter run.</summary>
    public static IReadOnlyDictionary<string, McCabeVerdict> McCabe(IReadOnlyList<string> files)
    {
        Require(Run(Python, ["-c", "import mccabe"]).ExitCode == 0, $"PyCQA mccabe is not installed for {Python} (apt-get install python3-mccabe)");
        using var list = new FileList(files);
        var (exit, stdout, stderr) = Run(Python, [McCabeScript, list.Path]);
        if (exit != 0) throw new InvalidOperationException($"mccabe failed: {stderr}");
        return JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(stdout)!.ToDictionary(
            e => e.Key,
            e => new McCabeVerdict(e.Value.GetProperty("accepted").GetBoolean(), e.Value.GetProperty("graphs").EnumerateArray().Select(g => g.GetString()!).ToArray()));
    }

    /// <summary><c>cloc --json --by-file</c> over files: (blank, comment, code, language) per full path.</summary>
    public static IReadOnlyDictionary<string, (int Blank, int Comment, int Code, string Language)> Cloc(IReadOnlyList<string> files)
    {
        Require(Run("cloc", ["--version"]).ExitCode == 0, "cloc is not installed (apt-get install cloc)");
        using var list = new FileList(files);
        var (exit, stdout, stderr) = Run("cloc", ["--json", "--by-file", "--skip-uniqueness", "--quiet", $"--list-file={list.Path}"]);
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

    /// <summary>Runs a program to its end; a program that cannot start gives exit code -1.</summary>
    public static (int ExitCode, string Stdout, string Stderr) Run(string fileName, IReadOnlyList<string> args)
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

    private static void Require(bool present, string missing)
    {
        if (!present) throw new InvalidOperationException(missing);
    }

    /// <summary>A temporary file with one path a line, for tools that take their inputs from a list.</summary>
    private sealed class FileList : IDisposable
    {
        public FileList(IReadOnlyList<string> files)
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"repro-oracle-{Guid.NewGuid():N}.txt");
            File.WriteAllText(Path, string.Join('\n', files.Select(System.IO.Path.GetFullPath)) + "\n");
        }

        public string Path { get; }

        public void Dispose() => File.Delete(Path);
    }
}
