using System.Globalization;

namespace ParallelRepro.DotNet.Workloads.MemoryBound;

/// <summary>A square int64 matrix, row-major in one array (the NumPy int64 arrays of the Python ports).</summary>
internal sealed record SquareMatrix(int Size, long[] Cells)
{
    public static SquareMatrix Load(string path)
    {
        var rows = File.ReadLines(path).Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(l => l.Split(',').Select(x => long.Parse(x, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)).ToArray())
            .ToArray();
        if (rows.Any(r => r.Length != rows.Length))
            throw new FormatException($"{path}: expected a square matrix of {rows.Length} rows");
        return new SquareMatrix(rows.Length, rows.SelectMany(r => r).ToArray());
    }

    /// <summary>C as CSV rows in row order: must match serial byte for byte.</summary>
    public static IReadOnlyList<string> Lines(ReadOnlySpan<long> cells, int size)
    {
        var lines = new string[size];
        for (var i = 0; i < size; i++)
        {
            var row = cells.Slice(i * size, size).ToArray();
            lines[i] = string.Join(',', row.Select(x => x.ToString(CultureInfo.InvariantCulture)));
        }
        return lines;
    }
}
