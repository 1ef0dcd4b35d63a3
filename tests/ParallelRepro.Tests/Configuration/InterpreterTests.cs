using ParallelRepro.Common;
using ParallelRepro.Configuration;

namespace ParallelRepro.Tests.Configuration;

public sealed class InterpreterTests
{
    [Theory]
    [InlineData("py311=/usr/bin/python3", "py311", "/usr/bin/python3", null)]
    [InlineData("/usr/bin/python3", "python3", "/usr/bin/python3", null)]
    [InlineData("ft-off=/opt/python3.13t/bin/python3.13t?gil=off", "ft-off", "/opt/python3.13t/bin/python3.13t", false)]
    [InlineData("ft-on=/opt/python3.13t/bin/python3.13t?gil=on", "ft-on", "/opt/python3.13t/bin/python3.13t", true)]
    [InlineData(@"win=C:\Python313\python.exe", "win", @"C:\Python313\python.exe", null)]
    public void Entries_parse_to_label_path_and_gil(string text, string label, string path, bool? gil)
        => Assert.Equal(new Interpreter(label, path, gil), Interpreter.Parse(text));

    [Fact]
    public void Forcing_the_gil_sets_PYTHON_GIL_for_the_child()
    {
        Assert.Equal("0", Interpreter.Parse("a=/x?gil=off").Environment["PYTHON_GIL"]);
        Assert.Equal("1", Interpreter.Parse("a=/x?gil=on").Environment["PYTHON_GIL"]);
        Assert.Empty(Interpreter.Parse("a=/x").Environment);
    }

    [Theory]
    [InlineData("a=/x?gil=maybe", "gil must be on or off")]
    [InlineData("a=", "has no path")]
    [InlineData("  ", "empty interpreter entry")]
    public void Bad_entries_say_what_is_wrong(string text, string expected)
        => Assert.Contains(expected, Assert.Throws<ReproException>(() => Interpreter.Parse(text)).Message, StringComparison.Ordinal);

    [Fact]
    public void Labels_become_safe_folder_names()
        => Assert.Equal("python-3.13t-nogil", new Interpreter("python 3.13t/nogil", "/x").Slug);
}
