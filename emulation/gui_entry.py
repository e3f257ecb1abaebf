"""Starting the desktop application from the command line."""

from __future__ import annotations

import sys


def launch(db: str | None, *, demo: bool = False) -> int:
    try:
        from emulation.ui.app import run_app
    except ImportError as exc:
        from emulation.i18n import say

        print(f"{say('error_prefix')}: {say('gui_cannot_start', detail=str(exc))}", file=sys.stderr)
        return 1
    return run_app(db, demo=demo)
