using Markdig;
using Markdig.Syntax;

namespace ParallelRepro.Reporting.Html;

/// <summary>
/// The one Markdig pipeline every page goes through. Report Markdown mixes our own text with text from outside
/// (DEVIATIONS.md from a commit, stderr, runner labels, commit names), so the pipeline is built for untrusted input:
/// raw HTML is off, and only extensions that cannot emit attributes or embeds are on (no generic attributes, no
/// media links: both are in Markdig's "advanced" set). <see cref="LinkPolicy"/> then drops every link that is not
/// http(s) or relative and every image that is not a file beside the page.
/// </summary>
internal static class SafeMarkdown
{
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables().UseAutoIdentifiers().UseEmphasisExtras().UseListExtras().UseTaskLists().UseFootnotes().UseAutoLinks()
        .UseCustomContainers().Use<FoldedDetails>()
        .DisableHtml()
        .Build();

    /// <summary>Parses and applies the link policy: the only way Markdown becomes a document here.</summary>
    public static MarkdownDocument Parse(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        LinkPolicy.Apply(document);
        return document;
    }

    public static string ToHtml(MarkdownDocument document)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var renderer = new Markdig.Renderers.HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        return writer.ToString();
    }
}
