namespace ParallelRepro.Publishing;

/// <summary>Where GitHub Pages serves a repository's site, and a commit's report in it.</summary>
internal static class PagesUrl
{
    /// <summary>
    /// The project site <c>https://owner.github.io/name/</c> (or the user site for a repository named
    /// owner.github.io). Only github.com has a known Pages host: elsewhere the caller must say
    /// (REPRO_PAGES_URL, or the deploy job's page_url).
    /// </summary>
    public static Uri? For(string owner, string name, Uri serverUrl)
    {
        if (!serverUrl.Host.Equals("github.com", StringComparison.OrdinalIgnoreCase)) return null;
        var host = owner.ToLowerInvariant() + ".github.io";
        return name.Equals(host, StringComparison.OrdinalIgnoreCase)
            ? new Uri($"https://{host}/")
            : new Uri($"https://{host}/{name}/");
    }

    /// <summary>A report's page: the folder the report stage names after the commit, under the site.</summary>
    public static Uri Report(Uri site, string folder)
    {
        var root = site.AbsoluteUri.EndsWith('/') ? site : new Uri(site.AbsoluteUri + "/");
        return new Uri(root, Uri.EscapeDataString(folder) + "/");
    }
}
