using System.Collections;
using System.Globalization;

namespace ParallelRepro.Claims;

/// <summary>
/// The thread/process counts a condition ranges over: those that were run, and those of the claim's
/// range that were not. Enumerates the run ones.
/// </summary>
internal sealed record NSet(IReadOnlyList<int> Run, IReadOnlyList<int> Missing) : IEnumerable<int>
{
    public bool Complete => Missing.Count == 0;

    public string MissingText => "not run at n = " + Text(Missing);

    public static string Text(IEnumerable<int> ns) => string.Join(", ", ns.Select(n => n.ToString(CultureInfo.InvariantCulture)));

    public IEnumerator<int> GetEnumerator() => Run.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
