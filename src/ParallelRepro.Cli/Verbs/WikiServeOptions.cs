using System.CommandLine;
using ParallelRepro.Common;
using ParallelRepro.Configuration;
using ParallelRepro.Running;
using ParallelRepro.Wiki;
using Profile = ParallelRepro.Configuration.Profile;

namespace ParallelRepro.Cli.Verbs;

/// <summary>
/// The options of <c>repro wiki-serve</c>. Profile and seed layer like every verb's (option, then <c>cake.config</c>,
/// then the default); the latency and fault options override the profile's model.
/// </summary>
internal sealed class WikiServeOptions
{
    private readonly SettingsOptions settings = new();
    private readonly Option<int> port = new("--port") { Description = "Port on 127.0.0.1 (0 = any free port)", DefaultValueFactory = _ => 0 };
    private readonly Option<string?> titles = new("--titles") { Description = "Title list TSV (default: src/workloads/ppp/io_bound/data/wiki_titles.tsv)" };
    private readonly Option<double?> latencyMs = new("--latency-ms") { Description = "Fixed latency per request in ms (default: the profile's: smoke 0.5, quick 10, paper 140)" };
    private readonly Option<double?> jitterMs = new("--jitter-ms") { Description = "Uniform extra latency, 0 to this many ms (default: the profile's: smoke 1, quick 10, paper 20)" };
    private readonly Option<int> maxConcurrency = new("--max-concurrency") { Description = "Requests served at once; the rest wait", DefaultValueFactory = _ => WikiReplicaOptions.DefaultMaxConcurrency };
    private readonly Option<double> errorRate = new("--error-rate") { Description = "Fraction of requests answered 500 (seeded)" };
    private readonly Option<int> throttleEvery = new("--throttle-every") { Description = "Answer every Nth request 429 with Retry-After: 1 (0 = never)" };
    private readonly Option<int> slowEvery = new("--slow-every") { Description = "Make every Nth request wait --slow-ms longer (0 = never)" };
    private readonly Option<double> slowMs = new("--slow-ms") { Description = "Extra wait of a slow request in ms", DefaultValueFactory = _ => 1000 };

    public void AddTo(Command command)
    {
        var (profileOption, seedOption) = (settings[SettingsSchema.Profile], settings[SettingsSchema.Seed]);
        seedOption.Description = "Seed of the latency jitter and the 500 draws (default: cake.config's, else 2013)";
        profileOption.Description = "Latency model: smoke (~1 ms), quick (~15 ms, default) or paper (~150 ms)";
        foreach (var option in new Option[] { settings.Root, profileOption, seedOption, port, titles, latencyMs, jitterMs, maxConcurrency, errorRate, throttleEvery, slowEvery, slowMs })
            command.Options.Add(option);
    }

    public WikiReplicaOptions Resolve(ParseResult parse, TimeProvider clock)
    {
        var titlesPath = parse.GetValue(titles) is { } given ? Path.GetFullPath(given) : null;
        var (profile, seed, layout) = ProfileAndSeed(parse, required: titlesPath is null);
        var latency = WikiReplicaLauncher.LatencyFor(profile);
        return new WikiReplicaOptions
        {
            TitlesPath = titlesPath ?? layout!.WikiTitles,
            Port = parse.GetValue(port),
            Latency = latency with { FixedMs = parse.GetValue(latencyMs) ?? latency.FixedMs, JitterMs = parse.GetValue(jitterMs) ?? latency.JitterMs },
            Seed = seed,
            MaxConcurrency = parse.GetValue(maxConcurrency),
            Faults = new FaultSettings(parse.GetValue(errorRate), parse.GetValue(throttleEvery), parse.GetValue(slowEvery), parse.GetValue(slowMs)),
            Clock = clock,
        };
    }

    // With --titles the replica needs no checkout; without one, profile and seed fall back to their defaults.
    private (Profile Profile, int Seed, RepoLayout? Layout) ProfileAndSeed(ParseResult parse, bool required)
    {
        var layout = FindLayout(parse.GetValue(settings.Root), required);
        if (layout is not null)
        {
            var loaded = ReproSettings.Load(layout, new SettingsOverrides
            {
                [SettingsSchema.Profile] = parse.GetValue(settings[SettingsSchema.Profile]),
                [SettingsSchema.Seed] = parse.GetValue(settings[SettingsSchema.Seed]),
            });
            return (loaded.Profile, loaded.Seed, layout);
        }
        var profile = parse.GetValue(settings[SettingsSchema.Profile]) is { } name ? SettingsSchema.Profile.Parse(name) : Profile.Quick;
        return (profile, parse.GetValue(settings[SettingsSchema.Seed]) is { } seed ? SettingsSchema.Seed.Parse(seed) : ReproSettings.DefaultSeed, null);
    }

    private static RepoLayout? FindLayout(string? root, bool required)
    {
        if (root is not null) return new RepoLayout(Path.GetFullPath(root));
        try
        {
            return RepoLayout.Discover(Environment.CurrentDirectory);
        }
        catch (ReproException) when (!required)
        {
            return null;
        }
    }
}
