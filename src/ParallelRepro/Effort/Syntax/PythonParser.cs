namespace ParallelRepro.Effort.Syntax;

/// <summary>
/// A statement-level recursive-descent parser over <see cref="PythonTokenizer"/> tokens. It finds
/// compound statements by their first keyword and the ':' that ends their header (the first one at
/// bracket depth 0 that does not belong to a lambda), then reads an indented block or the simple
/// statements on the same line. Everything else is a simple statement, read up to its NEWLINE.
/// </summary>
internal sealed partial class PythonParser
{
    private readonly IReadOnlyList<Token> _tokens;
    private readonly SourceLanguage _language;
    private readonly List<ImportedModule> _imports = [];
    private int _index;
    private int _depth;

    private PythonParser(IReadOnlyList<Token> tokens, SourceLanguage language)
    {
        _tokens = tokens.Where(t => t.Kind is not (TokenKind.Comment or TokenKind.NonLogicalNewline)).ToArray();
        _language = language;
    }

    public static ParsedModule Parse(string text, SourceLanguage language)
    {
        var tokens = PythonTokenizer.Tokenize(text);
        var parser = new PythonParser(tokens, language);
        var body = parser.ParseStatements();
        if (parser.Peek.Kind != TokenKind.EndOfFile)
            throw new SourceSyntaxException(parser.Peek.Line, "unexpected unindent");
        return new ParsedModule(body, parser._imports, LogicalLines(tokens), Comments(tokens));
    }

    private Token Peek => _tokens[_index];

    private Token PeekAt(int offset) => _tokens[Math.Min(_index + offset, _tokens.Count - 1)];

    private Token Next() => _tokens[_index++];

    private List<Statement> ParseStatements()
    {
        var statements = new List<Statement>();
        while (Peek.Kind is not (TokenKind.Dedent or TokenKind.EndOfFile))
            statements.AddRange(ParseStatement());
        return statements;
    }

    private IEnumerable<Statement> ParseStatement()
    {
        DeepStack.Check(++_depth, Peek.Line);
        try
        {
            return ParseOneStatement();
        }
        finally
        {
            _depth--;
        }
    }

    private IEnumerable<Statement> ParseOneStatement()
    {
        var first = Peek;
        if (first.Kind == TokenKind.Indent)
            throw new SourceSyntaxException(first.Line, "unexpected indent");
        if (first.IsOp("@"))
        {
            SkipLogicalLine(); // a decorator is part of the def or class that follows, not a statement
            return ParseOneStatement();
        }
        if (first.Kind == TokenKind.Name && ParseCompound(first) is { } compound)
            return [compound];
        return ParseSimpleLine();
    }

    private Statement? ParseCompound(Token first) => first.Text switch
    {
        "def" => ParseFunction(first),
        "class" => ParseClass(first),
        "if" => ParseIf(),
        "for" or "while" => ParseLoop(first),
        "try" => ParseTry(first),
        "with" => ParseWith(first),
        "async" when PeekAt(1).Kind == TokenKind.Name && PeekAt(1).Text is "def" or "for" or "with" => ParseAsync(first),
        "match" when IsSoftKeywordHeader() => ParseMatch(first),
        "elif" or "else" or "except" or "finally" => throw new SourceSyntaxException(first.Line, $"invalid syntax: '{first.Text}' without a matching statement"),
        _ when _language == SourceLanguage.Cython => ParseCythonCompound(first),
        _ => null,
    };

    private Statement ParseAsync(Token asyncToken)
    {
        Next();
        var keyword = Peek;
        Statement statement = keyword.Text switch
        {
            "def" => ParseFunction(keyword),
            "for" => ParseLoop(keyword),
            _ => ParseWith(keyword),
        };
        // async def/for/with start at the 'async' keyword, as in Python's ast.
        return statement with { Column = asyncToken.Column };
    }

