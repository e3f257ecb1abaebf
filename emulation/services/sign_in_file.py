"""The command line's sign-ins between runs: one token per database, in the user's config folder.

The file holds random tokens only (never a password); the database keeps their SHA-256.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from platformdirs import user_config_dir

from emulation.store.location import APP_NAME

FILE_NAME = "sign-ins.json"


def _path() -> Path:
    return Path(user_config_dir(APP_NAME, appauthor=False)) / FILE_NAME


def _read() -> dict[str, str]:
    try:
        data = json.loads(_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def token_for(database: str) -> str | None:
    return _read().get(database)


def keep_token(database: str, token: str | None) -> None:
    """Remember (or, with None, forget) the token of ``database``; the file is private to the user."""
    tokens = _read()
    if token is None:
        tokens.pop(database, None)
    else:
        tokens[database] = token
    path = _path()
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_suffix(".tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(tokens, handle)
    temp.replace(path)
