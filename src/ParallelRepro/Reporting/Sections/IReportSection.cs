using System.Text;

namespace ParallelRepro.Reporting.Sections;

/// <summary>One part of the report page: a heading and what follows it, written as Markdown.</summary>
internal interface IReportSection
{
    /// <summary>The level-2 heading (also the anchor the contents line links to).</summary>
    string Heading { get; }

    void Write(ReportContext report, StringBuilder md);
}

internal static class SectionText
{
    /// <summary>The anchor Markdig gives a heading: lower case, spaces to dashes, other punctuation dropped.</summary>
    public static string Anchor(string heading)
        => new(heading.ToLowerInvariant().Replace(' ', '-').Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.').ToArray());

    public static StringBuilder Heading(this StringBuilder md, string heading, int level = 2)
        => md.Append('#', level).Append(' ').AppendLine(heading).AppendLine();

    public static StringBuilder Paragraph(this StringBuilder md, string text) => md.AppendLine(text).AppendLine();

    /// <summary>A block the page shows folded (HTML details) under a one-line summary of what it holds.</summary>
    public static StringBuilder Folded(this StringBuilder md, string summary, Action<StringBuilder> content)
    {
        md.Append("::: ").Append(Html.FoldedDetails.Info).Append(' ').AppendLine(summary.ReplaceLineEndings(" ")).AppendLine();
        content(md);
        return md.AppendLine(":::").AppendLine();
    }

    /// <summary>A paragraph whose numbers are formatted with <paramref name="provider"/> (always the invariant culture).</summary>
    public static StringBuilder Paragraph(this StringBuilder md, IFormatProvider provider, FormattableString text)
        => md.Paragraph(text.ToString(provider));
}
