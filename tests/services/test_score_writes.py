"""Score writes in bulk: each change stored and audited once, in the order given, all or nothing."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from emulation.scoring.scores import Role
from emulation.services.errors import InputError
from emulation.services.score_sheet import load_sheet
from emulation.services.scores import NewValue, set_scores
from emulation.services.workspace import Workspace
from emulation.store import AuditEntry, Score
from tests.ui.scoring.world import PERIOD, build_world

MEMBER = "Trần Thị Bình"  # nothing stored for this member yet


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    workspace = Workspace.open(str(tmp_path / "t.sqlite"), user="thư ký")
    build_world(workspace)
    yield workspace  # type: ignore[misc]
    workspace.close()


def audit_fields(ws: Workspace) -> list[tuple[str | None, str | None, str | None, str | None]]:
    with ws.transaction() as session:
        rows = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.action == "score", AuditEntry.field.contains(MEMBER))
            .order_by(AuditEntry.id)
        )
        return [(a.unit_code, a.field, a.old_value, a.new_value) for a in rows]


def test_a_cell_given_twice_then_cleared_leaves_one_history(ws: Workspace) -> None:
    done = set_scores(ws, PERIOD, Role.MEMBER, MEMBER, [
        NewValue("X1", "I.1", Decimal(8)), NewValue("X1", "I.1", Decimal(6)), NewValue("X2", "I.1", Decimal(5))])
    assert (done.added, done.changed, done.unchanged) == (2, 1, 0)
    assert load_sheet(ws, PERIOD, Role.MEMBER, MEMBER).values == {("X1", "I.1"): Decimal(6), ("X2", "I.1"): Decimal(5)}
    done = set_scores(ws, PERIOD, Role.MEMBER, MEMBER, [
        NewValue("X1", "I.1", None), NewValue("X2", "I.1", Decimal(5)), NewValue("X2", "I.1", Decimal(4))])
    assert (done.added, done.changed, done.unchanged) == (0, 2, 1)
    assert load_sheet(ws, PERIOD, Role.MEMBER, MEMBER).values == {("X2", "I.1"): Decimal(4)}
    label = f"I.1 (member {MEMBER})"
    assert audit_fields(ws) == [
        ("X1", label, None, "8"), ("X1", label, "8", "6"), ("X2", label, None, "5"),
        ("X1", label, "6", None), ("X2", label, "5", "4"),
    ]
    with ws.transaction() as session:
        stored = session.scalars(select(Score).where(Score.scorer == MEMBER)).all()
        assert [(s.leaf_code, s.raw_value, s.entered_by) for s in stored] == [("I.1", "4", "thư ký")]


def test_a_refused_value_writes_nothing(ws: Workspace) -> None:
    with pytest.raises(InputError):
        set_scores(ws, PERIOD, Role.MEMBER, MEMBER, [NewValue("X1", "I.1", Decimal(8)),
                                                     NewValue("ZZ", "I.1", Decimal(1))])
    assert load_sheet(ws, PERIOD, Role.MEMBER, MEMBER).values == {}
    assert audit_fields(ws) == []
