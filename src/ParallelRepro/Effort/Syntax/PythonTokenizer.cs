namespace ParallelRepro.Effort.Syntax;

/// <summary>
/// A tokenizer with the rules of CPython's own: logical lines (NEWLINE vs NL), INDENT/DEDENT from a
/// stack of columns (tabs to multiples of 8, checked against tab-as-1 for consistency), brackets and
/// backslashes that join lines, comments, and string literals with every prefix, triple quotes and
/// f-string replacement fields (nested quotes as Python 3.12 allows). Cython adds only the '?' of
/// <c>except? -1</c> and '&amp;' as address-of, which are plain operators here.
/// </summary>
internal sealed partial class PythonTokenizer
{
    private const int TabSize = 8;
    private readonly string _text;
    private readonly List<Token> _tokens = [];
    private readonly Stack<(char Open, int Line)> _brackets = new();
    private readonly List<(int Column, int Alternate)> _indents = [(0, 0)];
    private int _pos;
    private int _line = 1;
    private int _lineStart;
    private bool _atLineStart = true;
    private bool _continued;
    private bool _logicalHasTokens;

    // Only \r\n and \r end lines besides \n, as in CPython: form feed, NEL, U+2028 and U+2029 do not.
    private PythonTokenizer(string text) => _text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    public static IReadOnlyList<Token> Tokenize(string text) => new PythonTokenizer(text).Run();

    private IReadOnlyList<Token> Run()
    {
        while (true)
        {
            if (_atLineStart)
            {
                _atLineStart = false;
                if (_brackets.Count == 0 && !_continued) MeasureIndentation();
                _continued = false;
            }
            if (_pos >= _text.Length) break;
            ScanOne();
        }
        Finish();
        return _tokens;
    }

    private void ScanOne()
    {
        var c = _text[_pos];
        switch (c)
        {
            case ' ' or '\t' or '\f' or '\0':
                _pos++;
                break;
            case '#':
                ScanComment();
                break;
            case '\n':
                Add(_brackets.Count > 0 || !_logicalHasTokens ? TokenKind.NonLogicalNewline : TokenKind.Newline, _pos, _pos + 1);
                if (_brackets.Count == 0) _logicalHasTokens = false;
                NewLineAt(_pos++);
                _atLineStart = true;
                break;
            case '\\':
                ScanBackslash();
                break;
            default:
                if (c is '"' or '\'') ScanString(_pos, 0);
                else if (char.IsAsciiDigit(c) || (c == '.' && _pos + 1 < _text.Length && char.IsAsciiDigit(_text[_pos + 1]))) ScanNumber();
                else if (IsIdentifierStart(c)) ScanNameOrPrefixedString();
                else ScanOperator();
                break;
        }
    }

    private void ScanComment()
    {
        var end = _text.IndexOf('\n', _pos);
        if (end < 0) end = _text.Length;
        Add(TokenKind.Comment, _pos, end);
        _pos = end;
    }

    private void ScanBackslash()
    {
        if (_pos + 1 >= _text.Length)
            throw new SourceSyntaxException(_line, "unexpected end of file after line continuation character");
        if (_text[_pos + 1] != '\n')
            throw new SourceSyntaxException(_line, "unexpected character after line continuation character");
        NewLineAt(_pos + 1);
        _pos += 2;
        _continued = true;
        _atLineStart = true;
    }

