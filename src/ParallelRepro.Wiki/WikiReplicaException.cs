namespace ParallelRepro.Wiki;

/// <summary>
/// Input the user can fix: a missing or malformed title list, a port already in use, an option out of range.
/// The message is one line naming what was wrong and where; callers turn it into their own error type.
/// </summary>
public sealed class WikiReplicaException(string message, Exception? inner = null) : Exception(message, inner);
