using ParallelRepro.Common;
using ScottPlot;

namespace ParallelRepro.Reporting.Figures;

/// <summary>A figure written as PNG (for the page) and SVG (linked from it, sharp at any zoom), with its alt text.</summary>
public sealed record FigureRef(string Png, string Svg, string Alt)
{
    /// <summary>The image, linked to its SVG, as Markdown with relative paths (the report folder moves as a whole).</summary>
    public string Markdown => $"[![{MarkdownText.Escape(Alt)}]({Png})]({Svg})";
}

/// <summary>Saves figures into a report's <c>figures/</c> folder under file-safe names.</summary>
internal sealed class FigureSink(string reportDirectory)
{
    public const string Folder = "figures";
    public const int Width = 1000;

    private readonly List<FigureRef> written = [];

    public IReadOnlyList<FigureRef> Written => written;

    internal FigureRef Save(Plot plot, string name, string alt, int height = 460)
    {
        var file = FileSafe(name);
        var directory = Path.Combine(reportDirectory, Folder);
        Directory.CreateDirectory(directory);
        ChartStyle.Apply(plot);
        plot.SavePng(Path.Combine(directory, file + ".png"), Width, height);
        plot.SaveSvg(Path.Combine(directory, file + ".svg"), Width, height);
        var figure = new FigureRef($"{Folder}/{file}.png", $"{Folder}/{file}.svg", alt);
        lock (written) written.Add(figure);
        return figure;
    }

    public static string FileSafe(string name)
        => new(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-').ToArray());
}
