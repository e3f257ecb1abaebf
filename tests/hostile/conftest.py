"""A database ready for imports (criteria, units, a period), copied for each case, and the runner."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from emulation.cli import main
from tests.cli.scenario import CRITERIA
from tests.data import SAMPLES
from tests.hostile.runner import Runner

PERIOD = "Tháng 11/2026"
#: What a refused file may cost the process that reads it.
MAX_RSS_MB = 300
MAX_SECONDS = 10


@pytest.fixture(scope="package")
def ready_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("ready")
    db = folder / "ready.sqlite"
    criteria = folder / "criteria.json"
    criteria.write_text(json.dumps(CRITERIA, ensure_ascii=False), encoding="utf-8")
    for args in (
        ("criteria", "import", str(criteria)),
        ("units", "import", str(SAMPLES / "don-vi-bao-yen.xlsx")),
        ("period", "create", PERIOD, "--criteria", CRITERIA["name"]),
    ):
        assert main(["--db", str(db), *args]) == 0
    return db


@pytest.fixture
def db(ready_db: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "db.sqlite"
    shutil.copy(ready_db, copy)
    return copy


@pytest.fixture(scope="package")
def runner(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Runner]:
    server = Runner(tmp_path_factory.mktemp("runs"))
    yield server
    server.close()


def dump(db: Path) -> list[str]:
    with sqlite3.connect(db) as con:
        return list(con.iterdump())
