using ParallelRepro.DotNet.Benchmarks;

namespace ParallelRepro.DotNet.Cli;

/// <summary>
/// Dispatches the verbs and maps failures to the exit codes of <c>python -m ppp</c>: 0 ok, 1 an exception in a
/// variant (stack trace on stderr, its last line says what), 2 bad usage or input (one line on stderr).
/// </summary>
internal static class WorkloadCli
{
    public const string Name = "ParallelRepro.DotNet";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            var reader = new ArgReader(args);
            return reader.Verb switch
            {
                "run" => RunCommand.Execute(reader),
                "list" => ListCommand.Execute(stdout),
                "worker" => WorkerCommand.Execute(reader),
                "bench" => BenchCommand.Execute(reader, stdout),
                var other => throw new UsageException($"unknown command '{other}' (expected run, list, bench or worker)"),
            };
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"{Name}: error: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (Exception e)
        {
            // Like a Python traceback: the whole story, then one line the pipeline quotes as the reason.
            stderr.WriteLine(e.ToString());
            var root = Innermost(e);
            stderr.WriteLine($"{root.GetType().Name}: {root.Message.ReplaceLineEndings(" ")}");
            return ExitCodes.Failed;
        }
    }

    private static Exception Innermost(Exception e)
    {
        while (true)
        {
            var next = e is AggregateException { InnerExceptions.Count: > 0 } a ? a.InnerExceptions[0] : e.InnerException;
            if (next is null) return e;
            e = next;
        }
    }
}
