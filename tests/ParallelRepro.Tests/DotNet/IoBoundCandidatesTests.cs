using System.Text.Json;
using ParallelRepro.Common;
using ParallelRepro.Configuration;
using ParallelRepro.DotNet.Workloads.IoBound;
using ParallelRepro.Tests.Fixtures;
using ParallelRepro.Toolchain;

namespace ParallelRepro.Tests.DotNet;

/// <summary>
/// On the whole shipped paragraph (the paper profile: 153 requests) the C# candidate titles are exactly Python's,
/// in the same order, so every request carries the same titles.
/// </summary>
public sealed class IoBoundCandidatesTests
{
    [Fact]
    public async Task Singles_and_spans_equal_the_Python_ports()
    {
        const string script = "import json, os\nfrom ppp.io_bound import common\n"
            + "d = os.path.join('src', 'workloads', 'ppp', 'io_bound', 'data')\n"
            + "text = ' '.join(open(os.path.join(d, 'text.txt'), encoding='utf-8').read().split())\n"
            + "words = set(open(os.path.join(d, 'common.txt'), encoding='utf-8').read().lower().split())\n"
            + "s, p = common.candidates(text, words)\n"
            + "print(json.dumps({'singles': s, 'spans': p, 'size': common.chunk_size(text)}))\n";
        var spec = PythonCommand.Create(Repo.Layout, new Interpreter("python3", Repo.Python), ["-c", script]) with { Timeout = TimeSpan.FromMinutes(1) };
        var result = await ProcessRunner.RunAsync(spec);
        Assert.True(result.Succeeded, result.StandardErrorTail);
        using var python = JsonDocument.Parse(result.StandardOutput);

        var folder = Path.Combine(Repo.Layout.WorkloadPackage, "io_bound", "data");
        var text = string.Join(' ', Candidates.Words(await File.ReadAllTextAsync(Path.Combine(folder, "text.txt"))));
        var common = Candidates.Words((await File.ReadAllTextAsync(Path.Combine(folder, "common.txt"))).ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var (singles, spans) = Candidates.From(text, common);

        Assert.Equal(python.RootElement.GetProperty("singles").EnumerateArray().Select(e => e.GetString()!), singles);
        Assert.Equal(python.RootElement.GetProperty("spans").EnumerateArray().Select(e => e.GetString()!), spans);
        Assert.Equal(python.RootElement.GetProperty("size").GetInt32(), new IoBoundInput(text, singles, spans).ChunkSize);
    }
}
