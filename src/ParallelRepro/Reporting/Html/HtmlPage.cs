using System.Net;

namespace ParallelRepro.Reporting.Html;

/// <summary>
/// Renders report Markdown to one self-contained HTML page through <see cref="SafeMarkdown"/>, with a small inline
/// stylesheet (no external requests; numbers in right-aligned cells never wrap; long text does) and, for long pages,
/// a contents column that stays in view (a plain block above the text on narrow screens).
/// </summary>
internal static class HtmlPage
{
    private const string Style = """
        body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#222}
        main{max-width:1100px;margin:1.5em auto;padding:0 1em}
        nav.toc{font-size:13px;line-height:1.35;padding:.8em 1em;background:#f7f7f7;border-bottom:1px solid #ddd}
        nav.toc ul{margin:.3em 0;padding-left:1.1em}nav.toc a{text-decoration:none}
        @media(min-width:1360px){nav.toc{position:fixed;top:0;left:0;bottom:0;width:210px;overflow:auto;border:0;border-right:1px solid #ddd}
        main{margin-left:max(250px,calc(50vw - 550px + 120px))}}
        h1,h2,h3{line-height:1.2}h1{margin-top:0}h2{border-bottom:1px solid #ddd;padding-bottom:.2em;margin-top:2em}
        table{border-collapse:collapse;margin:1em 0;font-variant-numeric:tabular-nums}
        th,td{border:1px solid #ccc;padding:.3em .6em;overflow-wrap:anywhere}th{background:#f4f4f4}tr:nth-child(even) td{background:#fafafa}
        td[style*="right"]{white-space:nowrap;overflow-wrap:normal}blockquote{margin:1em 0;padding:0 1em;border-left:4px solid #ddd;color:#444}
        img{max-width:100%;height:auto}code{background:#f4f4f4;padding:0 .2em;white-space:pre-wrap;overflow-wrap:anywhere}
        details{margin:.6em 0;border:1px solid #e4e4e4;padding:.2em .8em}summary{cursor:pointer;font-weight:600}
        """;

    /// <summary>
    /// The page; <paramref name="navigation"/> lists the anchors of level-2 sections whose level-3 headings the
    /// contents column lists too (none: no contents column).
    /// </summary>
    public static string Render(string title, string markdown, IReadOnlyCollection<string>? navigation = null)
    {
        var document = SafeMarkdown.Parse(markdown);
        var nav = navigation is null ? "" : PageNavigation.Html(document, navigation) + "\n";
        return $"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{WebUtility.HtmlEncode(title)}</title>
            <style>{Style}</style>
            </head>
            <body>
            {nav}<main>
            {SafeMarkdown.ToHtml(document)}
            </main>
            </body>
            </html>
            """;
    }
}
