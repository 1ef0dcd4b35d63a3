using System.Security.Cryptography;
using System.Text;

namespace ParallelRepro.DotNet.Workloads;

/// <summary>The canonical text of <c>ppp/output.py</c> (one line per item, each ended by \n) and its digest.</summary>
internal static class CanonicalOutput
{
    public static string Text(IEnumerable<string> lines)
    {
        var text = new StringBuilder();
        foreach (var line in lines) text.Append(line).Append('\n');
        return text.ToString();
    }

    public static string Digest(string text) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public static string Digest(IEnumerable<string> lines) => Digest(Text(lines));
}
