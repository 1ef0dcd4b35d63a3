using ParallelRepro.Running;

namespace ParallelRepro.Tests.Running;

public sealed class StartCpusTests
{
    [Fact]
    public void Rounds_take_turns_over_the_cpus_a_cell_may_use()
    {
        var cpus = new StartCpus([2, 5, 7]);

        Assert.Equal([2, 5, 7, 2], Enumerable.Range(0, 4).Select(r => cpus.For(r, cores: 0)));
        Assert.Equal([2, 5, 2, 5], Enumerable.Range(0, 4).Select(r => cpus.For(r, cores: 2))); // ppp --cores 2 keeps the first two
    }

    [Fact]
    public void A_cell_limited_to_one_cpu_or_a_machine_with_one_is_not_placed()
    {
        Assert.Null(new StartCpus([0, 1]).For(3, cores: 1));
        Assert.Null(new StartCpus([0]).For(3, cores: 0));
        Assert.Null(new StartCpus([]).For(0, cores: 0));
    }

    [Fact]
    public void This_process_lists_the_cpus_it_may_run_on()
    {
        var allowed = StartCpus.OfThisProcess().Allowed;

        if (OperatingSystem.IsLinux())
        {
            Assert.NotEmpty(allowed);
            Assert.Equal(allowed.Order().Distinct(), allowed);
        }
        else
        {
            Assert.Empty(allowed);
        }
    }
}
