"""Test-only group `faults`: variants that fail on purpose, for the tests of
the pipeline's failure handling. Not part of the paper, never run by default,
listed only by `ppp list --all`. See README.md, "The faults group".

serial lives in reference.py, not serial.py: `repro effort` adds every group
folder with a serial.py to Table 2, and this group has no place there."""
