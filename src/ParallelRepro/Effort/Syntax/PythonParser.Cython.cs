namespace ParallelRepro.Effort.Syntax;

internal sealed partial class PythonParser
{
    // Words that may come between cdef/cpdef and what is declared; none of them names a function.
    private static readonly HashSet<string> CythonModifiers =
        ["cdef", "cpdef", "ctypedef", "inline", "public", "api", "readonly", "packed", "const", "volatile", "unsigned", "signed", "long", "short", "noexcept", "static"];

    private static readonly HashSet<string> CythonBlockKinds = ["struct", "union", "enum", "cppclass", "extern", "fused"];

    /// <summary>
    /// cdef/cpdef/ctypedef lines that end a header with ':' (functions, cdef class, declaration blocks)
    /// and Cython's compile-time IF/ELIF/ELSE. A cdef line without such a ':' (<c>cdef int i, n</c>,
    /// <c>cdef int[:, :] a = b</c>) is a simple statement and returns null.
    /// </summary>
    private Statement? ParseCythonCompound(Token first)
    {
        if (first.Text is "IF" or "ELIF" or "ELSE")
            return FindHeaderColon(_index) >= 0 ? ParseOpaqueBlock(first) : null;
        // Inside extern blocks and cppclass bodies, declarations need no cdef: "enum:", "struct name:",
        // "cppclass iterator:". Only a header ending its line is one: "enum: int" annotates a name.
        if (CythonBlockKinds.Contains(first.Text))
            return FindHeaderColon(_index) is var end and >= 0 && _tokens[end + 1].Kind == TokenKind.Newline ? ParseOpaqueBlock(first) : null;
        if (first.Text is not ("cdef" or "cpdef" or "ctypedef")) return null;
        var colon = FindHeaderColon(_index);
        if (colon < 0) return null;

        var kind = _index + 1;
        while (kind < colon && _tokens[kind].Kind == TokenKind.Name && CythonModifiers.Contains(_tokens[kind].Text)) kind++;
        var word = _tokens[kind];
        if (word.IsName("class"))
            return ParseCdefClass(first, kind + 1, colon);
        if (kind == colon || CythonBlockKinds.Contains(word.Text) || first.Text == "ctypedef")
            return ParseOpaqueBlock(first);
        return FunctionName(_index + 1, colon) is { } name ? ParseCdefFunction(first, name, colon) : ParseOpaqueBlock(first);
    }

    /// <summary>The name before the first '(' at depth 0 that follows a name (skips a ctuple return type such as (int, int)).</summary>
    private string? FunctionName(int from, int colon)
    {
        var depth = 0;
        for (var i = from; i < colon; i++)
        {
            var t = _tokens[i];
            if (t.IsOp("(") && depth == 0 && _tokens[i - 1].Kind == TokenKind.Name && !CythonModifiers.Contains(_tokens[i - 1].Text))
                return _tokens[i - 1].Text;
            if (t.Kind == TokenKind.Op && t.Text is "(" or "[" or "{") depth++;
            if (t.Kind == TokenKind.Op && t.Text is ")" or "]" or "}") depth--;
        }
        return null;
    }

    private FunctionDef ParseCdefFunction(Token keyword, string name, int colon)
    {
        _index = colon + 1;
        return new FunctionDef(keyword.Line, keyword.Column, name, ParseSuite("function definition", keyword.Line));
    }

    private ClassDef ParseCdefClass(Token keyword, int afterClass, int colon)
    {
        var name = _tokens.Skip(afterClass).Take(colon - afterClass).FirstOrDefault(t => t.Kind == TokenKind.Name && !CythonModifiers.Contains(t.Text));
        if (name.Text is null) throw new SourceSyntaxException(keyword.Line, "invalid syntax: expected a class name after 'cdef class'");
        _index = colon + 1;
        return new ClassDef(keyword.Line, keyword.Column, name.Text, ParseSuite("class definition", keyword.Line));
    }

    /// <summary>Declarations (cdef struct, cdef extern from, a cdef: block): parsed, but not code mccabe would see.</summary>
    private SimpleStatement ParseOpaqueBlock(Token keyword)
    {
        SkipHeader($"'{keyword.Text}' block");
        ParseSuite($"'{keyword.Text}' block", keyword.Line);
        return new SimpleStatement(keyword.Line, keyword.Column);
    }
}
