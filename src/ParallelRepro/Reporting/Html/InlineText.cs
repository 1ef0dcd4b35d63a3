using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ParallelRepro.Reporting.Html;

/// <summary>The plain text of parsed inlines: what a reader sees of a heading or a link, without its markup.</summary>
internal static class InlineText
{
    public static string Of(ContainerInline? inline)
        => inline is null ? "" : string.Concat(inline.Descendants<Inline>().Select(i => i switch
        {
            LiteralInline literal => literal.Content.ToString(),
            CodeInline code => code.Content,
            _ => "",
        }));
}
