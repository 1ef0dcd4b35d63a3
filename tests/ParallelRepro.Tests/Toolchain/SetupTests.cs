using ParallelRepro.Toolchain.Setup;

namespace ParallelRepro.Tests.Toolchain;

public sealed class SetupTests
{
    [Fact]
    public void Only_fully_installed_packages_count_as_installed()
    {
        const string dpkg = "cython3 ii \npython3-numpy rc \nlibgomp1:amd64 ii \ncloc un \n";

        var installed = DebianPackages.ParseInstalled(dpkg);

        Assert.Equal(["cython3", "libgomp1"], installed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_package_is_listed_once_with_a_reason()
    {
        Assert.All(SetupCatalog.Packages, p => Assert.False(string.IsNullOrWhiteSpace(p.Why), p.Name));
        Assert.Equal(SetupCatalog.Packages.Count, SetupCatalog.Packages.Select(p => p.Name).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task This_machine_has_every_package_after_the_set_up()
    {
        // The Test target runs the set-up first: a package it lists but did not install means the set-up is broken.
        if (!DebianPackages.CanQuery)
        {
            Assert.False(File.Exists("/etc/debian_version"), "a Debian machine without dpkg-query: the set-up cannot check its packages");
            return;
        }
        var installed = await DebianPackages.InstalledAsync(SetupCatalog.Packages.Select(p => p.Name), CancellationToken.None);

        var missing = SetupCatalog.Packages.Where(p => p.Command is null).Select(p => p.Name).Where(name => !installed.Contains(name)).ToList();
        Assert.True(missing.Count == 0, $"not installed after the set-up: {string.Join(", ", missing)}");
    }
}
