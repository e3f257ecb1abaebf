"""Another writer holding an SQLite file past the wait: a clear "try again" and nothing written, never raw SQL."""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from emulation.i18n import render
from emulation.scoring.scores import Role
from emulation.services.scores import NewValue, set_scores
from emulation.services.workspace import DatabaseBusy, Workspace
from tests.ui.scoring.world import MEMBER, PERIOD, build_world


def test_a_held_database_gives_a_clear_busy_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "chung.sqlite"
    ws = Workspace.open(str(target))
    build_world(ws)
    ws.close()
    monkeypatch.setattr("emulation.store.engine.SQLITE_PRAGMAS", ("foreign_keys=ON", "busy_timeout=300"))
    ws = Workspace.open(str(target))
    holder = sqlite3.connect(target, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        holder.execute("UPDATE settings SET value = value")
        with pytest.raises(DatabaseBusy) as busy:
            set_scores(ws, PERIOD, Role.MEMBER, MEMBER, [NewValue("X2", "I.1", Decimal(8))])
        assert render(busy.value.problems[0]).startswith("cơ sở dữ liệu đang bận")
        holder.execute("ROLLBACK")
        set_scores(ws, PERIOD, Role.MEMBER, MEMBER, [NewValue("X2", "I.1", Decimal(8))])  # free again: it goes
    finally:
        holder.close()
        ws.close()
