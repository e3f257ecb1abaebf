"""One scorer's sheet of a period: units in tree order, own values, and what live ranking needs."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from emulation.scoring.scores import Role, ScoreEntry
from emulation.services.periods import create_period, set_locked
from emulation.services.score_sheet import ScoreSheet, load_sheet, scorers, sheet_values
from emulation.services.scores import NewValue, set_scores
from emulation.services.sheet_standings import units_entries
from emulation.services.vetoes import set_veto
from emulation.services.workspace import Workspace
from emulation.store import Scorer
from tests.ui.scoring.world import MEMBER, PERIOD, ROWS, build_world


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    workspace = Workspace.open(str(tmp_path / "t.sqlite"), user="thư ký")
    build_world(workspace)
    yield workspace  # type: ignore[misc]
    workspace.close()


def _every_entry(ws: Workspace, sheet: ScoreSheet) -> list[ScoreEntry]:
    """The entries of every unit of the sheet, as the grid's live totals read them."""
    return [e for entries in units_entries(ws, sheet, [u.code for u in sheet.units]).values() for e in entries]


def test_sheet_holds_units_in_tree_order_with_parents_and_clusters(ws: Workspace) -> None:
    sheet = load_sheet(ws, PERIOD, Role.MEMBER, MEMBER)
    assert [(u.code, u.parent_name, u.cluster) for u in sheet.units] == [
        ("X1", "Xã Bảo Hà", "Cụm 1"),
        ("X2", "Xã Bảo Hà", "Cụm 1"),
        ("Y1", "Xã Yên Sơn", "Cụm 2"),
    ]
    assert sheet.criteria.name == "Chấm thử"
    assert not sheet.locked and not sheet.is_summary


def test_own_values_beside_every_entry_and_veto(ws: Workspace) -> None:
    set_scores(ws, PERIOD, Role.MEMBER, "Hoàng Thị Hoà", [NewValue("X1", "I.1", Decimal(8))])
    set_scores(ws, PERIOD, Role.SELF, "", [NewValue("X2", "I.3", "Khá")])
    set_veto(ws, PERIOD, "Y1", "K1")
    sheet = load_sheet(ws, PERIOD, Role.MEMBER, MEMBER)
    assert sheet.values == {("X1", "I.1"): Decimal(6)}
    assert len(_every_entry(ws, sheet)) == 3
    assert sheet.vetoes == {"Y1": ("K1",)}
    own = load_sheet(ws, PERIOD, Role.SELF, "ignored for self")
    assert own.scorer == "" and own.values == {("X2", "I.3"): "Khá"}
    assert sum(1 for e in _every_entry(ws, own) if e.role is own.role and e.scorer == own.scorer) == 1


def test_scorers_are_the_members_who_scored_and_those_known(ws: Workspace) -> None:
    with ws.transaction() as session:
        session.add(Scorer(name="Lương Văn Chiến"))
    set_scores(ws, PERIOD, Role.MEMBER, "Đỗ Thị Lan", [NewValue("X1", "I.1", Decimal(5))])
    assert scorers(ws, PERIOD) == ["Đỗ Thị Lan", "Lương Văn Chiến", "Nguyễn Văn An"]


def test_members_who_scored_are_found_each_once_without_the_other_roles(ws: Workspace) -> None:
    for name, unit in (("Trần Thị Bình", "X1"), ("Đỗ Thị Lan", "X2"), ("Trần Thị Bình", "Y1"), ("Ân", "Y1")):
        set_scores(ws, PERIOD, Role.MEMBER, name, [NewValue(unit, "I.1", Decimal(5))])
    set_scores(ws, PERIOD, Role.OFFICIAL, "Thẩm Định", [NewValue("X1", "I.1", Decimal(4))])
    with ws.transaction() as session:  # only what the period's scores say
        session.query(Scorer).delete()
    assert scorers(ws, PERIOD) == ["Ân", "Đỗ Thị Lan", "Nguyễn Văn An", "Trần Thị Bình"]


def test_locked_and_summary_periods_say_so(ws: Workspace) -> None:
    set_locked(ws, PERIOD, True)
    assert load_sheet(ws, PERIOD, Role.OFFICIAL, "").locked
    create_period(ws, "Quý IV/2026", kind="quarter", sources=[PERIOD])
    summary = load_sheet(ws, "Quý IV/2026", Role.MEMBER, MEMBER)
    assert summary.is_summary and len(summary.units) == 3
    assert summary.values == {} and units_entries(ws, summary, ROWS) == {code: [] for code in ROWS}


def test_the_grid_reads_its_own_values_first_and_the_others_later(ws: Workspace) -> None:
    set_scores(ws, PERIOD, Role.MEMBER, "Hoàng Thị Hoà", [NewValue("X1", "I.1", Decimal(8))])
    set_scores(ws, PERIOD, Role.SELF, "", [NewValue("X2", "I.3", "Khá")])
    own = load_sheet(ws, PERIOD, Role.MEMBER, MEMBER)
    assert own.values == {("X1", "I.1"): Decimal(6)}
    assert [u.code for u in own.units] == ROWS
    others = _every_entry(ws, own)
    assert sorted(map(repr, others)) == sorted(map(repr, [
        ScoreEntry("X1", "I.1", Role.MEMBER, MEMBER, Decimal(6)),
        ScoreEntry("X1", "I.1", Role.MEMBER, "Hoàng Thị Hoà", Decimal(8)),
        ScoreEntry("X2", "I.3", Role.SELF, "", "Khá"),
    ]))
    mine = {(e.unit_code, e.leaf_code): e.raw for e in others if e.role is Role.MEMBER and e.scorer == MEMBER}
    assert own.values == mine
    self_sheet = load_sheet(ws, PERIOD, Role.SELF, "")
    assert self_sheet.values == {("X2", "I.3"): "Khá"}
    set_scores(ws, PERIOD, Role.MEMBER, "H'Hen Niê", [NewValue("Y1", "I.1", Decimal(7))])
    assert load_sheet(ws, PERIOD, Role.MEMBER, "H'Hen Niê").values == {("Y1", "I.1"): Decimal(7)}


def test_a_large_sheet_reads_its_first_rows_then_the_rest(ws: Workspace) -> None:
    set_scores(ws, PERIOD, Role.MEMBER, MEMBER, [NewValue("Y1", "I.3", "Khá"), NewValue("X2", "I.1", Decimal("8.5"))])
    set_scores(ws, PERIOD, Role.MEMBER, "Hoàng Thị Hoà", [NewValue("X1", "I.2", Decimal(1))])
    whole = load_sheet(ws, PERIOD, Role.MEMBER, MEMBER)
    first = load_sheet(ws, PERIOD, Role.MEMBER, MEMBER, first_rows=2)
    assert whole.values_rows is None and first.values_rows == 2
    assert first.units == whole.units and [u.code for u in first.units[:2]] == ["X1", "X2"]
    assert first.values == {("X1", "I.1"): Decimal(6), ("X2", "I.1"): Decimal("8.5")}
    rest = sheet_values(ws, first)
    assert rest.values_rows is None
    assert rest.values == whole.values == {
        ("X1", "I.1"): Decimal(6), ("X2", "I.1"): Decimal("8.5"), ("Y1", "I.3"): "Khá"}
    assert load_sheet(ws, PERIOD, Role.MEMBER, MEMBER, first_rows=3).values_rows is None
