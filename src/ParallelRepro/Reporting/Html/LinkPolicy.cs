using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ParallelRepro.Reporting.Html;

/// <summary>
/// Which links and images may stay in a page. Links: http(s) or relative. Images: only relative paths, i.e. the
/// report's own figures; an http(s) image becomes a plain link to it (the published page loads nothing from
/// elsewhere), and anything else (javascript:, data:, file:, ...) is reduced to its text.
/// </summary>
internal static partial class LinkPolicy
{
    public static void Apply(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>().ToArray())
        {
            if (link.IsImage && IsLocal(link.Url)) continue;
            if (link.IsImage && IsWeb(link.Url)) link.IsImage = false;
            else if (!link.IsImage && (IsWeb(link.Url) || IsLocal(link.Url))) continue;
            else Unwrap(link);
        }
        // <scheme:...> autolinks take any scheme; the visible text is kept either way.
        foreach (var autolink in document.Descendants<AutolinkInline>().ToArray())
            if (!IsWeb(autolink.Url)) autolink.ReplaceBy(new LiteralInline(autolink.Url));
    }

    /// <summary>http(s) with its scheme written out: a protocol-relative //host would become file://host on a saved page.</summary>
    public static bool IsWeb(string? url) => Scheme(url) is "http" or "https";

    /// <summary>No scheme and no host: a path on the same site (a browser ignores blanks and reads \ as /).</summary>
    public static bool IsLocal(string? url) => url is not null && Scheme(url) is null && !Compact(url).StartsWith("//", StringComparison.Ordinal);

    private static string? Scheme(string? url)
        => SchemePattern().Match(Compact(url)) is { Success: true } m ? m.Groups[1].Value.ToLowerInvariant() : null;

    private static string Compact(string? url) => new string((url ?? "").Where(c => c > ' ').ToArray()).Replace('\\', '/');

    /// <summary>The link's text stays, as plain text (emphasis inside it is dropped: these links are hostile anyway).</summary>
    private static void Unwrap(LinkInline link) => link.ReplaceBy(new LiteralInline(InlineText.Of(link)), copyChildren: false);

    [GeneratedRegex("^([A-Za-z][A-Za-z0-9+.-]*):")]
    private static partial Regex SchemePattern();
}
