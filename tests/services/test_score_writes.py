"""Score writes in bulk: each change stored and audited once, in the order given, all or nothing."""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from emulation.excel.units_file import UnitRecord
from emulation.scoring.criteria_doc import parse_criteria
from emulation.scoring.scores import Role
from emulation.services import scores
from emulation.services.criteria import store_criteria
from emulation.services.errors import InputError
from emulation.services.periods import create_period
from emulation.services.score_sheet import load_sheet
from emulation.services.scores import CELLS_LOOKED_UP, UNITS_A_LOOKUP, EditConflict, NewValue, Seen, set_scores
from emulation.services.units import save_units
from emulation.services.workspace import Workspace
from emulation.store import AuditEntry, Score
from tests.ui.scoring.world import CRITERIA, PERIOD, build_world

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


def test_a_changed_value_says_who_changed_it_and_when(ws: Workspace, tmp_path: Path) -> None:
    set_scores(ws, PERIOD, Role.MEMBER, MEMBER, [NewValue("X1", "I.1", Decimal(8)), NewValue("X2", "I.1", Decimal(5))])
    with ws.transaction() as session:
        first = {s.unit_id: s.entered_at for s in session.scalars(select(Score).where(Score.scorer == MEMBER))}
    other = Workspace.open(str(tmp_path / "t.sqlite"), user="phó ban")
    try:
        set_scores(other, PERIOD, Role.MEMBER, MEMBER, [NewValue("X1", "I.1", Decimal(6))])
    finally:
        other.close()
    with ws.transaction() as session:
        stored = session.scalars(select(Score).where(Score.scorer == MEMBER)).all()
        rows = sorted((s.raw_value, s.entered_by, s.entered_at > first[s.unit_id]) for s in stored)
    assert rows == [("5", "thư ký", False), ("6", "phó ban", True)]


@pytest.mark.parametrize("looked_up", [CELLS_LOOKED_UP, 0], ids=["cells looked up", "scorer's rows read"])
def test_a_column_pasted_down_many_units_finds_every_stored_value(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, looked_up: int
) -> None:
    """More units than one look-up takes: each stored value is found, changed or left, whichever way it is read."""
    monkeypatch.setattr(scores, "CELLS_LOOKED_UP", looked_up)
    workspace = Workspace.open(str(tmp_path / "many.sqlite"), user="thư ký")
    try:
        cs, problems = parse_criteria(CRITERIA)
        assert cs is not None, problems
        with workspace.transaction() as session:
            store_criteria(session, cs, workspace.user)
        villages = [f"T{i:04d}" for i in range(2 * UNITS_A_LOOKUP + 200)]
        save_units(workspace, [UnitRecord("X", "Xã Bảo Hà", "xã")]
                   + [UnitRecord(code, f"Thôn {code}", "thôn", "X") for code in villages])
        create_period(workspace, PERIOD, criteria=cs.name, unit_kind="thôn")
        first = set_scores(workspace, PERIOD, Role.MEMBER, MEMBER, [NewValue(c, "I.1", Decimal(5)) for c in villages])
        assert (first.added, first.changed, first.unchanged) == (len(villages), 0, 0)
        again = [NewValue(c, "I.1", Decimal(6) if i % 2 else Decimal(5)) for i, c in enumerate(villages)]
        second = set_scores(workspace, PERIOD, Role.MEMBER, MEMBER, again)
        assert (second.added, second.changed, second.unchanged) == (0, len(villages) // 2, len(villages) // 2)
        values = load_sheet(workspace, PERIOD, Role.MEMBER, MEMBER).values
        assert values == {(c, "I.1"): Decimal(6) if i % 2 else Decimal(5) for i, c in enumerate(villages)}
        with workspace.transaction() as session:
            stored = session.scalar(select(func.count()).select_from(Score).where(Score.scorer == MEMBER))
        assert stored == len(villages)
    finally:
        workspace.close()


def test_values_changed_down_more_units_than_a_statement_holds_are_each_checked(tmp_path: Path) -> None:
    """On an SQLite that takes at most 999 parameters a statement, a column changed down 1.200 units,
    each as it was seen, is saved; one that another person changed meanwhile is refused and named."""
    workspace = Workspace.open(str(tmp_path / "narrow.sqlite"), user="thư ký")

    @event.listens_for(workspace.db.engine, "connect")
    def narrow(connection: sqlite3.Connection, _record: object) -> None:
        connection.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 999)

    workspace.db.engine.dispose()  # every connection from now on takes at most 999
    try:
        cs, problems = parse_criteria(CRITERIA)
        assert cs is not None, problems
        with workspace.transaction() as session:
            store_criteria(session, cs, workspace.user)
        villages = [f"T{i:04d}" for i in range(1_200)]
        save_units(workspace, [UnitRecord("X", "Xã Bảo Hà", "xã")]
                   + [UnitRecord(code, f"Thôn {code}", "thôn", "X") for code in villages])
        create_period(workspace, PERIOD, criteria=cs.name, unit_kind="thôn")
        set_scores(workspace, PERIOD, Role.MEMBER, MEMBER, [NewValue(c, "I.1", Decimal(5)) for c in villages])
        set_scores(workspace, PERIOD, Role.MEMBER, MEMBER, [NewValue(villages[-1], "I.1", Decimal(7))])  # someone else
        seen = [NewValue(c, "I.1", Decimal(6), seen=Seen("5")) for c in villages]
        with pytest.raises(EditConflict) as refused:
            set_scores(workspace, PERIOD, Role.MEMBER, MEMBER, seen)
        assert [p.where for p in refused.value.problems] == [f"{villages[-1]} › I.1"]
        assert refused.value.current == [(villages[-1], "I.1", Decimal(7))]
        saved = set_scores(workspace, PERIOD, Role.MEMBER, MEMBER, seen[:-1])
        assert saved.changed == len(villages) - 1
        assert load_sheet(workspace, PERIOD, Role.MEMBER, MEMBER).values[(villages[0], "I.1")] == Decimal(6)
    finally:
        workspace.close()
