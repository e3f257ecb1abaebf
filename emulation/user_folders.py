"""The user's own folders for the application (its data and cache folders), named without loading the
database layer."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_cache_dir, user_data_dir

APP_NAME = "emulation-scoring"


def data_folder() -> Path:
    """The user's data folder of the application (not created here)."""
    return Path(user_data_dir(APP_NAME, appauthor=False))


def cache_folder() -> Path:
    """The user's cache folder of the application: what can be rebuilt at any time (not created here)."""
    return Path(user_cache_dir(APP_NAME, appauthor=False))
