namespace ParallelRepro.Claims;

/// <summary>
/// Thrown by a data accessor of <see cref="ClaimScope"/> when a number a check needs does not exist
/// (group not run, variant unavailable, n not run, every run failed). Using an exception keeps each
/// check a straight list of conditions; the evaluator turns it into "not testable here" with this reason.
/// </summary>
internal sealed class NotTestableException(string reason) : Exception(reason);
