"""One writer process of the concurrency tests: edits a few shared cells until a deadline.

Each edit reads the cell, then writes a new value on what it read (as the grid does); the outcome
of every attempt is written to a JSON file for the test to check against the database.
"""

from __future__ import annotations

import json
import random
import time
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from emulation.i18n import render
from emulation.scoring.scores import Role
from emulation.services import accounts
from emulation.services.scores import EditConflict, NewValue, Seen, set_scores
from emulation.services.workspace import DatabaseBusy, Workspace
from emulation.store import Period, Score, Unit

PERIOD = "Tháng 10/2026"
CELLS = (("VY-NM", "I.1"), ("VY-NM", "I.2"), ("VY-TK", "I.1"))


def current(ws: Workspace, scorer: str, unit: str, leaf: str) -> str | None:
    with ws.db.session() as session:
        return session.scalar(
            select(Score.raw_value)
            .join(Unit, Unit.id == Score.unit_id)
            .join(Period, Period.id == Score.period_id)
            .where(Period.name == PERIOD, Unit.code == unit, Score.leaf_code == leaf, Score.scorer == scorer)
        )


def run(url: str, login: str, password: str | None, scorer: str, seconds: float, out: str, seed: int) -> None:
    ws = Workspace.open(url)
    if password is None:
        accounts.resume(ws)
    else:
        accounts.sign_in(ws, login, password)
    rng = random.Random(seed)
    outcomes: list[dict[str, object]] = []
    deadline = time.monotonic() + seconds
    try:
        while time.monotonic() < deadline:
            unit, leaf = rng.choice(CELLS)
            seen = current(ws, scorer, unit, leaf)
            value = Decimal(rng.randrange(0, 41)) / 2
            try:
                set_scores(ws, PERIOD, Role.MEMBER, scorer, [NewValue(unit, leaf, value, seen=Seen(seen))])
            except (EditConflict, DatabaseBusy) as exc:
                outcomes.append({"ok": False, "why": [render(p) for p in exc.problems], "kind": type(exc).__name__})
            else:
                changed = format(value.normalize(), "f") != seen
                outcomes.append({"ok": True, "cell": [unit, leaf], "value": str(value), "changed": changed})
    finally:
        ws.close()
        Path(out).write_text(json.dumps({"login": login, "user": ws.user, "outcomes": outcomes}), encoding="utf-8")
