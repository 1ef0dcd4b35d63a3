using ParallelRepro.Common;
using ParallelRepro.Configuration;
using ParallelRepro.Tests.Fixtures;
using ParallelRepro.Toolchain;

namespace ParallelRepro.Tests.Configuration;

/// <summary>
/// Registered runtimes (.tools/runtimes.ini, written by `dotnet cake --target=Python-FreeThreaded`) and
/// the bare labels of Interpreters that name them.
/// </summary>
public sealed class RuntimeRegistryTests : IDisposable
{
    private readonly TempDir dir = new();
    private readonly RepoLayout layout;

    public RuntimeRegistryTests() => layout = new RepoLayout(dir.Path);

    private string Registry(params string[] lines)
    {
        Directory.CreateDirectory(layout.ToolsDir);
        File.WriteAllLines(layout.RuntimeRegistryFile, lines);
        return layout.RuntimeRegistryFile;
    }

    /// <summary>A stand-in for the built interpreter: resolution only checks that the file is there.</summary>
    private string Build(string relative)
    {
        var path = Path.Combine(dir.Path, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "");
        return path;
    }

    private IReadOnlyList<Interpreter> Resolve(string interpreters, Func<string, bool>? isCommand = null)
        => InterpreterEntries.Parse(interpreters, layout, isCommand ?? (_ => false));

    private static string OneLine(ReproException error)
    {
        Assert.DoesNotContain('\n', error.Message);
        return error.Message;
    }

    [Fact]
    public void Bare_labels_resolve_to_the_registered_build_with_its_gil_setting()
    {
        var python = Build(".tools/python3.13t/bin/python3.13t");
        Registry("; written by the Python-FreeThreaded target", "ft=.tools/python3.13t/bin/python3.13t?gil=off", "", "ft-gil=.tools/python3.13t/bin/python3.13t?gil=on");

        var resolved = Resolve("python3=/usr/bin/python3, ft ,ft-gil");

        Assert.Equal([new Interpreter("python3", "/usr/bin/python3"), new Interpreter("ft", python, false), new Interpreter("ft-gil", python, true)], resolved);
    }

    [Fact]
    public void Relative_paths_are_resolved_against_the_checkout_root_not_the_current_directory()
    {
        Registry("ft=.tools/python3.13t/bin/python3.13t?gil=off", "abs=/opt/py/bin/python3", "cmd=python3.13");

        var runtimes = RuntimeRegistry.Load(layout).Runtimes.ToArray();

        Assert.Equal(Path.Combine(dir.Path, ".tools", "python3.13t", "bin", "python3.13t"), runtimes[0].Path);
        Assert.Equal("/opt/py/bin/python3", runtimes[1].Path);
        Assert.Equal("python3.13", runtimes[2].Path); // a bare name stays a command found on PATH
    }

