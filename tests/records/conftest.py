"""Records tests run the command line in-process on a fresh database with the districts' units."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.conftest import Result, Run
from tests.cli.conftest import db as db
from tests.cli.conftest import run as run
from tests.cli.conftest import target as target
from tests.records.district import write_units


@pytest.fixture
def district(run: Run, tmp_path: Path) -> Run:
    assert run("units", "import", str(write_units(tmp_path / "don-vi.csv"))).code == 0
    assert run("settings", "set", "place", "Tân Lạc").code == 0
    return run


__all__ = ["Result", "Run"]
