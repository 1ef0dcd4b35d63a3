namespace ParallelRepro.Vocabulary;

/// <summary>Names of runtimes that the stages test for, rather than only display.</summary>
internal static class RuntimeIds
{
    /// <summary>
    /// The C# programs: the implementation their records report, the <c>programs</c> field of those records, and the
    /// default label of a <c>dotnet:</c> entry in Interpreters.
    /// </summary>
    public const string DotNet = "dotnet";
}
