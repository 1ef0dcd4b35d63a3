using ParallelRepro.Common;
using ParallelRepro.Reporting.Html;

namespace ParallelRepro.Tests.Reporting;

public sealed class MarkdownTextTests
{
    [Fact]
    public void Untrusted_text_cannot_break_a_table_or_inject_markup()
    {
        var escaped = MarkdownText.Escape("a|b <script>x</script> [link](http://evil) *bold*\nnext");
        Assert.DoesNotContain("\n", escaped, StringComparison.Ordinal);
        Assert.Equal(@"a\|b \<script\>x\</script\> \[link\](http://evil) \*bold\* next", escaped);
    }

    [Fact]
    public void Rendered_html_escapes_html_from_the_markdown()
    {
        var html = HtmlPage.Render("t<", "| a |\n|---|\n| " + MarkdownText.Escape("<img src=x onerror=alert(1)>") + " |\n\n<b>raw</b>");
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>raw</b>", html, StringComparison.Ordinal);
        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Contains("<title>t&lt;</title>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.01234, "0.012")]
    [InlineData(1.5, "1.50")]
    [InlineData(123.45, "123.5")]
    [InlineData(0.00093, "0.00093")]
    [InlineData(null, "–")]
    public void Seconds_are_formatted_invariantly(double? value, string expected)
        => Assert.Equal(expected, MarkdownText.Seconds(value));

    [Theory]
    [InlineData(1111.11, "1111")]
    [InlineData(1.234, "1.23")]
    [InlineData(0.0024, "0.0024")]
    [InlineData(null, "–")]
    public void Ratios_keep_two_significant_digits_when_small(double? value, string expected)
        => Assert.Equal(expected, MarkdownText.Ratio(value));
}
