namespace ParallelRepro.Effort.Syntax;

internal sealed partial class PythonTokenizer
{
    /// <summary>
    /// At the start of a physical line outside brackets: blank and comment-only lines leave the
    /// indentation alone; otherwise compare with the stack as CPython does, including its check that
    /// tabs and spaces give the same order when a tab counts as one column.
    /// </summary>
    private void MeasureIndentation()
    {
        int column = 0, alternate = 0, p = _pos;
        for (; p < _text.Length; p++)
        {
            var c = _text[p];
            if (c == ' ') { column++; alternate++; }
            else if (c == '\t') { column = (column / TabSize + 1) * TabSize; alternate++; }
            else if (c == '\f') { column = alternate = 0; }
            else break;
        }
        _pos = p;
        if (p >= _text.Length || _text[p] is '#' or '\n') return;
        if (_text[p] == '\\' && p + 1 < _text.Length && _text[p + 1] == '\n') return;

        var top = _indents[^1];
        if (column == top.Column)
        {
            if (alternate != top.Alternate) throw Inconsistent();
        }
        else if (column > top.Column)
        {
            if (alternate <= top.Alternate) throw Inconsistent();
            _indents.Add((column, alternate));
            _tokens.Add(new Token(TokenKind.Indent, _text[_lineStart..p], _line, 0, _line));
        }
        else
        {
            while (_indents.Count > 1 && column < _indents[^1].Column)
            {
                _indents.RemoveAt(_indents.Count - 1);
                _tokens.Add(new Token(TokenKind.Dedent, "", _line, column, _line));
            }
            if (column != _indents[^1].Column)
                throw new SourceSyntaxException(_line, "unindent does not match any outer indentation level");
            if (alternate != _indents[^1].Alternate) throw Inconsistent();
        }
    }

    private SourceSyntaxException Inconsistent() => new(_line, "inconsistent use of tabs and spaces in indentation");
}
