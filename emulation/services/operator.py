"""Who is at the keyboard, as the audit log names them when nobody signs in."""

from __future__ import annotations

import getpass
import os


def current_user() -> str:
    """The operator's name for the audit log: ``EMULATION_USER``, else the login name."""
    name = os.environ.get("EMULATION_USER")
    if name:
        return name
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"
