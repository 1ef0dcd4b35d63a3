using System.Globalization;

namespace ParallelRepro.DotNet.Workloads;

/// <summary>
/// Rows of (origin, destination, distance) read from a <c>ppp data</c> CSV file (cpu_bound's input, and cpu_bound's
/// serial output, which is overhead's input), as three int columns: the typed form the omp variants convert to.
/// </summary>
internal sealed class IntRows(int[] origin, int[] destination, int[] distance)
{
    public int[] Origin { get; } = origin;
    public int[] Destination { get; } = destination;
    public int[] Distance { get; } = distance;
    public int Count => Origin.Length;

    public static IntRows Load(string path)
    {
        List<int> origin = [], destination = [], distance = [];
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var fields = line.Split(',');
            if (fields.Length != 3) throw new FormatException($"{path}:{number}: expected origin,destination,distance, got '{line}'");
            origin.Add(Parse(fields[0], path, number));
            destination.Add(Parse(fields[1], path, number));
            distance.Add(Parse(fields[2], path, number));
        }
        return new IntRows([.. origin], [.. destination], [.. distance]);
    }

    /// <summary>The CSV line of row i with the given distance column (the text Python writes for its string rows).</summary>
    public string Line(int i, int[] distances) => string.Create(CultureInfo.InvariantCulture, $"{Origin[i]},{Destination[i]},{distances[i]}");

    private static int Parse(string field, string path, int line)
        => int.TryParse(field, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"{path}:{line}: '{field}' is not an integer");
}
