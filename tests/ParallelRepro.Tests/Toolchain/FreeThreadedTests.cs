using ParallelRepro.Common;
using ParallelRepro.Tests.Fixtures;
using ParallelRepro.Toolchain.FreeThreaded;

namespace ParallelRepro.Tests.Toolchain;

/// <summary>Where the free-threaded build is cached, and the checkout's link to it.</summary>
public sealed class FreeThreadedTests : IDisposable
{
    private readonly TempDir dir = new();

    private static Func<string, string?> Env(params (string Name, string Value)[] values)
        => name => values.FirstOrDefault(v => v.Name == name).Value;

    [Theory]
    [InlineData(false, "python3.13t-r2")]
    [InlineData(true, "python3.13t-r2-opt")]
    public void The_cache_is_under_xdg_cache_home_with_the_recipe_in_its_name(bool optimized, string folder)
        => Assert.Equal(Path.Combine("/xdg", "parallelrepro", folder), FreeThreadedPrefix.Resolve(Env(("XDG_CACHE_HOME", "/xdg"), ("HOME", "/home/u")), optimized));

    [Fact]
    public void Without_xdg_cache_home_it_is_under_home()
        => Assert.Equal("/home/u/.cache/parallelrepro/python3.13t-r2", FreeThreadedPrefix.Resolve(Env(("XDG_CACHE_HOME", " "), ("HOME", "/home/u")), false));

    [Fact]
    public void The_prefix_variable_wins_and_is_made_absolute()
        => Assert.Equal(Path.GetFullPath("rel/ft"), FreeThreadedPrefix.Resolve(Env((FreeThreadedPrefix.Variable, " rel/ft "), ("XDG_CACHE_HOME", "/xdg")), true));

    [Fact]
    public void Neither_home_nor_cache_names_the_variable_to_set()
    {
        var error = Assert.Throws<ReproException>(() => FreeThreadedPrefix.Resolve(Env(), false));
        Assert.Contains($"set {FreeThreadedPrefix.Variable}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_link_is_made_replaced_when_it_points_elsewhere_and_left_when_right()
    {
        if (OperatingSystem.IsWindows()) return; // symbolic links need a privilege there; the recipe is Linux-only
        var (a, b, link) = (Folder("cache-a"), Folder("cache-b"), dir.File("tools/python3.13t"));

        Assert.True(FolderLink.Point(link, a));
        Assert.False(FolderLink.Point(link, a));
        Assert.True(FolderLink.Point(link, b));
        Assert.Equal(b, new DirectoryInfo(link).LinkTarget);
        Assert.True(Directory.Exists(a), "replacing the link leaves the old cache folder alone");
    }

    [Fact]
    public void A_real_folder_where_the_link_goes_is_refused()
    {
        var real = Folder("tools/python3.13t");
        File.WriteAllText(Path.Combine(real, "bin"), "someone's build");

        var error = Assert.Throws<ReproException>(() => FolderLink.Point(real, Folder("cache")));

        Assert.Contains($"{real} exists and is not a link", error.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(real, "bin")));
    }

    private string Folder(string name) => Directory.CreateDirectory(dir.File(name)).FullName;

    public void Dispose() => dir.Dispose();
}
