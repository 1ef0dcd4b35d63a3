namespace ParallelRepro.Tests.Fixtures.Chromium;

/// <summary>A test that needs headless Chromium: skipped, saying how to install it, when it is absent.</summary>
internal sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (HeadlessChromium.Find() is null)
            Skip = "chromium is not installed (Debian: apt-get install -y chromium; or set CHROMIUM=/path/to/chrome)";
    }
}
