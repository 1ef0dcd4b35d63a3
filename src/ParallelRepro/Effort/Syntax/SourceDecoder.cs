using System.Text;
using System.Text.RegularExpressions;

namespace ParallelRepro.Effort.Syntax;

/// <summary>
/// Bytes to text as CPython and Cython decode a source file: a UTF-8 BOM, else a PEP 263 coding
/// declaration on line 1 (or line 2 after a comment or blank line), else UTF-8. Bytes the encoding
/// does not allow are an error on their line, never replaced silently.
/// </summary>
internal static partial class SourceDecoder
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    public static string Decode(byte[] bytes)
    {
        var hasBom = bytes.AsSpan().StartsWith(Bom);
        var offset = hasBom ? Bom.Length : 0;
        var declared = Declaration(bytes.AsSpan(offset));
        if (hasBom && declared is { } other && !IsUtf8(other.Name))
            throw new SourceSyntaxException(other.Line, $"encoding problem: {other.Name} with BOM");
        var encoding = declared is { } d && !IsUtf8(d.Name) ? Lookup(d) : new UTF8Encoding(false, throwOnInvalidBytes: true);
        try
        {
            return encoding.GetString(bytes, offset, bytes.Length - offset);
        }
        catch (DecoderFallbackException e)
        {
            var at = offset + Math.Max(e.Index, 0);
            var line = 1 + bytes.AsSpan(0, Math.Min(at, bytes.Length)).Count((byte)'\n');
            var bad = e.BytesUnknown is { Length: > 0 } unknown ? $" byte 0x{unknown[0]:x2}" : "";
            throw new SourceSyntaxException(line, $"'{encoding.WebName}' codec can't decode{bad}: not valid {encoding.WebName}");
        }
    }

    private static (string Name, int Line)? Declaration(ReadOnlySpan<byte> bytes)
    {
        var lineNumber = 1;
        foreach (var range in bytes.Split((byte)'\n'))
        {
            if (lineNumber > 2) break;
            var line = Encoding.Latin1.GetString(bytes[range]);
            if (Cookie().Match(line) is { Success: true } match) return (match.Groups[1].Value, lineNumber);
            if (!BlankOrComment().IsMatch(line)) break;
            lineNumber++;
        }
        return null;
    }

    private static Encoding Lookup((string Name, int Line) declared)
    {
        try
        {
            return Encoding.GetEncoding(Normal(declared.Name), EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException)
        {
            throw new SourceSyntaxException(declared.Line, $"unknown encoding: {declared.Name}");
        }
    }

    private static bool IsUtf8(string name) => Normal(name) == "utf-8";

    /// <summary>CPython's get_normal_name: the spellings of UTF-8 and Latin-1 it maps before looking a codec up.</summary>
    private static string Normal(string name)
    {
        var lower = name.ToLowerInvariant().Replace('_', '-');
        if (lower is "utf-8" or "utf8" || lower.StartsWith("utf-8-", StringComparison.Ordinal)) return "utf-8";
        string[] latin1 = ["latin-1", "iso-8859-1", "iso-latin-1"];
        return latin1.Any(l => lower == l || lower.StartsWith(l + "-", StringComparison.Ordinal)) ? "iso-8859-1" : lower;
    }

    [GeneratedRegex(@"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)")]
    private static partial Regex Cookie();

    [GeneratedRegex(@"^[ \t\f]*(?:[#\r]|$)")]
    private static partial Regex BlankOrComment();
}
