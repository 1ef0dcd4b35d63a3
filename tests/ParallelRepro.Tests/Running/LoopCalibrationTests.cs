using ParallelRepro.Common;
using ParallelRepro.Running;
using ParallelRepro.Tests.Fixtures;

namespace ParallelRepro.Tests.Running;

/// <summary>A cell is calibrated by its first successful run; every later run, in this process or a resumed one, uses that k.</summary>
public sealed class LoopCalibrationTests : IDisposable
{
    private readonly TempDir dir = new();

    private string FilePath => dir.File("runs/r1/loops.json");

    private static RunRecord Calibrated(string variant, int loops, RunStatus status = RunStatus.Ok)
        => Records.Make(variant, 1, 0.004, status: status, group: "overhead") with { Loops = loops, StartupS = 0.2 };

    [Fact]
    public void A_cell_runs_auto_until_a_run_calibrates_it_then_its_k()
    {
        var loops = LoopCalibration.Load(FilePath);
        var serial = Calibrated("serial", 25);
        Assert.Equal(LoopCalibration.Auto, loops.ArgumentFor("smoke", serial.Cell));
        loops.Remember(serial);
        Assert.Equal("25", loops.ArgumentFor("smoke", serial.Cell));
        Assert.Equal(LoopCalibration.Auto, loops.ArgumentFor("quick", serial.Cell)); // other sizes, other k
        Assert.Equal(LoopCalibration.Auto, loops.ArgumentFor("smoke", Calibrated("mt", 3).Cell));
    }

    [Fact]
    public void A_cells_k_never_changes_once_kept()
    {
        var loops = LoopCalibration.Load(FilePath);
        loops.Remember(Calibrated("serial", 25));
        loops.Remember(Calibrated("serial", 40));
        Assert.Equal(25, loops.LoopsOf("smoke", Calibrated("serial", 1).Cell));
    }

    [Fact]
    public void A_resumed_run_reads_the_kept_k()
    {
        LoopCalibration.Load(FilePath).Remember(Calibrated("serial", 25));
        var resumed = LoopCalibration.Load(FilePath);
        Assert.Equal("25", resumed.ArgumentFor("smoke", Calibrated("serial", 1).Cell));
    }

    [Theory]
    [InlineData(RunStatus.Failed)]
    [InlineData(RunStatus.WrongOutput)]
    [InlineData(RunStatus.Timeout)]
    public void A_run_that_did_not_succeed_calibrates_nothing(RunStatus status)
    {
        var loops = LoopCalibration.Load(FilePath);
        loops.Remember(Calibrated("serial", 25, status));
        Assert.Null(loops.LoopsOf("smoke", Calibrated("serial", 1).Cell));
        Assert.False(File.Exists(FilePath));
    }

    [Fact]
    public void A_bad_file_is_one_error_naming_it()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        File.WriteAllText(FilePath, """{ "schema": 1, "loops": { "smoke overhead.serial n=1 cores=all [py]": 0 } }""");
        var error = Assert.Throws<ReproException>(() => LoopCalibration.Load(FilePath));
        Assert.Contains(FilePath, error.Message, StringComparison.Ordinal);
        Assert.Contains("expected at least 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Records_keep_loops_and_start_up_and_old_records_still_read()
    {
        var path = Records.WriteRunner(dir.File("runs"), "r2", [Calibrated("serial", 25), Records.Make("mt", 2, 0.5, group: "overhead")]);
        var read = new RecordStore(path).ReadAll();
        Assert.Equal((25, 0.2), (read[0].Loops, read[0].StartupS));
        Assert.Null(read[1].Loops);
        Assert.Null(read[1].StartupS);
        Assert.DoesNotContain("\"loops\"", File.ReadAllLines(path)[1], StringComparison.Ordinal);
    }

    public void Dispose() => dir.Dispose();
}
