"""`python -m init_lint`: the same as the `init-lint` command."""

import sys

from .frontends.cli import main

if __name__ == "__main__":
    sys.exit(main())
