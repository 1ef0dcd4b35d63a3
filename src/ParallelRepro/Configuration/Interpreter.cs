using ParallelRepro.Common;

namespace ParallelRepro.Configuration;

/// <summary>A Python runtime to measure: a label for reports and the interpreter to start.</summary>
public sealed record Interpreter(string Label, string Path)
{
    /// <summary>Parses <c>label=path</c>, or a bare path whose file name becomes the label.</summary>
    public static Interpreter Parse(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0) throw new ReproException("empty interpreter entry (expected label=path or a path)");
        var equals = trimmed.IndexOf('=', StringComparison.Ordinal);
        return equals > 0
            ? new Interpreter(trimmed[..equals].Trim(), trimmed[(equals + 1)..].Trim())
            : new Interpreter(System.IO.Path.GetFileName(trimmed), trimmed);
    }

    /// <summary>A label safe to use as a folder name.</summary>
    public string Slug => new(Label.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '-').ToArray());
}
