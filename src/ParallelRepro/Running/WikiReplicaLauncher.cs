using ParallelRepro.Common;
using ParallelRepro.Configuration;
using ParallelRepro.Wiki;

namespace ParallelRepro.Running;

/// <summary>
/// Starts the wiki replica in-process for I/O-bound runs: the profile's latency model, the run's seed, the title
/// list of the checkout. The replica's input errors become <see cref="ReproException"/>s (one line, exit code 2).
/// </summary>
/// <example>
/// <code>
/// await using var wiki = await WikiReplicaLauncher.StartAsync(WikiReplicaLauncher.OptionsFor(settings, clock), ct);
/// // pass wiki.ApiUrl to the workload (--wiki-url); afterwards wiki.Stats.Requests is the request count
/// </code>
/// </example>
internal static class WikiReplicaLauncher
{
    public static WikiReplicaOptions OptionsFor(ReproSettings settings, TimeProvider clock) => new()
    {
        TitlesPath = settings.Layout.WikiTitles,
        Latency = LatencyFor(settings.Profile),
        Seed = settings.Seed,
        Clock = clock,
    };

    /// <summary>
    /// Which API the I/O-bound runs queried, for their records: a replica's numbers depend on its latency model, a real
    /// wiki's on the network. Only the host of a user-given URL is kept (no paths or query strings in published data).
    /// </summary>
    public static string Describe(ReproSettings settings)
    {
        if (settings.WikiUrl is { } url)
            return $"a MediaWiki API at {(Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : "a user-given URL")}";
        var latency = LatencyFor(settings.Profile);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"the local replica on 127.0.0.1, {latency.Name} latency: {latency.FixedMs} ms + up to {latency.JitterMs} ms per request");
    }

    public static LatencyProfile LatencyFor(Profile profile) => Translate(() => LatencyProfile.Parse(profile.Name));

    public static async Task<RunningWikiReplica> StartAsync(WikiReplicaOptions options, CancellationToken ct)
    {
        try
        {
            return await WikiReplica.StartAsync(options, ct).ConfigureAwait(false);
        }
        catch (WikiReplicaException e)
        {
            throw new ReproException(e.Message);
        }
    }

    private static T Translate<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (WikiReplicaException e)
        {
            throw new ReproException(e.Message);
        }
    }
}
