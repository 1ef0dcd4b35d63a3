namespace ParallelRepro.Effort.Syntax;

/// <summary>
/// The light syntax tree: only the statement shapes McCabe's graph tells apart. Expressions are not
/// kept, because mccabe never looks inside them (boolean operators, lambdas and comprehensions do
/// not count).
/// </summary>
internal abstract record Statement(int Line, int Column);

/// <summary>Any statement mccabe treats as one node: assignments, returns, imports, but also match and try/except*.</summary>
internal sealed record SimpleStatement(int Line, int Column) : Statement(Line, Column);

/// <summary>def, async def, and Cython's cdef/cpdef functions.</summary>
internal sealed record FunctionDef(int Line, int Column, string Name, IReadOnlyList<Statement> Body) : Statement(Line, Column);

/// <summary>class, and Cython's cdef class.</summary>
internal sealed record ClassDef(int Line, int Column, string Name, IReadOnlyList<Statement> Body) : Statement(Line, Column);

/// <summary>if; an elif is an <see cref="IfStatement"/> alone in <see cref="OrElse"/>, as in Python's ast.</summary>
internal sealed record IfStatement(int Line, int Column, IReadOnlyList<Statement> Body, IReadOnlyList<Statement> OrElse) : Statement(Line, Column);

/// <summary>for, async for, while (Cython's prange loops are for loops), each with its optional else.</summary>
internal sealed record LoopStatement(int Line, int Column, IReadOnlyList<Statement> Body, IReadOnlyList<Statement> OrElse) : Statement(Line, Column);

/// <summary>try with except handlers, else and finally (mccabe never visits finally).</summary>
internal sealed record TryStatement(
    int Line, int Column, IReadOnlyList<Statement> Body, IReadOnlyList<IReadOnlyList<Statement>> Handlers,
    IReadOnlyList<Statement> OrElse, IReadOnlyList<Statement> FinalBody) : Statement(Line, Column);

/// <summary>with, async with, and Cython's with nogil / with gil: one node, then the body.</summary>
internal sealed record WithStatement(int Line, int Column, IReadOnlyList<Statement> Body) : Statement(Line, Column);

/// <summary>One module named by an import or cimport; <see cref="Level"/> counts the leading dots of a relative import.</summary>
internal sealed record ImportedModule(string Name, int Level, IReadOnlyList<string> Names, int Line)
{
    public bool IsRelative => Level > 0;
}

/// <summary>A parsed file: its statements, every import found at any depth, its logical lines and comments (for tags).</summary>
internal sealed record ParsedModule(IReadOnlyList<Statement> Body, IReadOnlyList<ImportedModule> Imports, IReadOnlyList<LogicalLine> Lines, IReadOnlyList<Comment> Comments);

/// <summary>A comment with its text from '#'; <see cref="Standalone"/> when only whitespace precedes it on its line.</summary>
internal sealed record Comment(int Line, int Column, string Text, bool Standalone);

/// <summary>The physical lines a logical line spans.</summary>
internal readonly record struct LogicalLine(int FirstLine, int LastLine);
