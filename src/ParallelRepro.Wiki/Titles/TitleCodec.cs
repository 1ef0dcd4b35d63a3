using System.Text;
using System.Text.RegularExpressions;

namespace ParallelRepro.Wiki.Titles;

/// <summary>
/// MediaWiki's title parsing for the main namespace (<c>TitleParser::splitTitleString</c>): the rules that
/// decide whether two spellings are the same page and which spellings are not titles at all. Namespaces
/// and interwiki prefixes are not modelled: every title is in namespace 0, as the I/O program's are.
/// </summary>
internal static partial class TitleCodec
{
    /// <summary>Titles are stored in a 255-byte column; longer ones are invalid (spans of the paragraph can be).</summary>
    public const int MaxBytes = 255;

    public static ParsedTitle Parse(string text)
    {
        var key = BidiMarks().Replace(text, "");
        key = Whitespace().Replace(key, "_").Trim('_');
        if (key.Contains('\uFFFD', StringComparison.Ordinal))
            return ParsedTitle.Invalid("The requested page title contains an invalid UTF-8 sequence.");
        if (key.StartsWith(':')) key = key[1..].Trim('_'); // a leading colon means "main namespace"
        if (key.Length == 0) return Empty;

        string? fragment = null;
        var hash = key.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            fragment = key[(hash + 1)..].Replace('_', ' ');
            key = key[..hash].TrimEnd('_');
        }
        return Check(key) is { } reason ? ParsedTitle.Invalid(reason) : ParsedTitle.Valid(UpperFirst(key).Replace('_', ' '), fragment);
    }

    private static readonly ParsedTitle Empty = ParsedTitle.Invalid("The requested page title is empty or contains only the name of a namespace.");

    private static string? Check(string key)
    {
        if (key.Length == 0) return Empty.InvalidReason;
        if (IllegalSequence().Match(key) is { Success: true } bad)
            return $"The requested page title contains invalid characters: \"{bad.Value}\".";
        if (IsRelativePath(key))
            return "Title has relative path. Relative page titles (./, ../) are invalid, because they will often be unreachable when handled by user's browser.";
        if (key.Contains("~~~", StringComparison.Ordinal))
            return "The requested page title contains invalid magic tilde sequence (~~~).";
        if (Encoding.UTF8.GetByteCount(key) > MaxBytes)
            return $"The requested page title is too long. It must be no longer than {MaxBytes} bytes in UTF-8 encoding.";
        if (key.StartsWith(':'))
            return "The requested page title contains an invalid colon at the beginning.";
        return null;
    }

    // "./x", "a/../b" and the like: browsers would resolve them as relative URLs.
    private static bool IsRelativePath(string key)
        => key.Contains('.', StringComparison.Ordinal)
           && (key is "." or ".."
               || key.StartsWith("./", StringComparison.Ordinal) || key.StartsWith("../", StringComparison.Ordinal)
               || key.Contains("/./", StringComparison.Ordinal) || key.Contains("/../", StringComparison.Ordinal)
               || key.EndsWith("/.", StringComparison.Ordinal) || key.EndsWith("/..", StringComparison.Ordinal));

    // $wgCapitalLinks: the first letter is case-insensitive, so MediaWiki stores it upper case.
    private static string UpperFirst(string key)
    {
        var first = Rune.GetRuneAt(key, 0);
        var upper = Rune.ToUpperInvariant(first);
        return upper == first ? key : string.Concat(upper.ToString(), key.AsSpan(first.Utf16SequenceLength));
    }

    [GeneratedRegex("[\u200E\u200F\u202A-\u202E]+")]
    private static partial Regex BidiMarks();

    [GeneratedRegex("[ _\u00A0\u1680\u180E\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+")]
    private static partial Regex Whitespace();

    // $wgLegalTitleChars (every non-ASCII character is legal), plus percent escapes and HTML entities,
    // which would not round-trip through URLs and wikitext.
    [GeneratedRegex("""[^ %!"$&'()*,\-./0-9:;=?@A-Z\\^_`a-z~+\u0080-\uFFFF]|%[0-9A-Fa-f]{2}|&[A-Za-z0-9\u0080-\uFFFF]+;""")]
    private static partial Regex IllegalSequence();
}
