namespace ParallelRepro.Common;

/// <summary>
/// A failure the user can fix: bad input, a missing tool, a corrupt file.
/// The CLI prints <see cref="Exception.Message"/> as one line and exits with <see cref="ExitCode"/>.
/// </summary>
public sealed class ReproException(string message, int exitCode = ExitCodes.UsageOrInput) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}

/// <summary>Process exit codes shared by every verb.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>The work ran but something it checked failed (a run failed, a claim was not met).</summary>
    public const int Failed = 1;
    /// <summary>Bad input: unknown option, malformed file, missing tool.</summary>
    public const int UsageOrInput = 2;
    /// <summary>
    /// Measurements ran and every one is recorded, but some failed, timed out or gave wrong output: the later stages
    /// still aggregate and report them (Cake goes on, and fails at its end), unlike <see cref="Failed"/>.
    /// </summary>
    public const int RunsFailed = 3;
}
