namespace ParallelRepro.Publishing;

/// <summary>
/// The API token, wrapped so that no ToString, log line, record print or exception message can show
/// it: only the Octokit credentials ever read <see cref="Reveal"/>.
/// </summary>
internal sealed class SecretToken(string value)
{
    public string Reveal() => value;

    public override string ToString() => "***";
}
