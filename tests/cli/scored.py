"""The hand-worked scenario (scenario.py) imported through the command line, on SQLite and on
PostgreSQL: criteria, units, three members, an official, self-scores and a veto."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import SAMPLES, Run
from .scenario import CRITERIA, MEMBERS, fill

PERIOD = "Tháng 10/2026"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def target(request: pytest.FixtureRequest, db: Path) -> str:
    """The whole scenario runs on SQLite and on a real PostgreSQL server."""
    if request.param == "postgresql":
        return str(request.getfixturevalue("postgres_url"))
    return str(db)


@pytest.fixture
def scored(run: Run, tmp_path: Path) -> Run:
    criteria = tmp_path / "criteria.json"
    criteria.write_text(json.dumps(CRITERIA, ensure_ascii=False), encoding="utf-8")
    assert run("criteria", "import", str(criteria)).code == 0
    assert run("units", "import", str(SAMPLES / "don-vi-bao-yen.xlsx")).code == 0
    assert run("period", "create", PERIOD, "--criteria", CRITERIA["name"]).code == 0
    template = tmp_path / "mau.xlsx"
    assert run("scores", "template", PERIOD, str(template)).code == 0
    for member in ("Nguyễn Văn An", "Hoàng Thị Hoà", "Lò Văn Chiến"):
        filled = fill(template, tmp_path / f"{member}.xlsx", MEMBERS)
        result = run("scores", "import", PERIOD, str(filled), "--scorer", member)
        assert result.code == 0, result.err
    official = fill(template, tmp_path / "tham-dinh.xlsx", {"ND-BH": ("18,1", None, None, None, None, None)})
    assert run("scores", "import", PERIOD, str(official), "--role", "official").code == 0
    own = {code: values for code, values in MEMBERS.items()}
    own["PR-3"] = (16, 15, 100, 40, None, None)
    own["VY-KP"] = (15, 15, 90, 50, None, None)  # a generous self-score: kept apart
    selfs = fill(template, tmp_path / "tu-cham.xlsx", own)
    assert run("scores", "import", PERIOD, str(selfs), "--role", "self").code == 0
    assert run("veto", "set", PERIOD, "VY-TK", "K1").code == 0
    return run
