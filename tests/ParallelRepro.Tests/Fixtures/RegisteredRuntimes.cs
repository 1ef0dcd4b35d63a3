using ParallelRepro.Configuration;

namespace ParallelRepro.Tests.Fixtures;

/// <summary>
/// Runtimes registered in the checkout's <c>.tools/runtimes.ini</c> (the free-threaded CPython that the set-up
/// builds). A test that needs one fails, naming the label and the command that registers it, rather than
/// skipping: the README's test command runs the set-up first, so a missing runtime is a broken set-up.
/// </summary>
internal static class RegisteredRuntimes
{
    public static void Require(params string[] labels)
    {
        var registry = RuntimeRegistry.Load(Repo.Layout);
        foreach (var label in labels)
        {
            var found = registry.Find(label);
            Assert.True(found is not null, $"runtime '{label}' is not registered in {registry.File}: run {RuntimeRegistry.RegisterCommand} (the Test target's set-up does)");
            Assert.True(File.Exists(found.Value.Runtime.Path), $"runtime '{label}' is registered but {found.Value.Runtime.Path} is missing: run {RuntimeRegistry.RegisterCommand} again");
        }
    }
}
