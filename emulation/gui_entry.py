"""Starting the desktop application from the command line."""

from __future__ import annotations

import sys


def launch(db: str | None, *, demo: bool = False) -> int:
    try:
        from emulation.ui.app import run_app
    except ImportError as exc:
        print(f"error: the desktop application cannot start: {exc}", file=sys.stderr)
        return 1
    return run_app(db, demo=demo)
