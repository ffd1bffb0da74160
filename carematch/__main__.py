"""`python -m carematch` behaves exactly like the `carematch` command."""

import sys

from carematch.cli import main

sys.exit(main())
