namespace ParallelRepro.Tests.Fixtures;

/// <summary>
/// A fact that needs a file outside the repository (an optional runtime): skipped, saying which file,
/// when it is absent. xunit 2 decides skips when tests are discovered, so the check happens here.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequiresFileFactAttribute : FactAttribute
{
    public RequiresFileFactAttribute(string path, string why)
    {
        if (!File.Exists(path)) Skip = $"{path} is not present ({why})";
    }
}
