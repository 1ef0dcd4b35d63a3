using System.Globalization;
using Microsoft.AspNetCore.Http;
using ParallelRepro.Wiki.Api;

namespace ParallelRepro.Wiki.Serving;

/// <summary>
/// One HTTP request through the replica: number it, maybe throttle it, queue for a concurrency slot, wait the
/// modelled latency, maybe fail it, else answer the API call. Every response carries <c>X-Replica-Request</c>
/// (its number) and, once it has waited, <c>X-Replica-Delay-Ms</c>, so tests can check behaviour without clocks.
/// </summary>
internal sealed class RequestPipeline(ApiHandler api, ReplicaCounters counters, WikiReplicaOptions options)
{
    public const string ApiPath = "/w/api.php";
    public const string StatsPath = "/_replica/stats";

    private readonly LatencyModel latency = new(options.Latency, options.Seed);
    private readonly FaultPlan faults = new(options.Faults, options.Seed);
    private readonly SemaphoreSlim slots = new(options.MaxConcurrency, options.MaxConcurrency);

    public async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value;
        if (path == StatsPath)
            await Respond.StatsAsync(context, counters.Snapshot()).ConfigureAwait(false);
        else if (path is ApiPath or "/" or "" or null)
            await HandleApiAsync(context).ConfigureAwait(false);
        else
            await Respond.TextAsync(context, StatusCodes.Status404NotFound, "Not Found").ConfigureAwait(false);
    }

    private async Task HandleApiAsync(HttpContext context)
    {
        var number = counters.NextRequest();
        context.Response.Headers["X-Replica-Request"] = number.ToString(CultureInfo.InvariantCulture);
        try
        {
            if (faults.IsThrottled(number))
                await Respond.ThrottledAsync(context).ConfigureAwait(false);
            else
                await ServeInSlotAsync(context, number).ConfigureAwait(false);
        }
        finally
        {
            // 499 (nginx's "client closed request"): the client went away before its answer was written.
            counters.Answered(context.RequestAborted.IsCancellationRequested ? 499 : context.Response.StatusCode);
        }
    }

    private async Task ServeInSlotAsync(HttpContext context, long number)
    {
        if (!slots.Wait(0)) await QueueForSlotAsync(context.RequestAborted).ConfigureAwait(false);
        counters.StartServing();
        try
        {
            await ServeAsync(context, number).ConfigureAwait(false);
        }
        finally
        {
            counters.StopServing();
            slots.Release();
        }
    }

    // Only requests that find every slot taken count as waiting.
    private async Task QueueForSlotAsync(CancellationToken ct)
    {
        counters.StartWaiting();
        try
        {
            await slots.WaitAsync(ct).ConfigureAwait(false);
        }
        finally
        {
            counters.StopWaiting();
        }
    }

    private async Task ServeAsync(HttpContext context, long number)
    {
        if (options.WhileServing is { } hold) await hold(context.RequestAborted).ConfigureAwait(false);
        var delay = latency.DelayFor(number) + faults.ExtraDelayFor(number);
        if (faults.IsSlow(number)) counters.Slowed();
        context.Response.Headers["X-Replica-Delay-Ms"] = delay.TotalMilliseconds.ToString("0.###", CultureInfo.InvariantCulture);
        await Task.Delay(delay, options.Clock, context.RequestAborted).ConfigureAwait(false);

        if (faults.IsError(number))
        {
            await Respond.TextAsync(context, StatusCodes.Status500InternalServerError, "Internal Server Error (injected by the wiki replica)").ConfigureAwait(false);
            return;
        }
        var parameters = await Parameters.ReadAsync(context.Request).ConfigureAwait(false);
        var caller = new ApiCaller($"http://{context.Request.Host}", ApiPath, context.Connection.RemoteIpAddress?.ToString() ?? "127.0.0.1");
        var answer = api.Answer(parameters, caller);
        if (answer.ErrorCode is { } code) counters.ApiError(code);
        else counters.TitlesServed(answer.TitleCount);
        await Respond.ApiAsync(context, answer).ConfigureAwait(false);
    }
}
