"""Where the database lives: a file in the user's data folder, a path, or a URL."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

from emulation.user_folders import APP_NAME

DATABASE_FILE = "emulation.sqlite"
ENV_VARIABLE = "EMULATION_DB"


def default_database_path() -> Path:
    """The database file in the user's data folder (the folder is created)."""
    folder = Path(user_data_dir(APP_NAME, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / DATABASE_FILE


def database_url(target: str | None) -> str:
    """The SQLAlchemy URL for ``target``: a URL as is, a file path, or the default.

    ``None`` means the ``EMULATION_DB`` environment variable when it is set,
    else the file in the user's data folder.
    """
    if target is None:
        target = os.environ.get(ENV_VARIABLE) or None
    if target is None:
        return f"sqlite:///{default_database_path()}"
    if "://" in target:
        return target
    return f"sqlite:///{Path(target).expanduser().resolve()}"
