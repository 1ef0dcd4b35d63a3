using ParallelRepro.Cli;
using Spectre.Console;

return await ReproApp.RunAsync(args, AnsiConsole.Console, Console.Error, TimeProvider.System);
