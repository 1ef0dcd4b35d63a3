using System.CommandLine;
using ParallelRepro.Configuration;

namespace ParallelRepro.Cli.Verbs;

/// <summary>
/// <c>--runs DIR</c>: folders of runner folders (<c>&lt;runner&gt;/records.jsonl</c>) to read, default
/// <c>artifacts/runs</c>; the same option for every verb that reads run records.
/// </summary>
internal sealed class RunsOption
{
    /// <param name="manyPerToken">
    /// Whether one <c>--runs</c> takes several folders (<c>--runs a b c</c>). A verb with positional
    /// arguments takes one folder per <c>--runs</c>, repeated, so that the folders cannot swallow them.
    /// </param>
    public RunsOption(bool manyPerToken)
    {
        Option = new Option<string[]>("--runs")
        {
            Description = manyPerToken
                ? "Folders of runner folders to merge (default: artifacts/runs)"
                : "A folder of runner folders to read; repeat for more (default: artifacts/runs)",
            AllowMultipleArgumentsPerToken = manyPerToken,
        };
    }

    public Option<string[]> Option { get; }

    /// <summary>The folders given, as absolute paths, else the checkout's <c>artifacts/runs</c>.</summary>
    public string[] Roots(ParseResult parse, RepoLayout layout)
        => parse.GetValue(Option) is { Length: > 0 } given ? given.Select(Path.GetFullPath).ToArray() : [layout.RunsRoot];
}
