namespace ParallelRepro.Publishing;

/// <summary>
/// Sends a request again when <see cref="RetryPolicy"/> says so. It sits under Octokit (which does not
/// retry), so every API call gets the same rules. The clock and the wait are injected: tests run the
/// waits instantly and read what was waited.
/// </summary>
internal sealed class RetryingHandler(RetryPolicy policy, TimeProvider clock, Func<TimeSpan, CancellationToken, Task> delay, Action<string> log)
    : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (policy.WaitAfter(response, attempt, clock.GetUtcNow()) is not { } wait) return response;
            // Only the method, path and status: a URL could carry a query, and headers carry the token.
            log($"GitHub answered {(int)response.StatusCode} to {request.Method} {request.RequestUri?.AbsolutePath}; retrying in {wait.TotalSeconds:0.#} s (attempt {attempt + 1} of {policy.MaxAttempts})");
            response.Dispose();
            await delay(wait, cancellationToken).ConfigureAwait(false);
        }
    }
}
