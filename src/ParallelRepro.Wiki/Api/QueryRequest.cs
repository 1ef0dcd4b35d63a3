namespace ParallelRepro.Wiki.Api;

/// <summary>An <c>action=query</c> request that passed parameter validation.</summary>
/// <param name="Titles">The <c>titles</c> values as sent (after splitting), duplicates and all.</param>
/// <param name="ResolveRedirects">Whether <c>redirects</c> was given (any value: MediaWiki booleans are "present = true").</param>
/// <param name="Modules">What was asked beyond the page set: <c>prop</c>, <c>meta</c> and their own parameters.</param>
/// <param name="Warnings">Parameters and values the replica did not recognize, as MediaWiki would warn about them.</param>
internal sealed record QueryRequest(IReadOnlyList<string> Titles, bool ResolveRedirects, QueryModules Modules, IReadOnlyList<ApiWarning> Warnings);

/// <summary>The query submodules asked for, with their <c>*prop</c> values (only the ones the replica knows).</summary>
internal sealed record QueryModules(IReadOnlySet<string> Prop, IReadOnlySet<string> Meta, IReadOnlySet<string> InfoProps, IReadOnlySet<string> SiteInfoProps, IReadOnlySet<string> UserInfoProps)
{
    public static readonly QueryModules None = new(Empty, Empty, Empty, Empty, Empty);

    private static IReadOnlySet<string> Empty => new HashSet<string>();

    public bool Info => Prop.Contains("info");
}
