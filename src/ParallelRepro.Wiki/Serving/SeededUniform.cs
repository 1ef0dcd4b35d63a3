namespace ParallelRepro.Wiki.Serving;

/// <summary>
/// A uniform draw in [0, 1) that depends only on (seed, stream, request number): the Nth request gets the
/// same draw whichever thread serves it and whatever arrived before it. SplitMix64's finalizer mixes the bits.
/// </summary>
internal static class SeededUniform
{
    public static double Draw(int seed, ulong stream, long requestNumber)
    {
        unchecked
        {
            var key = Mix(((ulong)(uint)seed << 32) ^ stream);
            var bits = Mix(key ^ (ulong)requestNumber);
            return (bits >> 11) * (1.0 / (1UL << 53)); // the top 53 bits: every double in [0, 1) is reachable
        }
    }

    private static ulong Mix(ulong z)
    {
        unchecked
        {
            z += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
