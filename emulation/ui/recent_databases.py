"""The databases opened lately, kept in the application's QSettings (never with a password)."""

from __future__ import annotations

import re

from emulation.ui.qt import QtCore

KEY = "recent_databases"
LIMIT = 8
_PASSWORD = re.compile(r"^(?P<head>[a-z0-9+]+://[^:/@]+):[^@]*@", re.IGNORECASE)


def without_password(target: str) -> str:
    """``postgresql+psycopg://user:secret@host/db`` → ``postgresql+psycopg://user@host/db``."""
    return _PASSWORD.sub(r"\g<head>@", target)


class RecentDatabases:
    def __init__(self, settings: QtCore.QSettings) -> None:
        self._settings = settings

    def items(self) -> list[str]:
        value = self._settings.value(KEY, [])
        if isinstance(value, str):
            return [value] if value else []
        if not isinstance(value, list):
            return []
        return [str(v) for v in value if v]

    def add(self, target: str) -> None:
        target = without_password(target)
        items = [target, *(i for i in self.items() if i != target)][:LIMIT]
        self._settings.setValue(KEY, items)
        self._settings.sync()

    def clear(self) -> None:
        self._settings.remove(KEY)
        self._settings.sync()
