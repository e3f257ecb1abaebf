"""An import racing a lock, in two processes: it either commits all its values before the lock
(and the frozen result holds them) or is refused after it — never anything in between.
20 races on SQLite and 20 on PostgreSQL."""

from __future__ import annotations

import json
import multiprocessing
import random
from multiprocessing.synchronize import Barrier
from pathlib import Path

import pytest
from sqlalchemy import func, select

from emulation.services.criteria import import_criteria
from emulation.services.errors import PeriodLocked
from emulation.services.frozen_store import frozen_result
from emulation.services.lookup import period_named
from emulation.services.periods import create_period, set_locked
from emulation.services.results import live_ranking
from emulation.services.scores import import_scores, write_template
from emulation.services.units import import_units
from emulation.services.workspace import Workspace
from emulation.store import Score
from tests.cli.scenario import CRITERIA, MEMBERS, fill
from tests.data import SAMPLES

RACES = 20
VALUES = sum(1 for values in MEMBERS.values() for v in values if v is not None)


def _period(i: int) -> str:
    return f"Đợt {i:02d}"


def _importer(target: str, files: list[str], barrier: Barrier, results: multiprocessing.Queue) -> None:
    ws = Workspace.open(target, user="người nhập")
    try:
        for i, file in enumerate(files):
            barrier.wait()
            try:
                import_scores(ws, _period(i), Path(file), scorer="Nguyễn Văn An")
                results.put((i, "imported"))
            except PeriodLocked:
                results.put((i, "refused"))
            except Exception as exc:  # reported to the test, which fails on it
                results.put((i, f"error {exc.__class__.__name__}: {exc}"))
    finally:
        ws.close()


def _locker(target: str, races: int, barrier: Barrier, seed: int) -> None:
    ws = Workspace.open(target, user="thư ký")
    pause = random.Random(seed)
    try:
        for i in range(races):
            barrier.wait()
            multiprocessing.Event().wait(pause.uniform(0, 0.25))
            set_locked(ws, _period(i), True)
    finally:
        ws.close()


def _prepared(target: str, folder: Path) -> list[str]:
    ws = Workspace.open(target, user="thư ký")
    criteria = folder / "criteria.json"
    criteria.write_text(json.dumps(CRITERIA, ensure_ascii=False), encoding="utf-8")
    import_criteria(ws, criteria)
    import_units(ws, SAMPLES / "don-vi-bao-yen.xlsx")
    files = []
    for i in range(RACES):
        create_period(ws, _period(i), criteria=CRITERIA["name"])
        template = folder / f"mau-{i}.xlsx"
        write_template(ws, _period(i), template)
        files.append(str(fill(template, folder / f"diem-{i}.xlsx", MEMBERS)))
    ws.close()
    return files


def _outcome(ws: Workspace, i: int) -> tuple[int, bool]:
    """How many values the period holds, and whether its frozen result is what they give."""
    with ws.transaction() as session:
        period = period_named(session, _period(i))
        stored = session.scalar(select(func.count()).select_from(Score).where(Score.period_id == period.id)) or 0
        frozen = frozen_result(session, period)
        assert period.locked and frozen is not None
        live = live_ranking(session, period)
        return stored, [(r.unit.code, r.total, r.rank) for r in frozen.rows] == [
            (r.unit.code, r.total, r.rank) for r in live.rows
        ]


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "postgresql":
        return str(request.getfixturevalue("postgres_url"))
    return str(tmp_path / "race.sqlite")


def test_an_import_racing_a_lock_is_all_before_it_or_refused(target: str, tmp_path: Path) -> None:
    files = _prepared(target, tmp_path)
    procs = multiprocessing.get_context("fork")  # the children start with everything imported
    barrier, results = procs.Barrier(2), procs.Queue()
    importer = procs.Process(target=_importer, args=(target, files, barrier, results), daemon=True)
    locker = procs.Process(target=_locker, args=(target, RACES, barrier, 12), daemon=True)
    importer.start()
    locker.start()
    outcomes = dict(results.get(timeout=120) for _ in range(RACES))
    importer.join(60)
    locker.join(60)
    assert importer.exitcode == locker.exitcode == 0
    ws = Workspace.open(target, user="kiểm tra")
    try:
        for i in range(RACES):
            stored, frozen_holds_them = _outcome(ws, i)
            assert outcomes[i] in ("imported", "refused"), outcomes[i]
            assert stored == (VALUES if outcomes[i] == "imported" else 0), (i, outcomes[i], stored)
            assert frozen_holds_them, (i, outcomes[i])
    finally:
        ws.close()
