// Runtimes beside the system Python: a free-threaded CPython 3.13, built once per machine into a cache, linked
// into the checkout and registered as ft and ft-gil (repro runtimes free-threaded; --ft-optimized=true adds PGO+LTO).

Task("Python-FreeThreaded")
    .Description("Build CPython 3.13 with --disable-gil, Cython, setuptools and psutil once per machine (cached; --ft-optimized=true adds PGO+LTO), link it at .tools/python3.13t, register ft (GIL off) and ft-gil (GIL on) in .tools/runtimes.ini")
    .IsDependentOn("Compile")
    // The build recipe needs Debian's apt (sources) and a POSIX toolchain; elsewhere a free-threaded Python is installed by hand.
    .WithCriteria(() => IsRunningOnLinux(), "the free-threaded CPython is built only on Linux (Debian); elsewhere install one and name it in --interpreters")
    .Does(() => Repro("runtimes", "free-threaded"));
