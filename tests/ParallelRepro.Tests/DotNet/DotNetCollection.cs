namespace ParallelRepro.Tests.DotNet;

/// <summary>
/// The .NET tests share one smoke data set and replica, and run one after another: some start many worker
/// processes on a 2-core machine, and the fault tests set an environment variable the other tests' children must not see.
/// </summary>
[CollectionDefinition(Name)]
public sealed class DotNetCollection : ICollectionFixture<SmokeDataFixture>
{
    public const string Name = "DotNet";
}
