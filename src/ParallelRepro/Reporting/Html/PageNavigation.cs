using System.Net;
using System.Text;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace ParallelRepro.Reporting.Html;

/// <summary>
/// The contents that stay beside the page while it scrolls: every level-2 heading, and the level-3 headings of the
/// sections asked for (the programs), so each is one click away. Built from the parsed page, so it cannot go stale.
/// </summary>
internal static class PageNavigation
{
    public static string Html(MarkdownDocument document, IReadOnlyCollection<string> expanded)
    {
        var html = new StringBuilder("<nav class=\"toc\" aria-label=\"Contents\"><strong>Contents</strong>\n<ul>\n");
        var open = false;
        var expand = false;
        foreach (var heading in document.OfType<HeadingBlock>())
        {
            var id = heading.GetAttributes().Id;
            if (id is null || heading.Level is not (2 or 3)) continue;
            if (heading.Level == 2)
            {
                Close(html, ref open);
                expand = expanded.Contains(id);
                html.Append("<li>").Append(Link(id, heading));
                html.Append(expand ? "\n<ul>\n" : "</li>\n");
                open = expand;
            }
            else if (expand)
                html.Append("<li>").Append(Link(id, heading)).Append("</li>\n");
        }
        Close(html, ref open);
        return html.Append("</ul></nav>").ToString();
    }

    private static void Close(StringBuilder html, ref bool open)
    {
        if (open) html.Append("</ul></li>\n");
        open = false;
    }

    private static string Link(string id, HeadingBlock heading)
        => $"<a href=\"#{WebUtility.HtmlEncode(id)}\">{WebUtility.HtmlEncode(InlineText.Of(heading.Inline))}</a>";
}
