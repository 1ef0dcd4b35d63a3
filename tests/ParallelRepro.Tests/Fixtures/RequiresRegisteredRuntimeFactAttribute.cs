using ParallelRepro.Common;
using ParallelRepro.Configuration;

namespace ParallelRepro.Tests.Fixtures;

/// <summary>
/// A fact that needs runtimes registered in the checkout's <c>.tools/runtimes.ini</c> (an optional build, such
/// as the free-threaded CPython): skipped, saying which label is missing and the command that registers it.
/// xunit 2 decides skips when tests are discovered, so the registry is read here, through the pipeline's own code.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequiresRegisteredRuntimeFactAttribute : FactAttribute
{
    public RequiresRegisteredRuntimeFactAttribute(params string[] labels)
    {
        try
        {
            var registry = RuntimeRegistry.Load(Repo.Layout);
            foreach (var label in labels)
            {
                if (registry.Find(label) is not { } found)
                    Skip = $"runtime '{label}' is not registered in {registry.File} (build and register it with {RuntimeRegistry.RegisterCommand}; .ci/run does)";
                else if (!File.Exists(found.Runtime.Path))
                    Skip = $"runtime '{label}' is registered but {found.Runtime.Path} is missing (run {RuntimeRegistry.RegisterCommand} again)";
                if (Skip is not null) return;
            }
        }
        catch (ReproException e)
        {
            // A malformed registry is the registry tests' business; here it only means the runtime is not usable.
            Skip = e.Message;
        }
    }
}
