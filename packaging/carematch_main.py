"""Entry point of the bundled app: the same as the `carematch` command."""

import sys

from carematch.cli import main

if __name__ == "__main__":
    sys.exit(main())
