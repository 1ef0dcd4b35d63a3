using System.Globalization;
using System.Text;

namespace ParallelRepro.Common;

/// <summary>Markdown building blocks: escaped text, invariant numbers, pipe tables.</summary>
internal static class MarkdownText
{
    /// <summary>Escapes text from outside (labels, stderr) so it cannot break a table or inject markup.</summary>
    public static string Escape(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text.ReplaceLineEndings(" "))
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '#' or '!' or '~') result.Append('\\');
            result.Append(c);
        }
        return result.ToString();
    }

    /// <summary>
    /// Outside text as a code span: fenced by one more backtick than its longest run of them, padded when it starts or
    /// ends with one, so a backtick in a commit name cannot end the span early. Not for table cells (a pipe ends those).
    /// </summary>
    public static string Code(string text)
    {
        var flat = text.ReplaceLineEndings(" ");
        var longest = 0;
        for (var (i, run) = (0, 0); i < flat.Length; i++) longest = Math.Max(longest, run = flat[i] == '`' ? run + 1 : 0);
        var fence = new string('`', longest + 1);
        var pad = flat.StartsWith('`') || flat.EndsWith('`') || flat.Length == 0 ? " " : "";
        return fence + pad + flat + pad + fence;
    }

    public static string Seconds(double? value)
        => value switch
        {
            null => "–",
            >= 100 => value.Value.ToString("0.0", CultureInfo.InvariantCulture),
            >= 1 => value.Value.ToString("0.00", CultureInfo.InvariantCulture),
            >= 0.01 => value.Value.ToString("0.000", CultureInfo.InvariantCulture),
            // Compiled variants finish in under a millisecond: two significant digits rather than 0.000.
            _ => TwoSignificant(value.Value),
        };

    /// <summary>Speedups and other ratios: two decimals, fewer digits for big ones, more for tiny ones.</summary>
    public static string Ratio(double? value)
        => value switch
        {
            null => "–",
            >= 100 => value.Value.ToString("0", CultureInfo.InvariantCulture),
            >= 0.01 => value.Value.ToString("0.00", CultureInfo.InvariantCulture),
            _ => TwoSignificant(value.Value),
        };

    private static string TwoSignificant(double value)
    {
        if (value <= 0) return value.ToString("0.000", CultureInfo.InvariantCulture);
        var decimals = Math.Clamp(1 - (int)Math.Floor(Math.Log10(value)), 0, 12);
        return Math.Round(value, decimals).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    public static string Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, IReadOnlyList<bool>? rightAligned = null)
    {
        var md = new StringBuilder();
        md.Append("| ").AppendJoin(" | ", header).AppendLine(" |");
        md.Append('|').AppendJoin('|', header.Select((_, i) => rightAligned?[i] == true ? "---:" : "---")).AppendLine("|");
        foreach (var row in rows) md.Append("| ").AppendJoin(" | ", row).AppendLine(" |");
        return md.ToString();
    }
}
