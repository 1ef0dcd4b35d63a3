using ParallelRepro.Effort.Syntax;
using Xunit;

namespace ParallelRepro.Tests.Effort;

public sealed class TokenizerTests
{
    private static Token[] Significant(string source)
        => PythonTokenizer.Tokenize(source).Where(t => t.Kind is not (TokenKind.NonLogicalNewline or TokenKind.EndOfFile)).ToArray();

    [Fact]
    public void Brackets_and_backslashes_join_physical_lines_into_one_logical_line()
    {
        var tokens = Significant("x = [1,\n     2] + \\\n    3\ny = 4\n");
        Assert.Equal(2, tokens.Count(t => t.Kind == TokenKind.Newline));
        Assert.DoesNotContain(tokens, t => t.Kind == TokenKind.Indent);
    }

    [Theory]
    [InlineData("s = rb'\\''\n", "rb'\\''")]
    [InlineData("s = f\"{x!r:>{w}} {{y}} {d['k']}\"\n", "f\"{x!r:>{w}} {{y}} {d['k']}\"")]
    [InlineData("s = F'''a\n{b:#x}\nc'''\n", "F'''a\n{b:#x}\nc'''")]
    [InlineData("s = f\"{'#'}\"  # comment\n", "f\"{'#'}\"")]
    [InlineData("s = f\"{x[\"a\"]}\"\n", "f\"{x[\"a\"]}\"")]
    public void Prefixed_triple_quoted_and_formatted_strings_are_one_token(string source, string literal)
    {
        var strings = Significant(source).Where(t => t.Kind == TokenKind.String).ToArray();
        Assert.Equal(literal, Assert.Single(strings).Text);
    }

    [Fact]
    public void Comment_only_and_blank_lines_do_not_change_indentation()
    {
        var tokens = Significant("if x:\n    a = 1\n# dedented comment\n\n    b = 2\n");
        Assert.Single(tokens, t => t.Kind == TokenKind.Indent);
        Assert.Single(tokens, t => t.Kind == TokenKind.Dedent);
        Assert.Equal(6, tokens.Single(t => t.Kind == TokenKind.Dedent).Line); // at the end of the file, not at the comment
    }

    [Fact]
    public void Cython_operators_tokenize()
    {
        var tokens = Significant("cdef int f(int *p) except? -1 nogil:\n    return <int> p[0] + sizeof(int) & 1\n");
        Assert.Contains(tokens, t => t.IsOp("?"));
        Assert.Contains(tokens, t => t.IsOp("&"));
    }
}
