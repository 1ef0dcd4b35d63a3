namespace ParallelRepro.Effort.Metrics;

/// <summary>
/// mccabe's PathGraph: nodes with their outgoing edges; complexity = E - N + 2. Connecting to a node
/// resets that node's edge list, exactly as mccabe's <c>self.nodes[n2] = []</c> does.
/// </summary>
internal sealed class PathGraph(string name, string entity, int line, int column, bool isFunction)
{
    private readonly Dictionary<int, List<int>> _nodes = [];

    public string Name { get; } = name;
    public string Entity { get; } = entity;
    public int Line { get; } = line;
    public int Column { get; } = column;
    public bool IsFunction { get; } = isFunction;

    public void Connect(int from, int to)
    {
        if (!_nodes.TryGetValue(from, out var edges)) _nodes[from] = edges = [];
        edges.Add(to);
        _nodes[to] = [];
    }

    public int Complexity => _nodes.Values.Sum(edges => edges.Count) - _nodes.Count + 2;
}
