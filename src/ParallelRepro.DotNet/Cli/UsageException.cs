namespace ParallelRepro.DotNet.Cli;

/// <summary>Bad command line or input files: one line on stderr, exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
