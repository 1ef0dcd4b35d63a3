using System.Runtime.ExceptionServices;

namespace ParallelRepro.Effort.Syntax;

/// <summary>
/// The Cython parser and the McCabe visitor recurse once per nested block, and input decides the
/// nesting (a 2,500-deep elif chain is valid Python). They run on a thread whose stack holds
/// <see cref="MaxDepth"/> levels with room to spare; deeper input is an error on its line
/// ("too deeply nested"), never a stack overflow.
/// </summary>
internal static class DeepStack
{
    public const int MaxDepth = 10_000;
    private const int StackBytes = 256 * 1024 * 1024;

    public static void Run(Action action)
    {
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                action();
            }
            catch (Exception e)
            {
                failure = ExceptionDispatchInfo.Capture(e);
            }
        }, StackBytes);
        thread.Start();
        thread.Join();
        failure?.Throw();
    }

    /// <summary>Checks one more level of nesting at <paramref name="line"/>.</summary>
    public static void Check(int depth, int line)
    {
        if (depth > MaxDepth)
            throw new SourceSyntaxException(line, $"too deeply nested (more than {MaxDepth} nested blocks)");
    }
}
