// Speed targets are checked by benchmark commands, not by unit tests (timings on a shared machine are noise
// in a test). Bench-Harness: does the real time `repro run` records agree with hyperfine's for the same command?

Task("Bench-Harness")
    .Description("Pipeline real time vs hyperfine for the same command, in alternating blocks (build/bench/harness_vs_hyperfine.py)")
    .IsDependentOn("Compile")
    .Does(() =>
    {
        var python = ScriptPython();
        var args = new ProcessArgumentBuilder().AppendQuoted("build/bench/harness_vs_hyperfine.py");
        if (HasArgument("profile")) args.Append("--profile").AppendQuoted(Argument<string>("profile"));
        var exit = StartProcess(python, new ProcessSettings { Arguments = args });
        if (exit != 0) throw new CakeException(exit, $"harness benchmark failed with exit code {exit} (the line above says why)");
    });
