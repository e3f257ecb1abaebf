"""Faulty input exits 2, names every fault by its place, and writes nothing."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import openpyxl
import pytest

from .conftest import SAMPLES, Run
from .scenario import CRITERIA, MEMBERS, fill

PERIOD = "Tháng 11/2026"


def snapshot(db: Path) -> list[str]:
    with sqlite3.connect(db) as con:
        return list(con.iterdump())


@pytest.fixture
def ready(run: Run, tmp_path: Path) -> Path:
    criteria = tmp_path / "criteria.json"
    criteria.write_text(json.dumps(CRITERIA, ensure_ascii=False), encoding="utf-8")
    run("criteria", "import", str(criteria))
    run("units", "import", str(SAMPLES / "don-vi-bao-yen.xlsx"))
    run("period", "create", PERIOD, "--criteria", CRITERIA["name"])
    template = tmp_path / "mau.xlsx"
    assert run("scores", "template", PERIOD, str(template)).code == 0
    return template


def cell_of(path: Path, unit: str, leaf: str) -> str:
    ws = openpyxl.load_workbook(path).worksheets[0]
    row = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == unit)
    col = next(c for c in range(1, ws.max_column + 1) if ws.cell(2, c).value == leaf)
    return ws.cell(row, col).coordinate


def test_every_fault_of_a_workbook_is_named_and_nothing_is_written(
    run: Run, db: Path, ready: Path, tmp_path: Path
) -> None:
    values = dict(MEMBERS)
    values["VY-NM"] = ("25", 20, "87,35", 50, None, None)  # above the max of 20
    values["PR-1"] = ("mười hai", 19, 90, 50, None, None)  # text in a number cell
    values["ND-BH"] = (18, 20, 100, "49,1", None, None)  # off the 0,25 step
    bad = fill(ready, tmp_path / "sai.xlsx", values)
    wb = openpyxl.load_workbook(bad)
    ws = wb.worksheets[0]
    ws.cell(ws.max_row + 1, 1).value = "XX-9"  # an unknown unit
    ws.cell(ws.max_row, 2).value = "Thôn Không Có"
    ws.cell(ws.max_row, 3).value = 10
    wb.save(bad)
    before = snapshot(db)
    result = run("scores", "import", PERIOD, str(bad), "--scorer", "An")
    assert result.code == 2
    assert f"sai.xlsx › Điểm › {cell_of(bad, 'VY-NM', 'I.1')}: 25 is above the max 20" in result.err
    assert f'sai.xlsx › Điểm › {cell_of(bad, "PR-1", "I.1")}: "mười hai" is not a number' in result.err
    assert f"sai.xlsx › Điểm › {cell_of(bad, 'ND-BH', 'II.2')}: 49,1 is not on the step of 0,25" in result.err
    assert "XX-9" in result.err and "Traceback" not in result.err
    assert snapshot(db) == before


def test_a_wrong_json_document_names_each_path(run: Run, db: Path, tmp_path: Path) -> None:
    doc = json.loads(json.dumps(CRITERIA))
    doc["criteria"][0]["children"][1]["max"] = -5
    doc["grades"][0]["min"] = "chín mươi"
    path = tmp_path / "sai.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    run("criteria", "list")
    before = snapshot(db)
    result = run("criteria", "import", str(path))
    assert result.code == 2
    assert "sai.json › criteria[0].children[1].max: must be > 0" in result.err
    assert "sai.json › grades[0].min: must be a number" in result.err
    assert snapshot(db) == before


def test_not_json_at_all(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "hong.json"
    path.write_text('{"format": "emulation-criteria/1", ', encoding="utf-8")
    result = run("criteria", "import", str(path))
    assert result.code == 2 and "hong.json › line 1" in result.err


def test_a_file_that_is_not_a_workbook(run: Run, ready: Path, tmp_path: Path) -> None:
    path = tmp_path / "scores.xlsx"
    path.write_text("Mã,Tên\nVY-NM,8\n", encoding="utf-8")
    result = run("scores", "import", PERIOD, str(path), "--scorer", "An")
    assert result.code == 2 and result.err.startswith("error: scores.xlsx") and "Traceback" not in result.err
    assert result.err.count("scores.xlsx") == 1  # the place is named once, not repeated


def test_a_locked_period_refuses_every_write(run: Run, db: Path, ready: Path, tmp_path: Path) -> None:
    good = fill(ready, tmp_path / "dung.xlsx", MEMBERS)
    assert run("lock", PERIOD).code == 0
    before = snapshot(db)
    for args in (
        ("scores", "import", PERIOD, str(good), "--scorer", "An"),
        ("veto", "set", PERIOD, "VY-TK", "K1"),
        ("award", "exclude", PERIOD, "VY-TK", "--reason", "Có đơn thư"),
    ):
        result = run(*args)
        assert result.code == 2, args
        assert f'"{PERIOD}" is locked (by thư ký on ' in result.err
    assert snapshot(db) == before
    assert run("unlock", PERIOD, "--reason", "nhập lại điểm").code == 0
    assert run("scores", "import", PERIOD, str(good), "--scorer", "An").code == 0


def test_unknown_names_are_usage_errors(run: Run, ready: Path) -> None:
    assert run("rank", "Tháng 13/2026").code == 2
    assert run("period", "create", "Tháng 12/2026", "--criteria", "Không có").code == 2
    result = run("veto", "set", PERIOD, "VY-TK", "K9")
    assert result.code == 2 and "K9" in result.err and "K1" in result.err
    result = run("scores", "import", PERIOD, str(ready))
    assert result.code == 2 and "--scorer" in result.err


def test_a_database_from_a_newer_version_is_refused_untouched(run: Run, db: Path) -> None:
    assert run("criteria", "list").code == 0
    with sqlite3.connect(db) as con:
        con.execute("UPDATE alembic_version SET version_num = '9999'")
    before = db.read_bytes()
    result = run("criteria", "list")
    assert result.code == 2 and "newer version" in result.err
    assert db.read_bytes() == before
