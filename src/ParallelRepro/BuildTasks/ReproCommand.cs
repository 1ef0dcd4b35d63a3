using ParallelRepro.Common;
using ParallelRepro.Configuration;

namespace ParallelRepro.BuildTasks;

/// <summary>Starts one <c>repro</c> verb and returns its exit code (the CLI starts itself; tests record the calls).</summary>
public delegate Task<int> ReproStarter(IReadOnlyList<string> arguments, CancellationToken ct);

/// <summary>
/// Calls <c>repro</c> verbs on behalf of a build task, passing on the settings its caller was given, as the Cake
/// script passes its arguments to every task: a setting the task fixes itself (a CI leg's runner) wins.
/// </summary>
public sealed class ReproCommand(ReproStarter start, IReadOnlyDictionary<Setting, string> given)
{
    public IReadOnlyDictionary<Setting, string> Given => given;

    public async Task RunAsync(string verb, IReadOnlyDictionary<Setting, string> fixedSettings, IReadOnlyList<string> extra, CancellationToken ct)
    {
        var arguments = new List<string> { verb };
        arguments.AddRange(extra);
        foreach (var setting in SettingsSchema.All)
        {
            if (fixedSettings.TryGetValue(setting, out var value) || given.TryGetValue(setting, out value))
                arguments.AddRange([setting.Option, value]);
        }
        var exit = await start(arguments, ct).ConfigureAwait(false);
        if (exit != 0) throw new ReproException($"repro {verb} failed with exit code {exit} (the line above says why)", exit);
    }

    public Task RunAsync(string verb, IReadOnlyList<string> extra, CancellationToken ct)
        => RunAsync(verb, NoSettings, extra, ct);

    private static readonly IReadOnlyDictionary<Setting, string> NoSettings = new Dictionary<Setting, string>();
}
