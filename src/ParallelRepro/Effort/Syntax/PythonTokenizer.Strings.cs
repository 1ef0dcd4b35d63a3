namespace ParallelRepro.Effort.Syntax;

internal sealed partial class PythonTokenizer
{
    /// <summary>
    /// Scans from the opening quote to just after the closing one. A backslash always skips the next
    /// character (in raw strings too: r"\"" is one string). In f-strings, a single '{' opens a
    /// replacement field, scanned as an expression that may hold brackets and nested strings.
    /// </summary>
    private int ScanStringBody(int p, bool isFormat, int startLine)
    {
        var quote = _text[p];
        var triple = p + 2 < _text.Length && _text[p + 1] == quote && _text[p + 2] == quote;
        p += triple ? 3 : 1;
        while (true)
        {
            if (p >= _text.Length) throw Unterminated(startLine, triple);
            var c = _text[p];
            if (c == '\\' && p + 1 < _text.Length)
            {
                if (_text[p + 1] == '\n') NewLineAt(p + 1);
                p += 2;
            }
            else if (c == '\n')
            {
                if (!triple) throw Unterminated(startLine, triple);
                NewLineAt(p++);
            }
            else if (c == quote && (!triple || IsTripleAt(p, quote)))
            {
                return p + (triple ? 3 : 1);
            }
            else if (isFormat && c == '{')
            {
                p = p + 1 < _text.Length && _text[p + 1] == '{' ? p + 2 : ScanReplacementField(p + 1, triple, startLine);
            }
            else
            {
                p++;
            }
        }
    }

    /// <summary>After '{' in an f-string: an expression up to '}' at depth 0, or ':' that starts a format spec.</summary>
    private int ScanReplacementField(int p, bool triple, int startLine)
    {
        var depth = 0;
        while (true)
        {
            if (p >= _text.Length) throw Unterminated(startLine, triple);
            var c = _text[p];
            if (c == '\n')
            {
                if (!triple) throw Unterminated(startLine, triple);
                NewLineAt(p++);
            }
            else if (c is '"' or '\'')
            {
                p = ScanStringBody(p, isFormat: false, startLine);
            }
            else if (IsIdentifierStart(c))
            {
                p = ScanNameInField(p, startLine);
            }
            else if (c is '(' or '[' or '{') { depth++; p++; }
            else if (c is ')' or ']') { depth--; p++; }
            else if (c == '}')
            {
                if (depth == 0) return p + 1;
                depth--;
                p++;
            }
            else if (c == ':' && depth == 0)
            {
                return ScanFormatSpec(p + 1, triple, startLine);
            }
            else
            {
                p++;
            }
        }
    }

    private int ScanNameInField(int p, int startLine)
    {
        var start = p;
        while (p < _text.Length && IsIdentifierPart(_text[p])) p++;
        if (p < _text.Length && _text[p] is '"' or '\'' && IsStringPrefix(_text.AsSpan(start, p - start)))
            return ScanStringBody(p, _text.AsSpan(start, p - start).ContainsAny('f', 'F'), startLine);
        return p;
    }

    /// <summary>A format spec is literal text up to '}', with nested replacement fields such as {width}.</summary>
    private int ScanFormatSpec(int p, bool triple, int startLine)
    {
        while (true)
        {
            if (p >= _text.Length) throw Unterminated(startLine, triple);
            var c = _text[p];
            if (c == '}') return p + 1;
            if (c == '{') { p = ScanReplacementField(p + 1, triple, startLine); continue; }
            if (c == '\n')
            {
                if (!triple) throw Unterminated(startLine, triple);
                NewLineAt(p);
            }
            p++;
        }
    }

    private bool IsTripleAt(int p, char quote) => p + 2 < _text.Length && _text[p + 1] == quote && _text[p + 2] == quote;

    private SourceSyntaxException Unterminated(int startLine, bool triple)
        => new(startLine, $"unterminated {(triple ? "triple-quoted " : "")}string literal (detected at line {_line})");
}
