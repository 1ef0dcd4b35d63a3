using System.Net;
using Markdig;

namespace ParallelRepro.Reporting;

/// <summary>
/// Renders report Markdown to one self-contained HTML page: Markdig with pipe tables, raw HTML in
/// the Markdown disabled (so untrusted text stays text), and a small inline stylesheet (no external requests; numbers in right-aligned cells never wrap).
/// </summary>
internal static class HtmlPage
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();

    private const string Style = """
        body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}
        h1,h2,h3{line-height:1.2}h2{border-bottom:1px solid #ddd;padding-bottom:.2em;margin-top:2em}
        table{border-collapse:collapse;margin:1em 0;font-variant-numeric:tabular-nums}
        th,td{border:1px solid #ccc;padding:.3em .6em}th{background:#f4f4f4}tr:nth-child(even) td{background:#fafafa}
        td[style*="right"]{white-space:nowrap}blockquote{margin:1em 0;padding:0 1em;border-left:4px solid #ddd;color:#444}
        img{max-width:100%;height:auto}code{background:#f4f4f4;padding:0 .2em}
        """;

    public static string Render(string title, string markdown)
        => $"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{WebUtility.HtmlEncode(title)}</title>
            <style>{Style}</style>
            </head>
            <body>
            {Markdown.ToHtml(markdown, Pipeline)}
            </body>
            </html>
            """;
}
