"""``python -m kamdesk``: the same program as the ``kamdesk`` command."""

import sys

from kamdesk.cli import main

sys.exit(main())
