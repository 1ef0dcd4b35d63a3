using ParallelRepro.Common;
using ParallelRepro.Configuration;
using ParallelRepro.Tests.Fixtures;

namespace ParallelRepro.Tests.Configuration;

public sealed class ReproSettingsTests : IDisposable
{
    private readonly TempDir dir = new();

    private RepoLayout LayoutWith(string cakeConfig)
    {
        File.WriteAllText(dir.File("cake.config"), cakeConfig);
        return new RepoLayout(dir.Path);
    }

    [Fact]
    public void Cake_config_values_are_used_when_nothing_is_given()
    {
        var layout = LayoutWith("[Repro]\nProfile=smoke\nWorkers=1,3\nSeed=7\nRunner=box-1\n");
        var settings = ReproSettings.Load(layout, new SettingsOverrides());
        Assert.Equal("smoke", settings.Profile.Name);
        Assert.Equal([1, 3], settings.Workers);
        Assert.Equal(7, settings.Seed);
        Assert.Equal("box-1", settings.Runner);
    }

    [Fact]
    public void Command_line_overrides_cake_config()
    {
        var layout = LayoutWith("[Repro]\nProfile=smoke\nWorkers=1,3\n");
        var settings = ReproSettings.Load(layout, new SettingsOverrides { [SettingsSchema.Profile] = "paper", [SettingsSchema.Workers] = "2,4" });
        Assert.Equal("paper", settings.Profile.Name);
        Assert.Equal([2, 4], settings.Workers);
        Assert.Equal(Profile.Paper.Repetitions, settings.Repetitions);
    }

    [Fact]
    public void Profile_defaults_fill_what_is_unset()
    {
        var settings = ReproSettings.Load(LayoutWith("[Repro]\n;Workers=\n"), new SettingsOverrides { [SettingsSchema.Profile] = "quick" });
        Assert.Equal(Profile.Quick.Workers, settings.Workers);
        Assert.Equal(Profile.Quick.Repetitions, settings.Repetitions);
        Assert.Equal([0], settings.Cores);
    }

    [Theory]
    [InlineData("Workers", "1,x", "invalid workers 'x'")]
    [InlineData("Workers", "0", "invalid workers '0'")]
    [InlineData("Profile", "huge", "unknown profile 'huge'")]
    [InlineData("Runner", "a b", "invalid runner 'a b'")]
    public void Bad_values_are_rejected_with_what_was_wrong(string key, string value, string expected)
    {
        var layout = LayoutWith($"[Repro]\n{key}={value}\n");
        var error = Assert.Throws<ReproException>(() => ReproSettings.Load(layout, new SettingsOverrides()));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_cake_config_names_file_and_line()
    {
        var layout = LayoutWith("[Repro]\nProfile=smoke\nthis line has no equals sign\n");
        var error = Assert.Throws<ReproException>(() => ReproSettings.Load(layout, new SettingsOverrides()));
        Assert.Contains("cake.config:3:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Interpreters_parse_labels_and_paths()
    {
        var settings = ReproSettings.Load(LayoutWith(""), new SettingsOverrides { [SettingsSchema.Interpreters] = "gil=/opt/py/bin/python3.13, /usr/bin/python3" });
        Assert.Equal([new Interpreter("gil", "/opt/py/bin/python3.13"), new Interpreter("python3", "/usr/bin/python3")], settings.Interpreters);
    }

    [Fact]
    public void A_wiki_url_replaces_the_replica_and_must_be_http()
    {
        Assert.Null(ReproSettings.Load(LayoutWith(""), new SettingsOverrides()).WikiUrl);
        var real = ReproSettings.Load(LayoutWith(""), new SettingsOverrides { [SettingsSchema.WikiUrl] = "https://en.wikipedia.org/w/api.php" });
        Assert.Equal("https://en.wikipedia.org/w/api.php", real.WikiUrl);
        var error = Assert.Throws<ReproException>(() => ReproSettings.Load(LayoutWith(""), new SettingsOverrides { [SettingsSchema.WikiUrl] = "en.wikipedia.org" }));
        Assert.Contains("invalid wiki-url 'en.wikipedia.org'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Variants_select_by_id_or_by_program()
    {
        var all = ReproSettings.Load(LayoutWith(""), new SettingsOverrides());
        Assert.True(all.Selects("io_bound", "mp"));
        var some = ReproSettings.Load(LayoutWith(""), new SettingsOverrides { [SettingsSchema.Variants] = "serial, cpu_bound.mp" });
        Assert.True(some.Selects("overhead", "serial"));
        Assert.True(some.Selects("cpu_bound", "mp"));
        Assert.False(some.Selects("overhead", "mp"));
    }

    public void Dispose() => dir.Dispose();
}
