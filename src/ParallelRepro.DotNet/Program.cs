using ParallelRepro.DotNet.Cli;

// ParallelRepro.DotNet: the four programs of "Python and Parallel Programming" in C#.
//   run <group.variant> ...   measure one run, write the same JSON record as `python -m ppp run`
//   list                      every variant and what it needs (the shape of `ppp list`)
//   bench ...                 BenchmarkDotNet over many cells, events on stdout for the pipeline
//   worker <group> ...        one chunk of a `processes` variant (started by the variant itself)
return WorkloadCli.Run(args, Console.Out, Console.Error);
