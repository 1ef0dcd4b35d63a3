using ParallelRepro.DotNet.Workloads;
using ParallelRepro.DotNet.Workloads.CpuBound;
using ParallelRepro.DotNet.Workloads.IoBound;
using ParallelRepro.DotNet.Workloads.MemoryBound;
using ParallelRepro.DotNet.Workloads.Overhead;

namespace ParallelRepro.DotNet.Cli;

/// <summary><c>worker &lt;group&gt; --start S --end E ...</c>: one chunk of a <c>processes</c> variant, results on stdout.</summary>
internal static class WorkerCommand
{
    public static int Execute(ArgReader args)
    {
        if (args.Positional.Count != 1) throw new UsageException("worker needs exactly one <group>");
        var start = args.Int("start", 0, min: 0);
        var end = args.Int("end", 0, min: 0);
        using var output = WorkerOutput.Open();
        switch (args.Positional[0])
        {
            case CpuBoundProcesses.Group:
                CpuBoundProcesses.Worker(args.Required("data"), start, end, output);
                break;
            case OverheadProcesses.Group:
                OverheadProcesses.Worker(args.Required("data"), start, end, output);
                break;
            case IoBoundProcesses.Group:
                IoBoundProcesses.Worker(args.Required("data"), WikiClient.Endpoint(args.Required("wiki-url")), start, end, output);
                break;
            case MemoryBoundProcesses.Group:
                MemoryBoundProcesses.Worker(args.Required("map"), args.Int("size", 0, min: 0), start, end);
                break;
            default:
                throw new UsageException($"no worker for group '{args.Positional[0]}'");
        }
        args.RejectUnknown();
        return ExitCodes.Ok;
    }
}
