"""`python -m app`: the GUI, or a command (see `python -m app --help`)."""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
