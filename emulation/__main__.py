"""``python -m emulation``: the same as the ``emulation`` command."""

import sys

from emulation.start import main

sys.exit(main())
