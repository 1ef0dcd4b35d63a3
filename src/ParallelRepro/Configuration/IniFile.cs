using ParallelRepro.Common;

namespace ParallelRepro.Configuration;

/// <summary>
/// The INI dialect of <c>cake.config</c>: <c>[Section]</c> headers, <c>Key=Value</c> lines, <c>;</c> or <c>#</c> comments.
/// Keys are case-insensitive, as Cake reads them.
/// </summary>
internal sealed class IniFile
{
    private readonly Dictionary<string, Dictionary<string, string>> sections = new(StringComparer.OrdinalIgnoreCase);

    public static IniFile Empty { get; } = new();

    public static IniFile Load(string path)
    {
        var ini = new IniFile();
        var section = ini.Section("");
        var lineNumber = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line[0] is ';' or '#') continue;
            if (line[0] == '[')
            {
                if (!line.EndsWith(']'))
                    throw new ReproException($"{path}:{lineNumber}: section header without ']': {line}");
                section = ini.Section(line[1..^1].Trim());
                continue;
            }
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
                throw new ReproException($"{path}:{lineNumber}: expected Key=Value, found: {line}");
            section[line[..equals].Trim()] = line[(equals + 1)..].Trim();
        }
        return ini;
    }

    public string? Get(string section, string key)
        => sections.TryGetValue(section, out var values) && values.TryGetValue(key, out var value) && value.Length > 0 ? value : null;

    private Dictionary<string, string> Section(string name)
    {
        if (!sections.TryGetValue(name, out var values))
            sections[name] = values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        return values;
    }
}
