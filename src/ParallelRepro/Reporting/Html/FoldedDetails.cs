using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace ParallelRepro.Reporting.Html;

/// <summary>
/// <c>::: details Summary text</c> … <c>:::</c> becomes a folded <c>&lt;details&gt;</c> block: how the report folds long
/// per-cell tables and stderr while raw HTML stays disabled. The summary is written as escaped text.
/// </summary>
internal sealed class FoldedDetails : IMarkdownExtension
{
    public const string Info = "details";

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<DetailsRenderer>())
            html.ObjectRenderers.InsertBefore<HtmlCustomContainerRenderer>(new DetailsRenderer());
    }

    /// <summary>Renders every custom container: details ones folded, others as Markdig would (a div).</summary>
    private sealed class DetailsRenderer : HtmlObjectRenderer<CustomContainer>
    {
        protected override void Write(HtmlRenderer renderer, CustomContainer block)
        {
            renderer.EnsureLine();
            if (block.Info == Info)
            {
                renderer.Write("<details><summary>").WriteEscape(block.Arguments ?? "details").WriteLine("</summary>");
                renderer.WriteChildren(block);
                renderer.WriteLine("</details>");
                return;
            }
            renderer.Write("<div").WriteAttributes(block).Write('>');
            renderer.WriteChildren(block);
            renderer.WriteLine("</div>");
        }
    }
}
