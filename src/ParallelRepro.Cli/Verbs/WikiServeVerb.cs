using System.CommandLine;
using ParallelRepro.Common;
using ParallelRepro.Running;
using ParallelRepro.Wiki;

namespace ParallelRepro.Cli.Verbs;

/// <summary>
/// <c>repro wiki-serve</c>: runs the MediaWiki API replica on 127.0.0.1 until Ctrl+C or SIGTERM. Prints one line,
/// <c>listening on http://127.0.0.1:PORT/w/api.php</c>, once it accepts connections, so a script can wait for it.
/// </summary>
internal static class WikiServeVerb
{
    public static Command Create(CliServices services)
    {
        var options = new WikiServeOptions();
        var command = new Command("wiki-serve", "Serve the replica of the MediaWiki API used by the I/O-bound program");
        options.AddTo(command);
        command.SetAction((parse, ct) => ServeAsync(options.Resolve(parse, services.Clock), services.Console, ct));
        return command;
    }

    public static async Task<int> ServeAsync(WikiReplicaOptions options, IAnsiConsole console, CancellationToken ct)
    {
        await using var replica = await WikiReplicaLauncher.StartAsync(options, ct).ConfigureAwait(false);
        console.WriteLine($"listening on {replica.ApiUrl}");
        console.Profile.Out.Writer.Flush();
        try
        {
            await Task.Delay(Timeout.Infinite, ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C or SIGTERM: the normal way to stop a server, not an error.
        }
        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        await replica.StopAsync(grace.Token).ConfigureAwait(false);
        return ExitCodes.Ok;
    }
}
