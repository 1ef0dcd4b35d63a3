using System.Text.RegularExpressions;
using ParallelRepro.Common;
using ParallelRepro.Configuration;
using ParallelRepro.Tests.Fixtures;

namespace ParallelRepro.Tests.Configuration;

/// <summary>The one definition of the settings: cake.config, the layering and the argument check all follow it.</summary>
public sealed partial class SettingsSchemaTests : IDisposable
{
    private readonly TempDir dir = new();

    private static string CheckError(params string[] arguments)
    {
        var error = Assert.Throws<ReproException>(() => SettingsSchema.Check(arguments));
        Assert.DoesNotContain('\n', error.Message);
        return error.Message;
    }

    [Fact]
    public void The_repro_section_of_cake_config_has_exactly_the_keys_of_the_schema()
    {
        // Commented-out keys (";Workers=") document a setting left at its default: they count too.
        var text = File.ReadAllText(Repo.Layout.CakeConfig);
        var section = text[text.IndexOf("\n[Repro]", StringComparison.Ordinal)..]; // the header line, not a mention in a comment
        var keys = ConfigKey().Matches(section).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(SettingsSchema.All.Select(s => s.ConfigKey).OfType<string>().Order(StringComparer.Ordinal), keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Names_and_keys_are_unique()
    {
        Assert.Equal(SettingsSchema.All.Count, SettingsSchema.All.Select(s => s.Name.ToLowerInvariant()).Distinct().Count());
        var keys = SettingsSchema.All.Select(s => s.ConfigKey).OfType<string>().ToArray();
        Assert.Equal(keys.Length, keys.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void A_misspelled_option_is_named_with_the_known_ones()
    {
        var message = CheckError("--profile=smoke", "--profle=smoke");
        Assert.StartsWith("unknown option --profle (known: --profile, --workers, ", message, StringComparison.Ordinal);
        Assert.Contains("--tolerance", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Forwarded_arguments_of_either_form_and_any_case_pass()
        => SettingsSchema.Check(["--profile=smoke", "--Workers", "1,2", "--ft-optimized=true", "--tolerance=0.2", "--legs=/tmp/legs", "--wiki-url=http://127.0.0.1/w/api.php"]);

    [Theory]
    [InlineData("--tolerance=ten", "invalid tolerance 'ten': expected a number")]
    [InlineData("--tolerance=2", "--tolerance must be a fraction above 0 and at most 1")]
    [InlineData("--min-median=-1", "--min-median must be seconds, 0 or more, got -1")]
    [InlineData("--workers=1,x", "invalid workers 'x': expected a whole number >= 1")]
    [InlineData("--cores=-1", "invalid cores '-1': expected a whole number >= 0")]
    [InlineData("--profile=huge", "unknown profile 'huge'")]
    [InlineData("--ft-optimized=yes", "invalid ft-optimized 'yes': expected true or false")]
    [InlineData("--wiki-url=en.wikipedia.org", "invalid wiki-url 'en.wikipedia.org'")]
    [InlineData("--runner=a b", "invalid runner 'a b'")]
    [InlineData("--timeout=0", "invalid timeout '0'")]
    [InlineData("--seed", "--seed needs a value")]
    [InlineData("smoke", "unknown option smoke")]
    public void A_bad_value_is_named_before_anything_runs(string argument, string expected)
        => Assert.Contains(expected, CheckError(argument), StringComparison.Ordinal);

    /// <summary>Each keyed setting is read from cake.config: a bad value there is named with the setting.</summary>
    [Theory]
    [InlineData("Workers", "x", "invalid workers 'x'")]
    [InlineData("Cores", "x", "invalid cores 'x'")]
    [InlineData("Repetitions", "0", "invalid repetitions '0'")]
    [InlineData("Seed", "-3", "invalid seed '-3'")]
    [InlineData("TimeoutSeconds", "0", "invalid timeout '0'")]
    [InlineData("DecideBudgetSeconds", "x", "invalid decide-budget 'x'")]
    [InlineData("WikiUrl", "ftp://x", "invalid wiki-url 'ftp://x'")]
    [InlineData("Interpreters", "ghost-python-xyz", "unknown interpreter 'ghost-python-xyz'")]
    public void Every_repro_key_is_read_from_cake_config(string key, string value, string expected)
    {
        File.WriteAllText(dir.File("cake.config"), $"[Repro]\n{key}={value}\n");
        var error = Assert.Throws<ReproException>(() => ReproSettings.Load(new RepoLayout(dir.Path), new SettingsOverrides()));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_setting_given_on_the_command_line_wins_over_cake_config_for_every_key()
    {
        File.WriteAllText(dir.File("cake.config"), "[Repro]\nProfile=paper\nWorkers=x\nCores=x\nRepetitions=x\nGroups=io_bound\nVariants=mt\nSeed=x\nRunner=a b\nTimeoutSeconds=x\nDecideBudgetSeconds=x\nWikiUrl=x\n");
        var settings = ReproSettings.Load(new RepoLayout(dir.Path), new SettingsOverrides
        {
            [SettingsSchema.Profile] = "smoke", [SettingsSchema.Workers] = "3", [SettingsSchema.Cores] = "1", [SettingsSchema.Repetitions] = "2",
            [SettingsSchema.Groups] = "cpu_bound", [SettingsSchema.Variants] = "serial", [SettingsSchema.Seed] = "5", [SettingsSchema.Runner] = "box",
            [SettingsSchema.Timeout] = "9", [SettingsSchema.DecideBudget] = "4", [SettingsSchema.WikiUrl] = "http://127.0.0.1:8080/w/api.php",
            [SettingsSchema.Interpreters] = "py=/usr/bin/python3",
        });
        Assert.Equal(("smoke", 3, 1, 2, "cpu_bound", "serial", 5, "box"), (settings.Profile.Name, settings.Workers.Single(), settings.Cores.Single(), settings.Repetitions, settings.Groups.Single(), settings.Variants.Single(), settings.Seed, settings.Runner));
        Assert.Equal((TimeSpan.FromSeconds(9), TimeSpan.FromSeconds(4), "http://127.0.0.1:8080/w/api.php"), (settings.RunTimeout, settings.DecideBudget, settings.WikiUrl));
    }

    [Fact]
    public void Criteria_that_did_not_come_from_text_follow_the_same_rules()
    {
        var error = Assert.Throws<ReproException>(() => SettingsSchema.Tolerance.Validate(0));
        Assert.StartsWith("--tolerance must be a fraction above 0", error.Message, StringComparison.Ordinal);
        SettingsSchema.Tolerance.Validate(1);
    }

    [GeneratedRegex(@"^;?(\w+)=", RegexOptions.Multiline)]
    private static partial Regex ConfigKey();

    public void Dispose() => dir.Dispose();
}
