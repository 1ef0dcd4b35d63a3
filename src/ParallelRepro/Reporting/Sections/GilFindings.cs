namespace ParallelRepro.Reporting.Sections;

/// <summary>
/// What investigation found about results the GIL section shows, with its evidence and the command that
/// reproduces it. Findings are text measured once, not this report's data: each says where and how.
/// </summary>
internal static class GilFindings
{
    public const string CpuBoundMt = "PENDING";
}
