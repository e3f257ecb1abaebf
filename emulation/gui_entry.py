"""Starting the desktop application from the command line."""

from __future__ import annotations

import sys

from emulation.gui_platform import platform_trouble
from emulation.i18n import say

#: The exit code when the application cannot open a window on this machine.
NO_WINDOW = 1


def refuse(code: str, **params: str) -> int:
    print(f"{say('error_prefix')}: {say(code, **params)}", file=sys.stderr)
    return NO_WINDOW


def launch(db: str | None, *, demo: bool = False, language: str | None = None) -> int:
    """Run the application (in ``language`` if one was asked for), or say in one sentence why no
    window can open here (instead of Qt's own abort, exit 134)."""
    trouble = platform_trouble()
    if trouble is not None:
        return refuse(trouble.code, **trouble.params)
    try:
        from emulation.ui.app import run_app
    except ImportError as exc:
        return refuse("gui_cannot_start", detail=str(exc))
    return run_app(db, demo=demo, language=language)
