using System.Text;
using ParallelRepro.Effort;
using ParallelRepro.Effort.Syntax;
using Xunit;

namespace ParallelRepro.Tests.Effort;

/// <summary>Malformed source fails with the line Python would blame and a reason a person can act on.</summary>
public sealed class SyntaxErrorTests
{
    [Theory]
    [InlineData("x = 'abc\ny = 2\n", 1, "unterminated string literal")]
    [InlineData("x = 1\ny = \"\"\"never closed\n\nz = 3\n", 2, "unterminated triple-quoted string literal")]
    [InlineData("def f():\n        x = 1\n    y = 2\n", 3, "unindent does not match any outer indentation level")]
    [InlineData("x = 1\n    y = 2\n", 2, "unexpected indent")]
    [InlineData("if x:\ny = 2\n", 2, "expected an indented block after 'if' statement on line 1")]
    [InlineData("values = [1,\n  2,\n", 1, "'[' was never closed")]
    [InlineData("values = (1, 2]\n", 1, "closing parenthesis ']' does not match opening parenthesis '('")]
    [InlineData("if True:\n\tx = 1\n        y = 2\n", 3, "inconsistent use of tabs and spaces")]
    [InlineData("x = 1 \\ y\n", 1, "unexpected character after line continuation character")]
    [InlineData("x = 1\nelse:\n    pass\n", 2, "invalid syntax")]
    [InlineData("def f():\n    pass\nreturn 1\n", 3, "'return' outside function")]
    [InlineData("x = 1  # effort: covnert\n", 1, "unknown effort tag 'covnert'")]
    public void Malformed_python_names_the_line(string source, int line, string reason)
    {
        var problem = Analyzer.ProblemWith("bad.py", source);
        Assert.NotNull(problem);
        Assert.Equal(line, problem.Line);
        Assert.Contains(reason, problem.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cdef int f(int x) nogil:\nreturn x\n", 2, "expected an indented block")]
    [InlineData("cdef class:\n    pass\n", 1, "expected a class name")]
    public void Malformed_cython_names_the_line(string source, int line, string reason)
    {
        var error = Assert.Throws<SourceSyntaxException>(() => SourceFile.AnalyzeCython("bad.pyx", Encoding.UTF8.GetBytes(source)));
        Assert.Equal(line, error.Line);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { (byte)'x', (byte)'=', (byte)'1', 10, (byte)'#', 0xFF, 10 }, 2, "can't decode byte 0xff")]
    [InlineData(new byte[] { (byte)'#', (byte)' ', (byte)'c', (byte)'o', (byte)'d', (byte)'i', (byte)'n', (byte)'g', (byte)'=', (byte)'n', (byte)'o', (byte)'p', (byte)'e', 10 }, 1, "unknown encoding: nope")]
    public void Cython_bytes_are_decoded_as_declared_or_named_with_their_line(byte[] source, int line, string reason)
    {
        var error = Assert.Throws<SourceSyntaxException>(() => SourceFile.AnalyzeCython("bad.pyx", source));
        Assert.Equal((line, true), (error.Line, error.Reason.Contains(reason, StringComparison.Ordinal)));
    }

    [Fact]
    public void A_latin1_declaration_is_honoured_in_cython()
    {
        var source = Encoding.Latin1.GetBytes("# -*- coding: latin-1 -*-\ndef f():\n    return 'caf\u00e9'  # caf\u00e9\n");
        Assert.Equal(["2:0: 'f' 1"], SourceFile.AnalyzeCython("ok.pyx", source).Complexities.Select(c => c.ToMcCabeLine()));
    }
}
