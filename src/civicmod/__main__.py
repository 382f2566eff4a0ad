"""``python -m civicmod`` is the ``civicmod`` command."""

import sys

from civicmod.cli import main

sys.exit(main())
