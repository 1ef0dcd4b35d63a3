namespace ParallelRepro.Effort.Syntax;

internal sealed partial class PythonParser
{
    /// <summary>Moves past the ':' that ends a compound statement's header.</summary>
    private void SkipHeader(string what)
    {
        var colon = FindHeaderColon(_index);
        if (colon < 0) throw new SourceSyntaxException(Peek.Line, $"expected ':' to end the {what}");
        _index = colon + 1;
    }

    /// <summary>The first ':' at bracket depth 0 that is not a lambda's, before the logical line ends; -1 if none.</summary>
    private int FindHeaderColon(int from)
    {
        int depth = 0, lambdas = 0;
        for (var i = from; i < _tokens.Count; i++)
        {
            var t = _tokens[i];
            if (t.Kind is TokenKind.Newline or TokenKind.EndOfFile) return -1;
            if (t.Kind == TokenKind.Name && t.Text == "lambda" && depth == 0) lambdas++;
            if (t.Kind != TokenKind.Op) continue;
            if (t.Text is "(" or "[" or "{") depth++;
            else if (t.Text is ")" or "]" or "}") depth--;
            else if (t.Text == ":" && depth == 0)
            {
                if (lambdas == 0) return i;
                lambdas--;
            }
        }
        return -1;
    }

    /// <summary>A soft keyword (match, case) starts a block only when its logical line ends with ':'.</summary>
    private bool IsSoftKeywordHeader()
    {
        if (PeekAt(1).IsOp(":") || PeekAt(1).IsOp("=") || PeekAt(1).IsOp(".")) return false;
        var i = _index;
        while (_tokens[i].Kind is not (TokenKind.Newline or TokenKind.EndOfFile)) i++;
        return i > _index && _tokens[i - 1].IsOp(":");
    }

    /// <summary>The body after a header: an indented block, or simple statements on the same line.</summary>
    private IReadOnlyList<Statement> ParseSuite(string what, int headerLine)
    {
        if (Peek.Kind != TokenKind.Newline) return ParseSimpleLine();
        ExpectBlockStart(what, headerLine);
        var body = ParseStatements();
        if (Peek.Kind == TokenKind.Dedent) Next();
        return body;
    }

    private void ExpectBlockStart(string what, int headerLine)
    {
        if (Peek.Kind == TokenKind.Newline) Next();
        if (Peek.Kind != TokenKind.Indent)
            throw new SourceSyntaxException(Peek.Line, $"expected an indented block after {what} on line {headerLine}");
        Next();
    }

    /// <summary>One logical line of simple statements, split at ';'; imports are recorded on the way.</summary>
    private List<Statement> ParseSimpleLine()
    {
        var statements = new List<Statement>();
        var segment = new List<Token>();
        var depth = 0;
        while (true)
        {
            var t = Next();
            if (t.Kind is TokenKind.Indent or TokenKind.Dedent)
                throw new SourceSyntaxException(t.Line, "invalid syntax");
            var end = t.Kind is TokenKind.Newline or TokenKind.EndOfFile;
            if (t.Kind == TokenKind.Op && t.Text is "(" or "[" or "{") depth++;
            if (t.Kind == TokenKind.Op && t.Text is ")" or "]" or "}") depth--;
            if (end || (t.IsOp(";") && depth == 0))
            {
                if (segment.Count > 0) statements.Add(SimpleFrom(segment));
                segment.Clear();
                if (t.Kind == TokenKind.EndOfFile) _index--;
                if (end) return statements;
                continue;
            }
            segment.Add(t);
        }
    }

    private SimpleStatement SimpleFrom(List<Token> segment)
    {
        if (ImportReader.Read(segment) is { } imports) _imports.AddRange(imports);
        return new SimpleStatement(segment[0].Line, segment[0].Column);
    }

    private void SkipLogicalLine()
    {
        while (Peek.Kind is not (TokenKind.Newline or TokenKind.EndOfFile)) Next();
        if (Peek.Kind == TokenKind.Newline) Next();
    }

    private static List<LogicalLine> LogicalLines(IReadOnlyList<Token> tokens)
    {
        var lines = new List<LogicalLine>();
        int? first = null;
        foreach (var t in tokens)
        {
            if (t.Kind is TokenKind.Name or TokenKind.Number or TokenKind.String or TokenKind.Op) first ??= t.Line;
            else if (t.Kind == TokenKind.Newline && first is { } start)
            {
                lines.Add(new LogicalLine(start, t.Line));
                first = null;
            }
        }
        return lines;
    }

    /// <summary>A comment is standalone when no code token ends on its line before it.</summary>
    private static Comment[] Comments(IReadOnlyList<Token> tokens)
    {
        var comments = new List<Comment>();
        var lastCodeLine = 0;
        foreach (var t in tokens)
        {
            if (t.Kind is TokenKind.Name or TokenKind.Number or TokenKind.String or TokenKind.Op) lastCodeLine = t.EndLine;
            else if (t.Kind == TokenKind.Comment) comments.Add(new Comment(t.Line, t.Column, t.Text, lastCodeLine != t.Line));
        }
        return [.. comments];
    }
}
