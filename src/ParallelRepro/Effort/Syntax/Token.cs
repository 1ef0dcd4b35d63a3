namespace ParallelRepro.Effort.Syntax;

/// <summary>The token kinds of Python's own tokenizer that the statement parser needs.</summary>
internal enum TokenKind
{
    Name,
    Number,
    String,
    Op,
    Comment,
    /// <summary>End of a logical line.</summary>
    Newline,
    /// <summary>A line break that does not end a logical line (blank line, inside brackets).</summary>
    NonLogicalNewline,
    Indent,
    Dedent,
    EndOfFile,
}

/// <summary>One token; <see cref="Column"/> counts characters from the start of the line (a tab is one), as CPython's col_offset does for ASCII.</summary>
internal readonly record struct Token(TokenKind Kind, string Text, int Line, int Column, int EndLine)
{
    public bool Is(TokenKind kind, string text) => Kind == kind && Text == text;

    public bool IsOp(string text) => Is(TokenKind.Op, text);

    public bool IsName(string text) => Is(TokenKind.Name, text);

    public override string ToString() => $"{Kind} '{Text}' @{Line}:{Column}";
}
