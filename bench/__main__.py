"""``python -m bench build/bench``: see bench/cli.py."""

import contextlib
import sys

from bench.cli import main

with contextlib.suppress(BrokenPipeError):
    sys.exit(main())