    [Theory]
    [InlineData("this line has no label", 2, "expected label=path[?gil=on|off], found: this line has no label")]
    [InlineData(".tools/python3.13t/bin/python3.13t?gil=off", 2, "expected label=path")]
    [InlineData("ft=.tools/python3.13t/bin/python3.13t?gil=maybe", 2, "gil must be on or off")]
    [InlineData("ft=", 2, "has no path")]
    [InlineData("ft=/elsewhere/python3", 3, "runtime 'ft' is already registered on line 2")]
    public void A_bad_registry_line_is_one_line_naming_file_and_line(string bad, int line, string expected)
    {
        // Line 3 follows a good entry (the duplicate needs one); the others are the first entry, after a comment.
        var file = line == 3 ? Registry("; header", "ft=/x/python3", bad) : Registry("; header", bad);

        var message = OneLine(Assert.Throws<ReproException>(() => RuntimeRegistry.Load(layout)));

        Assert.StartsWith($"{file}:{line}: ", message, StringComparison.Ordinal);
        Assert.Contains(expected, message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_label_names_itself_the_registry_and_the_command_that_registers()
    {
        var file = Registry("ft=/x/python3?gil=off");

        var message = OneLine(Assert.Throws<ReproException>(() => Resolve("python3=/usr/bin/python3,ft-nogil")));

        Assert.Contains("unknown interpreter 'ft-nogil'", message, StringComparison.Ordinal);
        Assert.Contains(file, message, StringComparison.Ordinal);
        Assert.Contains("(registered: ft)", message, StringComparison.Ordinal);
        Assert.Contains(RuntimeRegistry.RegisterCommand, message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_label_before_anything_was_registered_says_the_registry_does_not_exist_yet()
    {
        var message = OneLine(Assert.Throws<ReproException>(() => Resolve("ft")));

        Assert.Contains($"unknown interpreter 'ft': {layout.RuntimeRegistryFile} does not exist", message, StringComparison.Ordinal);
        Assert.Contains("dotnet cake --target=Python-FreeThreaded", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_registered_build_that_is_gone_says_to_build_it_again()
    {
        var file = Registry("ft=.tools/python3.13t/bin/python3.13t?gil=off");

        var message = OneLine(Assert.Throws<ReproException>(() => Resolve("ft")));

        Assert.Contains($"runtime 'ft' ({file}:1) is {Path.Combine(dir.Path, ".tools/python3.13t/bin/python3.13t")}, which does not exist", message, StringComparison.Ordinal);
        Assert.Contains(RuntimeRegistry.RegisterCommand, message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bare_commands_and_paths_keep_working_as_before()
    {
        // No registry at all: it is only read for bare names, and a command on PATH is still a runtime.
        Assert.Equal([new Interpreter("python3", "python3")], Resolve("python3", isCommand: name => name == "python3"));
        Assert.Equal([new Interpreter("python3", "/usr/bin/python3"), new Interpreter("x", "/opt/x", true)], Resolve("/usr/bin/python3,x=/opt/x?gil=on"));
    }

    [Fact]
    public void A_registered_label_wins_over_a_command_of_the_same_name()
    {
        var python = Build("py/bin/python3");
        Registry("python3=py/bin/python3");

        Assert.Equal([new Interpreter("python3", python)], Resolve("python3", isCommand: _ => true));
    }

    [Fact]
    public void Settings_resolve_labels_from_the_checkout_registry()
    {
        var python = Build(".tools/python3.13t/bin/python3.13t");
        Registry("ft=.tools/python3.13t/bin/python3.13t?gil=off");
        File.WriteAllText(layout.CakeConfig, "[Repro]\nInterpreters=py=/usr/bin/python3,ft\n");

        var settings = ReproSettings.Load(layout, new SettingsOverrides());

        Assert.Equal(new Interpreter("ft", python, false), settings.Interpreters[1]);
    }

    [Fact]
    public void Doctor_lists_each_registered_runtime_on_one_line()
    {
        Build(".tools/python3.13t/bin/python3.13t");
        var file = Registry("ft=.tools/python3.13t/bin/python3.13t?gil=off", "gone=.tools/old/bin/python3");

        var lines = Doctor.RegisteredRuntimeLines(RuntimeRegistry.Load(layout)).ToArray();

        Assert.Equal(2, lines.Length);
        Assert.Equal($"registered runtime ft = {Path.Combine(dir.Path, ".tools/python3.13t/bin/python3.13t")}?gil=off ({file})", lines[0]);
        Assert.Contains($"(MISSING: run {RuntimeRegistry.RegisterCommand})", lines[1], StringComparison.Ordinal);
        Assert.Empty(Doctor.RegisteredRuntimeLines(RuntimeRegistry.Load(new RepoLayout(dir.File("no-checkout")))));
    }

    [Fact]
    public async Task The_cli_rejects_an_unknown_label_with_one_error_line()
    {
        var result = await ReproCli.RunAsync("doctor", "--root", dir.Path, "--artifacts", dir.File("artifacts"), "--interpreters", "ft");

        Assert.Equal(ExitCodes.UsageOrInput, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: unknown interpreter 'ft'", line, StringComparison.Ordinal);
    }

    public void Dispose() => dir.Dispose();
}
