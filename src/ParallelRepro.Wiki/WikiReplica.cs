using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ParallelRepro.Wiki.Api;
using ParallelRepro.Wiki.Serving;
using ParallelRepro.Wiki.Titles;

namespace ParallelRepro.Wiki;

/// <summary>
/// Starts the replica of the MediaWiki API subset the I/O-bound program uses (<c>action=query</c>, <c>titles</c>,
/// <c>normalized</c>, <c>redirects</c>), on 127.0.0.1 only.
/// </summary>
public static class WikiReplica
{
    /// <summary>
    /// Loads the title list, binds the port and returns once the replica accepts connections.
    /// Throws <see cref="WikiReplicaException"/> for a missing or malformed title list, a bad option or a port in use.
    /// </summary>
    public static async Task<RunningWikiReplica> StartAsync(WikiReplicaOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var catalog = TitleCatalogLoader.Load(options.TitlesPath);
        var counters = new ReplicaCounters(options.MaxConcurrency);
        var app = Build(options);
        app.Run(new RequestPipeline(new ApiHandler(catalog), counters, options).HandleAsync);
        try
        {
            await app.StartAsync(ct).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw new WikiReplicaException(BindFailure(options.Port, e), e);
        }
        return new RunningWikiReplica(app, BoundPort(app), counters, catalog.Count);
    }

    private static WebApplication Build(WikiReplicaOptions options)
    {
        // The empty builder: no configuration files, environment variables or log output, only Kestrel.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Services.AddSingleton<IHostLifetime, NoSignalsLifetime>();
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(2));
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, options.Port);
            kestrel.AddServerHeader = false;
            // The program sizes chunks against 8,192 characters of raw text; percent-encoding makes the request line
            // longer than Kestrel's 8 KiB default. Real servers accepted them, so the replica must not answer 414.
            kestrel.Limits.MaxRequestLineSize = 64 * 1024;
            kestrel.Limits.MaxRequestHeadersTotalSize = 96 * 1024;
        });
        return builder.Build();
    }

    private static string BindFailure(int port, IOException e)
        => e.InnerException is AddressInUseException || (e.InnerException as SocketException)?.SocketErrorCode == SocketError.AddressAlreadyInUse
            ? $"port {port} on 127.0.0.1 is already in use (choose another with --port, or 0 for any free port)"
            : $"cannot listen on 127.0.0.1:{port}: {e.Message.Split('\n', 2)[0].Trim()}";

    private static int BoundPort(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        var address = addresses?.FirstOrDefault() ?? throw new InvalidOperationException("Kestrel reported no bound address");
        return new Uri(address).Port;
    }
}