    private FunctionDef ParseFunction(Token keyword)
    {
        Next();
        var name = Next();
        if (name.Kind != TokenKind.Name) throw new SourceSyntaxException(name.Line, "invalid syntax: expected a function name after 'def'");
        SkipHeader("function definition");
        return new FunctionDef(keyword.Line, keyword.Column, name.Text, ParseSuite("function definition", keyword.Line));
    }

    private ClassDef ParseClass(Token keyword)
    {
        Next();
        var name = Next();
        if (name.Kind != TokenKind.Name) throw new SourceSyntaxException(name.Line, "invalid syntax: expected a class name after 'class'");
        SkipHeader("class definition");
        return new ClassDef(keyword.Line, keyword.Column, name.Text, ParseSuite("class definition", keyword.Line));
    }

    private IfStatement ParseIf()
    {
        var keyword = Next();
        DeepStack.Check(++_depth, keyword.Line);
        try
        {
            return ParseIfRest(keyword);
        }
        finally
        {
            _depth--;
        }
    }

    private IfStatement ParseIfRest(Token keyword)
    {
        SkipHeader($"'{keyword.Text}' statement");
        var body = ParseSuite($"'{keyword.Text}' statement", keyword.Line);
        IReadOnlyList<Statement> orElse = Peek.IsName("elif") ? [ParseIf()] : ParseElse();
        return new IfStatement(keyword.Line, keyword.Column, body, orElse);
    }

    private LoopStatement ParseLoop(Token keyword)
    {
        Next();
        SkipHeader($"'{keyword.Text}' statement");
        var body = ParseSuite($"'{keyword.Text}' statement", keyword.Line);
        return new LoopStatement(keyword.Line, keyword.Column, body, ParseElse());
    }

    private Statement ParseTry(Token keyword)
    {
        Next();
        SkipHeader("'try' statement");
        var body = ParseSuite("'try' statement", keyword.Line);
        var handlers = new List<IReadOnlyList<Statement>>();
        var star = false;
        while (Peek.IsName("except"))
        {
            var except = Next();
            star |= Peek.IsOp("*");
            SkipHeader("'except' statement");
            handlers.Add(ParseSuite("'except' statement", except.Line));
        }
        var orElse = ParseElse();
        IReadOnlyList<Statement> finalBody = [];
        if (Peek.IsName("finally"))
        {
            var final = Next();
            SkipHeader("'finally' statement");
            finalBody = ParseSuite("'finally' statement", final.Line);
        }
        if (handlers.Count == 0 && finalBody.Count == 0)
            throw new SourceSyntaxException(Peek.Line, $"expected 'except' or 'finally' block after 'try' on line {keyword.Line}");
        // mccabe 0.7 has no visitor for ast.TryStar: a try with except* handlers is one plain node.
        return star ? new SimpleStatement(keyword.Line, keyword.Column)
                    : new TryStatement(keyword.Line, keyword.Column, body, handlers, orElse, finalBody);
    }

    private WithStatement ParseWith(Token keyword)
    {
        Next();
        SkipHeader("'with' statement");
        return new WithStatement(keyword.Line, keyword.Column, ParseSuite("'with' statement", keyword.Line));
    }

    /// <summary>match/case: mccabe 0.7 has no visitor for ast.Match, so the whole statement is one node.</summary>
    private SimpleStatement ParseMatch(Token keyword)
    {
        Next();
        SkipHeader("'match' statement");
        ExpectBlockStart("'match' statement", keyword.Line);
        while (Peek.IsName("case"))
        {
            var caseToken = Next();
            SkipHeader("'case' statement");
            ParseSuite("'case' statement", caseToken.Line);
        }
        if (Peek.Kind != TokenKind.Dedent) throw new SourceSyntaxException(Peek.Line, "invalid syntax: expected 'case'");
        Next();
        return new SimpleStatement(keyword.Line, keyword.Column);
    }

    private IReadOnlyList<Statement> ParseElse()
    {
        if (!Peek.IsName("else")) return [];
        var keyword = Next();
        SkipHeader("'else' statement");
        return ParseSuite("'else' statement", keyword.Line);
    }
}
