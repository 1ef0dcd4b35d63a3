"""`python -m ppp ...`: the single entry point (see cli.py)."""

import sys

from ppp.cli import main

# The guard matters: under the spawn start method every child re-imports the
# main module as __mp_main__, and must not run the CLI again.
if __name__ == "__main__":
    sys.exit(main())
