using System.Globalization;
using ParallelRepro.Effort.Syntax;

namespace ParallelRepro.Effort.Metrics;

/// <summary>
/// PyCQA mccabe 0.7's PathGraphingAstVisitor, over the light syntax tree. Verified against the real
/// tool (tests/…/Effort): if/elif, for/while and each except handler add paths; with, boolean
/// operators, lambdas, comprehensions, match and try/except* do not; finally bodies are never
/// visited; a def nested in a function is a closure that adds one path plus its own; methods of a
/// class nested in a function are closures too; module-level if/for/while/try are graphs of their
/// own; a later graph with the same key replaces an earlier one (the first keeps its place).
/// </summary>
internal sealed class McCabeVisitor
{
    private readonly OrderedDictionary<string, PathGraph> _graphs = [];
    private string _className = "";
    private PathGraph? _graph;
    private int? _tail;
    private int _nextNode;
    private int _depth;

    public static IReadOnlyList<Complexity> Measure(IReadOnlyList<Statement> module)
    {
        var visitor = new McCabeVisitor();
        visitor.DispatchList(module);
        // Like Python's dict: a replaced value keeps the place of the key's first insertion.
        return visitor._graphs.Values
            .Select(g => new Complexity(g.Name, g.Entity, g.Line, g.Column, g.Complexity, g.IsFunction))
            .ToArray();
    }

    private void DispatchList(IReadOnlyList<Statement> statements)
    {
        foreach (var statement in statements) Dispatch(statement);
    }

    private void Dispatch(Statement statement)
    {
        DeepStack.Check(++_depth, statement.Line);
        try
        {
            DispatchShape(statement);
        }
        finally
        {
            _depth--;
        }
    }

    private void DispatchShape(Statement statement)
    {
        switch (statement)
        {
            case FunctionDef f: VisitFunction(f); break;
            case ClassDef c: VisitClass(c); break;
            case IfStatement i: Subgraph(i, Label("If", i.Line), [], i.Body, i.OrElse); break;
            case LoopStatement l: Subgraph(l, Label("Loop", l.Line), [], l.Body, l.OrElse); break;
            case TryStatement t: Subgraph(t, Label("TryExcept", t.Line), t.Handlers, t.Body, t.OrElse); break;
            case WithStatement w:
                AppendPathNode();
                DispatchList(w.Body);
                break;
            default: AppendPathNode(); break;
        }
    }

    private void VisitFunction(FunctionDef function)
    {
        var entity = _className + function.Name;
        var name = string.Create(CultureInfo.InvariantCulture, $"{function.Line}:{function.Column}: '{entity}'");
        if (_graph is { } graph)
        {
            var pathNode = AppendPathNode()!.Value;
            _tail = pathNode;
            DispatchList(function.Body);
            var bottom = NewNode();
            graph.Connect(_tail!.Value, bottom);
            graph.Connect(pathNode, bottom);
            _tail = bottom;
            return;
        }
        _graph = new PathGraph(name, entity, function.Line, function.Column, isFunction: true);
        _tail = NewNode();
        DispatchList(function.Body);
        Store(_className + function.Name, _graph);
    }

    private void VisitClass(ClassDef @class)
    {
        var outer = _className;
        _className += @class.Name + ".";
        DispatchList(@class.Body);
        _className = outer;
    }

    private void Subgraph(Statement node, string name, IReadOnlyList<IReadOnlyList<Statement>> extraBlocks, IReadOnlyList<Statement> body, IReadOnlyList<Statement> orElse)
    {
        if (_graph is null)
        {
            _graph = new PathGraph(name, name, node.Line, node.Column, isFunction: false);
            SubgraphParse(NewNode(), extraBlocks, body, orElse);
            Store(_className + name, _graph);
        }
        else
        {
            SubgraphParse(AppendPathNode(), extraBlocks, body, orElse);
        }
    }

    private void SubgraphParse(int? pathNode, IReadOnlyList<IReadOnlyList<Statement>> extraBlocks, IReadOnlyList<Statement> body, IReadOnlyList<Statement> orElse)
    {
        var looseEnds = new List<int?>();
        _tail = pathNode;
        DispatchList(body);
        looseEnds.Add(_tail);
        foreach (var extra in extraBlocks)
        {
            _tail = pathNode;
            DispatchList(extra);
            looseEnds.Add(_tail);
        }
        if (orElse.Count > 0)
        {
            _tail = pathNode;
            DispatchList(orElse);
            looseEnds.Add(_tail);
        }
        else
        {
            looseEnds.Add(pathNode);
        }
        if (pathNode is null) return;
        var bottom = NewNode();
        foreach (var end in looseEnds) _graph!.Connect(end!.Value, bottom);
        _tail = bottom;
    }

    /// <summary>Adds a node after the tail; outside any graph (module level) there is no tail and nothing happens.</summary>
    private int? AppendPathNode()
    {
        if (_tail is not { } tail) return null;
        var node = NewNode();
        _graph!.Connect(tail, node);
        _tail = node;
        return node;
    }

    private void Store(string key, PathGraph graph)
    {
        _graphs[key] = graph;
        _graph = null;
        _tail = null;
    }

    private int NewNode() => _nextNode++;

    private static string Label(string kind, int line) => string.Create(CultureInfo.InvariantCulture, $"{kind} {line}");
}
