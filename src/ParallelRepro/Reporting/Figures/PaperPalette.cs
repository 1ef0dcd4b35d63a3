using ScottPlot;

namespace ParallelRepro.Reporting.Figures;

/// <summary>
/// Series colours close to the paper's spreadsheet charts (blue, red, green, purple, cyan, orange),
/// so a reader can hold a reproduced figure next to the original. A chart with more series than the list (the C#
/// variants beside the paper's) gets further colours around the hue circle, never a repeat.
/// </summary>
internal static class PaperPalette
{
    private static readonly Color[] Colors =
    [
        Color.FromHex("#4572A7"), Color.FromHex("#AA4643"), Color.FromHex("#89A54E"), Color.FromHex("#80699B"),
        Color.FromHex("#3D96AE"), Color.FromHex("#DB843D"), Color.FromHex("#92A8CD"), Color.FromHex("#A47D7C"), Color.FromHex("#B5CA92"),
        Color.FromHex("#1B1B1B"), Color.FromHex("#D4AF37"), Color.FromHex("#E377C2"),
    ];

    public static int Count => Colors.Length;

    public static Color For(int index)
    {
        if (index < Colors.Length) return Colors[index];
        // The golden angle spreads hues so that no two indices meet; lightness alternates to keep neighbours apart.
        var k = index - Colors.Length;
        var hue = (float)((k * 137.508 + 15) % 360 / 360);
        return Color.FromHSL(hue, 0.65f, k % 2 == 0 ? 0.38f : 0.55f);
    }
}
