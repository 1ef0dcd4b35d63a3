using System.Text;
using System.Text.Json;
using ParallelRepro.Cli;
using Spectre.Console.Testing;
using Xunit;

namespace ParallelRepro.Tests.Effort;

/// <summary>
/// Files that broke the hand-written Python reader, fed to one real `repro effort` run (they sit in
/// the workload tree, where the stage reads every source): per .py file the same acceptance as
/// `python3 -m py_compile`, mccabe's line numbers for accepted files, a `path:line` problem for
/// rejected ones, and no crash: the toy workload's rows are still computed.
/// </summary>
public sealed class EdgeCaseTests
{
    private static string ElifChain(int depth)
    {
        var text = new StringBuilder("def choose(x):\n    if x == 0:\n        return 0\n");
        for (var i = 1; i < depth; i++) text.Append("    elif x == ").Append(i).Append(":\n        return ").Append(i).Append('\n');
        return text.Append("    return -1\n").ToString();
    }

    private static readonly (string Name, byte[] Bytes)[] Files =
    [
        ("form_feed.py", Utf8("def first():\n    return 1\n\f\n\f# effort: convert\nvalues = list(range(3))\n\fdef second(x):\n    if x:\n        return 1\n    return 2\n")),
        ("u2028_string.py", Utf8("s = 'a\u2028b'\ndef f(x):\n    if x:\n        return s\n    return ''\n")),
        ("u2028_comment.py", Utf8("# note\u2028 still the comment\ndef f(x):\n    for y in x:\n        pass\n")),
        ("nel.py", Utf8("s = 'a\u0085b'  # c\u0085d\ndef f(x):\n    while x:\n        x -= 1\n")),
        ("invalid_utf8.py", [.. Utf8("x = 1\ny = '"), 0xFF, .. Utf8("'\ndef f():\n    pass\n")]),
        ("elif_2000.py", Utf8(ElifChain(2_000))),
        ("elif_20000.py", Utf8(ElifChain(20_000))),
        ("nested_5000.py", Utf8("x = " + new string('(', 5_000) + "1" + new string(')', 5_000) + "\n")),
    ];

    private const string EdgeFolder = "src/workloads/ppp/edge/";

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public async Task Each_file_is_accepted_or_rejected_as_py_compile_does_in_one_run()
    {
        using var checkout = new FixtureCheckout();
        var edge = Path.Combine(checkout.Workloads, "ppp", "edge");
        Directory.CreateDirectory(edge);
        foreach (var (name, bytes) in Files) File.WriteAllBytes(Path.Combine(edge, name), bytes);
        File.WriteAllText(Path.Combine(edge, "deep.pyx"), ElifChain(20_000));

        var stderr = new StringWriter();
        var exit = await ReproApp.RunAsync(["effort", "--root", checkout.Root], new TestConsole(), stderr, TimeProvider.System);

        Assert.Equal(2, exit);
        Assert.Single(stderr.ToString().Trim().Split('\n'));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(checkout.Root, "artifacts", "effort.json")));
        var problems = json.RootElement.GetProperty("problems").EnumerateArray()
            .ToDictionary(p => p.GetProperty("path").GetString()!.Replace(EdgeFolder, ""), p => p.GetProperty("line").GetInt32());
        var analyzed = json.RootElement.GetProperty("files").EnumerateArray()
            .ToDictionary(f => f.GetProperty("path").GetString()!.Replace(EdgeFolder, ""), f => f.GetProperty("graphs"));
        var paths = Files.Select(f => Path.Combine(edge, f.Name)).ToArray();
        var oracle = OracleTools.McCabe(paths);
        foreach (var path in paths)
        {
            var name = Path.GetFileName(path);
            var accepted = OracleTools.Run(OracleTools.Python, ["-m", "py_compile", path]).ExitCode == 0;
            Assert.True(accepted == analyzed.ContainsKey(name), $"{name}: py_compile {(accepted ? "accepts" : "rejects")}, ours {(analyzed.ContainsKey(name) ? "accepts" : "rejects")}");
            Assert.True(accepted != problems.ContainsKey(name), $"{name}: a problem must be reported exactly when the file is rejected");
            if (accepted) Assert.Equal(oracle[path].Graphs.Select(LineAndComplexity), analyzed[name].EnumerateArray().Select(g => $"{g.GetProperty("line").GetInt32()} {g.GetProperty("complexity").GetInt32()}"));
        }
        Assert.Equal(2, problems["invalid_utf8.py"]);
        Assert.Equal(1, problems["nested_5000.py"]);
        // The Cython parser recurses per block: 20,000 levels exceed its limit, reported where they do.
        Assert.Contains("deep.pyx", problems.Keys);
        Assert.Contains("deep.pyx:" + problems["deep.pyx"] + ": too deeply nested", stderr.ToString(), StringComparison.Ordinal);
        Assert.Equal("ok", json.RootElement.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("program").GetString() == "toy.mt").GetProperty("status").GetString());
    }

    /// <summary>"12:4: 'name' 3" or "If 30 2" as "12 3" or "30 2": the line and the complexity.</summary>
    private static string LineAndComplexity(string mccabeLine)
    {
        var parts = mccabeLine.Split(' ');
        var line = parts[0].Contains(':', StringComparison.Ordinal) ? parts[0].Split(':')[0] : parts[1];
        return $"{line} {parts[^1]}";
    }
}
