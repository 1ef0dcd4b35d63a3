using Microsoft.Extensions.Hosting;

namespace ParallelRepro.Wiki.Serving;

/// <summary>
/// The replica runs inside someone else's process (the CLI, the pipeline, a test): that process owns Ctrl+C and
/// SIGTERM and stops the replica itself. The default console lifetime would hook the signals too.
/// </summary>
internal sealed class NoSignalsLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
