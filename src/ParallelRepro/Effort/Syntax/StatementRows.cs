using System.Text.Json;

namespace ParallelRepro.Effort.Syntax;

/// <summary>
/// Rebuilds the light syntax tree from read_python.py's flat rows <c>[kind, line, col, parent, block, name]</c>
/// (parents come before their children), without recursion. The kind is the ast class name; here it
/// becomes one of the statement shapes mccabe tells apart, and every other statement (match,
/// try/except*, assignments…) is one simple node whose inner statements mccabe never visits.
/// </summary>
internal static class StatementRows
{
    public static IReadOnlyList<Statement> Build(JsonElement rows)
    {
        var module = new List<Statement>();
        var blocks = new List<Blocks?>();
        foreach (var row in rows.EnumerateArray())
        {
            var (kind, line, column, parent, block) = (row[0].GetString()!, row[1].GetInt32(), row[2].GetInt32(), row[3].GetInt32(), row[4].GetInt32());
            var (statement, own) = Create(kind, line, column, row[5].ValueKind == JsonValueKind.String ? row[5].GetString()! : "");
            blocks.Add(own);
            var target = parent < 0 ? module : blocks[parent]?.At(block);
            target?.Add(statement);
        }
        return module;
    }

    private static (Statement, Blocks?) Create(string kind, int line, int column, string name)
    {
        List<Statement> body = [], orElse = [], final = [];
        switch (kind)
        {
            case "FunctionDef" or "AsyncFunctionDef":
                return (new FunctionDef(line, column, name, body), new Blocks([body]));
            case "ClassDef":
                return (new ClassDef(line, column, name, body), new Blocks([body]));
            case "If":
                return (new IfStatement(line, column, body, orElse), new Blocks([body, orElse]));
            case "For" or "AsyncFor" or "While":
                return (new LoopStatement(line, column, body, orElse), new Blocks([body, orElse]));
            case "With" or "AsyncWith":
                return (new WithStatement(line, column, body), new Blocks([body]));
            case "Try":
                var handlers = new List<IReadOnlyList<Statement>>();
                return (new TryStatement(line, column, body, handlers, orElse, final), new Blocks([body, orElse, final], handlers));
            default:
                return (new SimpleStatement(line, column), null);
        }
    }

    /// <summary>A statement's lists as read_python.py numbers them: 0 body, 1 orelse, 2 finalbody, 3 + k the k-th handler.</summary>
    private sealed class Blocks(List<Statement>[] fixedBlocks, List<IReadOnlyList<Statement>>? handlers = null)
    {
        public List<Statement>? At(int block)
        {
            if (block < 3) return block < fixedBlocks.Length ? fixedBlocks[block] : null;
            if (handlers is null) return null;
            while (handlers.Count <= block - 3) handlers.Add(new List<Statement>());
            return (List<Statement>)handlers[block - 3];
        }
    }
}
