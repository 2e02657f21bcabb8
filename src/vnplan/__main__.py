"""``python -m vnplan``: the same as the ``vnplan`` command."""

import sys

from vnplan.cli import main

sys.exit(main())
