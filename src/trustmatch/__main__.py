"""``python -m trustmatch``: the same as the ``trustmatch`` command."""

import sys

from trustmatch.cli import main

sys.exit(main())
