namespace ParallelRepro.Tests.Fixtures.Chromium;

/// <summary>
/// A test that needs headless Chromium. It is not skipped when Chromium is absent: the page's safety and layout are
/// only checked in a browser, so a missing browser fails the test with how to install it (HeadlessChromium.StartAsync).
/// </summary>
internal sealed class ChromiumFactAttribute : FactAttribute;
