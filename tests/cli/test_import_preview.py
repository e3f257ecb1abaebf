"""The import assistant's preview: what would be written, or every fault — and nothing written."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from emulation.i18n import render
from emulation.scoring.scores import Role
from emulation.services.import_preview import preview_scores
from emulation.services.workspace import Workspace

from .conftest import SAMPLES, Run
from .scenario import CRITERIA, LEAVES, MEMBERS, fill

PERIOD = "Tháng 10/2026"


def test_preview_lists_changes_then_faults_and_writes_nothing(run: Run, db: Path, tmp_path: Path) -> None:
    criteria = tmp_path / "criteria.json"
    criteria.write_text(json.dumps(CRITERIA, ensure_ascii=False), encoding="utf-8")
    run("criteria", "import", str(criteria))
    run("units", "import", str(SAMPLES / "don-vi-bao-yen.xlsx"))
    run("period", "create", PERIOD, "--criteria", CRITERIA["name"])
    template = tmp_path / "mau.xlsx"
    run("scores", "template", PERIOD, str(template))
    filled = fill(template, tmp_path / "an.xlsx", MEMBERS)
    with sqlite3.connect(db) as con:
        before = list(con.iterdump())
    ws = Workspace.open(str(db))
    try:
        preview = preview_scores(ws, PERIOD, filled, role=Role.MEMBER, scorer="An")
        assert preview.ok and preview.unchanged == 0
        assert len(preview.changes) == sum(1 for v in MEMBERS.values() for x in v if x is not None)
        first = next(c for c in preview.changes if c.unit_code == "VY-NM" and c.leaf_code == "I.1")
        assert (first.unit_name, first.old, first.new) == ("Khu dân cư Nặm Mèng", None, "12.4")
        assert first.where.startswith("an.xlsx › Điểm › C")
        bad = dict(MEMBERS)
        bad["VY-NM"] = ("25", 20, "87,35", 50, None, None)
        wrong = preview_scores(ws, PERIOD, fill(template, tmp_path / "sai.xlsx", bad), scorer="An")
        assert not wrong.ok and wrong.changes == []
        assert next(render(p) for p in wrong.problems).endswith("25 vượt quá điểm tối đa 20")
    finally:
        ws.close()
    with sqlite3.connect(db) as con:
        assert list(con.iterdump()) == before
    assert run("scores", "import", PERIOD, str(filled), "--scorer", "An").code == 0
    ws = Workspace.open(str(db))
    try:
        again = preview_scores(ws, PERIOD, filled, scorer="An")
        assert again.changes == [] and again.unchanged == len(preview.changes)
        # another member's values are that member's own: An's file changes none of them
        other = preview_scores(ws, PERIOD, filled, scorer="Bình")
        assert other.unchanged == 0 and len(other.changes) == len(preview.changes)
        assert all(c.old is None for c in other.changes)
        assert tuple(again.leaves) == LEAVES  # the period's leaves, to show the scores by kind
    finally:
        ws.close()
