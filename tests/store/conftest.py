"""Fixtures for the store: an opened database on SQLite and on PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from emulation.store import Database


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A freshly opened and migrated database on each back end."""
    if request.param == "sqlite":
        target = str(tmp_path / "test.sqlite")
    else:
        target = request.getfixturevalue("postgres_url")
    db = Database.open(target)
    yield db
    db.dispose()


@pytest.fixture
def sqlite_path(tmp_path: Path) -> Path:
    """Where a test's SQLite file goes."""
    return tmp_path / "emulation.sqlite"
