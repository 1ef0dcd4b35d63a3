using ParallelRepro.Wiki.Titles;

namespace ParallelRepro.Wiki.Api;

/// <summary>One <c>normalized</c> entry: a requested spelling and the title MediaWiki made of it.</summary>
/// <param name="FromEncoded">MediaWiki sets it when the spelling was not Unicode NFC (not modelled: always false).</param>
internal sealed record Normalization(string From, string To, bool FromEncoded);

/// <summary>One <c>redirects</c> entry: a redirect page and its target (with section, if the redirect has one).</summary>
internal sealed record Redirection(string From, string To, string? ToFragment);

internal enum PageKind { Existing, Missing, Invalid }

/// <summary>
/// One entry of <c>pages</c>: keyed by page id, or by a negative stand-in id for missing and invalid titles.
/// <paramref name="Page"/> is the catalog's page for an existing one.
/// </summary>
internal sealed record PageEntry(long Id, PageKind Kind, string Title, string? InvalidReason = null, WikiPage? Page = null);

/// <summary>What <c>action=query&amp;titles=...</c> found, in MediaWiki's output order.</summary>
internal sealed record QueryResult(IReadOnlyList<Normalization> Normalized, IReadOnlyList<Redirection> Redirects, IReadOnlyList<PageEntry> Pages);
