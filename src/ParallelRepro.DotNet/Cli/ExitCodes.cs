namespace ParallelRepro.DotNet.Cli;

/// <summary>The exit codes of <c>python -m ppp run</c>, so the pipeline reads both runtimes the same way.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Usage = 2;
}
