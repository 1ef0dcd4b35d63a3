using ParallelRepro.Cli;
using Spectre.Console;

var console = AnsiConsole.Console;
// Redirected output (CI logs, pipes) is read later in a wide window: don't wrap it at 80 columns.
if (Console.IsOutputRedirected) console.Profile.Width = 240;
return await ReproApp.RunAsync(args, console, Console.Error, TimeProvider.System);
