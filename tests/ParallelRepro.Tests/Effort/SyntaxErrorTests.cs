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
    [InlineData("else:\n    pass\n", 1, "'else' without a matching statement")]
    [InlineData("x = 1  # effort: covnert\n", 1, "unknown effort tag 'covnert'")]
    public void Malformed_source_names_the_line(string source, int line, string reason)
    {
        var error = Assert.Throws<SourceSyntaxException>(() => SourceFile.Analyze("bad.py", source));
        Assert.Equal(line, error.Line);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cdef int f(int x) nogil:\nreturn x\n", 2, "expected an indented block")]
    [InlineData("cdef class:\n    pass\n", 1, "expected a class name")]
    public void Malformed_cython_names_the_line(string source, int line, string reason)
    {
        var error = Assert.Throws<SourceSyntaxException>(() => SourceFile.Analyze("bad.pyx", source));
        Assert.Equal(line, error.Line);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }
}
