using ScottPlot;

namespace ParallelRepro.Reporting.Figures;

/// <summary>
/// Series colours close to the paper's spreadsheet charts (blue, red, green, purple, cyan, orange),
/// so a reader can hold a reproduced figure next to the original.
/// </summary>
internal static class PaperPalette
{
    private static readonly Color[] Colors =
    [
        Color.FromHex("#4572A7"), Color.FromHex("#AA4643"), Color.FromHex("#89A54E"), Color.FromHex("#80699B"),
        Color.FromHex("#3D96AE"), Color.FromHex("#DB843D"), Color.FromHex("#92A8CD"), Color.FromHex("#A47D7C"), Color.FromHex("#B5CA92"),
    ];

    public static Color For(int index) => Colors[index % Colors.Length];
}