    private void ScanNumber()
    {
        var start = _pos;
        var hex = _text[_pos] == '0' && _pos + 1 < _text.Length && _text[_pos + 1] is 'x' or 'X';
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            var exponentSign = c is '+' or '-' && !hex && _text[_pos - 1] is 'e' or 'E';
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '.' || exponentSign)) break;
            _pos++;
        }
        Add(TokenKind.Number, start, _pos);
    }

    private void ScanNameOrPrefixedString()
    {
        var start = _pos;
        while (_pos < _text.Length && IsIdentifierPart(_text[_pos])) _pos++;
        if (_pos < _text.Length && _text[_pos] is '"' or '\'' && IsStringPrefix(_text.AsSpan(start, _pos - start)))
        {
            ScanString(start, _pos - start);
            return;
        }
        Add(TokenKind.Name, start, _pos);
    }

    private void ScanString(int start, int prefixLength)
    {
        var startLine = _line;
        var startColumn = start - _lineStart;
        var isFormat = _text.AsSpan(start, prefixLength).ContainsAny('f', 'F');
        _pos = ScanStringBody(start + prefixLength, isFormat, startLine);
        _tokens.Add(new Token(TokenKind.String, _text[start.._pos], startLine, startColumn, _line));
        _logicalHasTokens = true;
    }

    private void ScanOperator()
    {
        var op = Operators.FirstOrDefault(o => string.CompareOrdinal(_text, _pos, o, 0, o.Length) == 0)
            ?? throw new SourceSyntaxException(_line, $"invalid character '{_text[_pos]}' (U+{(int)_text[_pos]:X4})");
        if (op is "(" or "[" or "{") _brackets.Push((op[0], _line));
        else if (op is ")" or "]" or "}") CloseBracket(op[0]);
        Add(TokenKind.Op, _pos, _pos + op.Length);
        _pos += op.Length;
    }

    private void CloseBracket(char close)
    {
        if (_brackets.Count == 0)
            throw new SourceSyntaxException(_line, $"unmatched '{close}'");
        var (open, line) = _brackets.Pop();
        if ((open, close) is not (('(', ')') or ('[', ']') or ('{', '}')))
            throw new SourceSyntaxException(_line, $"closing parenthesis '{close}' does not match opening parenthesis '{open}' on line {line}");
    }

    private void Finish()
    {
        if (_brackets.Count > 0)
        {
            var (open, line) = _brackets.Peek();
            throw new SourceSyntaxException(line, $"'{open}' was never closed");
        }
        if (_logicalHasTokens) _tokens.Add(new Token(TokenKind.Newline, "", _line, _pos - _lineStart, _line));
        for (var i = _indents.Count - 1; i > 0; i--) _tokens.Add(new Token(TokenKind.Dedent, "", _line, 0, _line));
        _tokens.Add(new Token(TokenKind.EndOfFile, "", _line, 0, _line));
    }

    private void Add(TokenKind kind, int start, int end)
    {
        _tokens.Add(new Token(kind, _text[start..end], _line, start - _lineStart, _line));
        if (kind is TokenKind.Name or TokenKind.Number or TokenKind.String or TokenKind.Op) _logicalHasTokens = true;
    }

    private void NewLineAt(int newlineIndex)
    {
        _line++;
        _lineStart = newlineIndex + 1;
    }

    private static bool IsIdentifierStart(char c) => char.IsAsciiLetter(c) || c == '_' || (c > 127 && char.IsLetter(c));

    private static bool IsIdentifierPart(char c) => char.IsAsciiLetterOrDigit(c) || c == '_' || (c > 127 && (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.ConnectorPunctuation));

    /// <summary>r, u, b, f and the two-letter pairs Python accepts (br, rb, fr, rf), in any case.</summary>
    private static bool IsStringPrefix(ReadOnlySpan<char> name)
    {
        if (name.Length is 0 or > 2) return false;
        var lower = name.ToString().ToLowerInvariant();
        return lower is "r" or "u" or "b" or "f" or "br" or "rb" or "fr" or "rf";
    }

    // Longest first, so that "**=" wins over "**" and "*".
    private static readonly string[] Operators =
    [
        "**=", "//=", ">>=", "<<=", "...",
        "->", "**", "//", "<<", ">>", "<=", ">=", "==", "!=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", ":=", "<>",
        "+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">", "(", ")", "[", "]", "{", "}", ",", ":", ";", ".", "=", "!", "?",
    ];
}
