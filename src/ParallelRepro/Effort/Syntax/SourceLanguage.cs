namespace ParallelRepro.Effort.Syntax;

/// <summary>The two source dialects the analyzer reads; Cython is Python plus declarations the parser must skip over.</summary>
internal enum SourceLanguage
{
    Python,
    Cython,
}

internal static class SourceLanguages
{
    /// <summary>By extension, as cloc decides: .pyx, .pxd and .pxi are Cython; .py is Python.</summary>
    public static SourceLanguage? FromPath(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".py" => SourceLanguage.Python,
        ".pyx" or ".pxd" or ".pxi" => SourceLanguage.Cython,
        _ => null,
    };
}
