namespace ParallelRepro.Effort.Syntax;

/// <summary>
/// Reads the modules of one simple statement: <c>import a.b as c, d</c>, <c>from ..a import b</c>, and
/// Cython's <c>cimport a</c> and <c>from a cimport b</c>. Returns null for any other statement.
/// </summary>
internal static class ImportReader
{
    public static IReadOnlyList<ImportedModule>? Read(IReadOnlyList<Token> tokens)
    {
        if (tokens.Count < 2 || tokens[0].Kind != TokenKind.Name) return null;
        return tokens[0].Text switch
        {
            "import" or "cimport" => ReadImport(tokens),
            "from" => ReadFrom(tokens),
            _ => null,
        };
    }

    private static List<ImportedModule> ReadImport(IReadOnlyList<Token> tokens)
    {
        var modules = new List<ImportedModule>();
        foreach (var item in SplitAtCommas(tokens, 1))
        {
            var name = DottedName(item, 0, out _);
            if (name.Length > 0) modules.Add(new ImportedModule(name, 0, [], tokens[0].Line));
        }
        return modules;
    }

    private static List<ImportedModule>? ReadFrom(IReadOnlyList<Token> tokens)
    {
        var i = 1;
        var level = 0;
        for (; i < tokens.Count && tokens[i].Kind == TokenKind.Op && tokens[i].Text is "." or "..."; i++)
            level += tokens[i].Text.Length;
        var name = DottedName(tokens, i, out i);
        if (i >= tokens.Count || !(tokens[i].IsName("import") || tokens[i].IsName("cimport"))) return null;
        var names = SplitAtCommas(tokens, i + 1)
            .Select(item => item.FirstOrDefault(t => t.Kind == TokenKind.Name || t.IsOp("*")).Text)
            .Where(n => n is not null)
            .ToArray();
        return [new ImportedModule(name, level, names, tokens[0].Line)];
    }

    private static string DottedName(IReadOnlyList<Token> tokens, int start, out int end)
    {
        var parts = new List<string>();
        end = start;
        while (end < tokens.Count && tokens[end].Kind == TokenKind.Name && tokens[end].Text is not ("import" or "cimport" or "as"))
        {
            parts.Add(tokens[end++].Text);
            if (end < tokens.Count && tokens[end].IsOp(".")) end++;
            else break;
        }
        return string.Join('.', parts);
    }

    private static IEnumerable<List<Token>> SplitAtCommas(IReadOnlyList<Token> tokens, int start)
    {
        var item = new List<Token>();
        for (var i = start; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.IsOp("(") || t.IsOp(")")) continue;
            if (t.IsOp(","))
            {
                yield return item;
                item = [];
                continue;
            }
            item.Add(t);
        }
        if (item.Count > 0) yield return item;
    }
}
