namespace ParallelRepro.Wiki.Titles;

/// <summary>
/// A title after MediaWiki's normalization: either valid (<see cref="Text"/> with spaces, first letter
/// upper case, and any <c>#fragment</c> split off) or invalid with MediaWiki's reason text.
/// </summary>
internal readonly record struct ParsedTitle(string? Text, string? Fragment, string? InvalidReason)
{
    public bool IsValid => Text is not null;

    public static ParsedTitle Valid(string text, string? fragment) => new(text, fragment, null);

    public static ParsedTitle Invalid(string reason) => new(null, null, reason);
}
