// Are the speedups and the verdicts reproducible on this machine? The matrix twice, back to back, then
// `repro compare` of the two (repro bench reproducibility; --tolerance, --min-median).

Task("Bench-Reproducibility")
    .Description("Run the matrix twice back to back (runners b2b-1, b2b-2, --fresh), then 'repro compare b2b-1 b2b-2 --check --verdicts': speedups and verdicts (--tolerance, --min-median)")
    .IsDependentOn("Data")
    .Does(() => Repro("bench", "reproducibility"));
