// Speed targets are checked by benchmark commands, not by unit tests (timings on a shared machine are noise
// in a test). Bench-Harness: does the real time `repro run` records agree with hyperfine's for the same command?

Task("Bench-Harness")
    .Description("Pipeline real time vs hyperfine for the same command, in alternating blocks (repro bench harness: build/bench/harness_vs_hyperfine.py)")
    .IsDependentOn("Compile")
    .Does(() => Repro("bench", "harness"));
