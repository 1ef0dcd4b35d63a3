// Cake ignores arguments it does not know; a typo such as --profle=smoke would then silently run
// the default. Reject anything that is neither Cake's own nor a [Repro] setting, and values that a
// later task would refuse only after minutes of measuring.

static readonly string[] CakeOwnArguments = { "target", "verbosity", "v", "dryrun", "noop", "whatif", "exclusive", "e", "showdescription", "description", "tree", "showtree", "bootstrap", "skip-bootstrap", "debug", "d", "info", "version", "help", "h", "paths", "settings_skipverification" };

Setup(context =>
{
    var unknown = context.Arguments.GetArguments().Keys
        .Where(name => !CakeOwnArguments.Contains(name, StringComparer.OrdinalIgnoreCase) && !ReproSettingNames.Contains(name, StringComparer.OrdinalIgnoreCase) && !CiArgumentNames.Contains(name, StringComparer.OrdinalIgnoreCase) && !CompareArgumentNames.Contains(name, StringComparer.OrdinalIgnoreCase))
        .ToArray();
    if (unknown.Length > 0)
        throw new CakeException(2, $"unknown option --{unknown[0]} (known: --target, {string.Join(", ", ReproSettingNames.Select(n => "--" + n))})");
    CheckCompareArguments();
});
