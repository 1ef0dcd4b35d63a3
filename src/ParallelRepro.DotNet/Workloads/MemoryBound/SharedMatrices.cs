using System.IO.MemoryMappedFiles;

namespace ParallelRepro.DotNet.Workloads.MemoryBound;

/// <summary>
/// A, B and C back to back in one memory-mapped file (in /dev/shm where it exists, so in RAM): the analog of the
/// mp variant's <c>multiprocessing.Array</c> shared memory. The parent creates it; each worker process opens it
/// by path and writes only its own rows of C, so no lock is needed.
/// </summary>
internal sealed unsafe class SharedMatrices : IDisposable
{
    private readonly MemoryMappedFile file;
    private readonly MemoryMappedViewAccessor view;
    private readonly byte* pointer;
    private readonly bool owner;

    private SharedMatrices(string path, int size, bool owner)
    {
        Path = path;
        Size = size;
        this.owner = owner;
        var bytes = 3L * size * size * sizeof(long);
        file = owner
            ? MemoryMappedFile.CreateFromFile(path, FileMode.CreateNew, null, Math.Max(bytes, 1), MemoryMappedFileAccess.ReadWrite)
            : MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.ReadWrite);
        view = file.CreateViewAccessor(0, Math.Max(bytes, 1), MemoryMappedFileAccess.ReadWrite);
        byte* start = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref start);
        pointer = start + view.PointerOffset;
    }

    public string Path { get; }
    public int Size { get; }

    public Span<long> A => Matrix(0);
    public Span<long> B => Matrix(1);
    public Span<long> C => Matrix(2);

    public static SharedMatrices Create(SquareMatrix a, SquareMatrix b)
    {
        var folder = Directory.Exists("/dev/shm") ? "/dev/shm" : System.IO.Path.GetTempPath();
        var path = System.IO.Path.Combine(folder, $"ppp-memory-bound-{Environment.ProcessId}-{Guid.NewGuid():N}.bin");
        var shared = new SharedMatrices(path, a.Size, owner: true);
        a.Cells.CopyTo(shared.A);
        b.Cells.CopyTo(shared.B);
        return shared;
    }

    public static SharedMatrices Open(string path, int size) => new(path, size, owner: false);

    public void Dispose()
    {
        view.SafeMemoryMappedViewHandle.ReleasePointer();
        view.Dispose();
        file.Dispose();
        if (owner) File.Delete(Path);
    }

    private Span<long> Matrix(int index) => new(pointer + (long)index * Size * Size * sizeof(long), Size * Size);
}
