namespace ParallelRepro.Wiki.Api;

/// <summary>An <c>action=query</c> request that passed parameter validation.</summary>
/// <param name="Titles">The <c>titles</c> values as sent (after splitting), duplicates and all.</param>
/// <param name="ResolveRedirects">Whether <c>redirects</c> was given (any value: MediaWiki booleans are "present = true").</param>
internal sealed record QueryRequest(IReadOnlyList<string> Titles, bool ResolveRedirects);
