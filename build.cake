// Entry point of `dotnet cake`: the task graph lives in build/, the logic in the `repro` CLI.
#load "build/*.cake"

RunTarget(Argument("target", "Default"));
