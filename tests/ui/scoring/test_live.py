"""Live results after edits equal a fresh ranking of the edited entries, and of what is stored."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from emulation.excel.units_file import UnitRecord
from emulation.scoring.criteria_doc import parse_criteria
from emulation.scoring.numbers import ONE
from emulation.scoring.scores import Role, ScoreEntry
from emulation.scoring.standings import RankedRow, rank_period
from emulation.services import score_rows
from emulation.services import sheet_standings as sheet_standings_module
from emulation.services.criteria import store_criteria
from emulation.services.periods import create_period
from emulation.services.results import rank
from emulation.services.score_sheet import load_sheet
from emulation.services.scores import NewValue, set_scores
from emulation.services.units import save_units
from emulation.services.vetoes import set_veto
from emulation.services.workspace import Workspace
from emulation.stepwise import completed
from emulation.text import format_decimal
from emulation.ui.qt import Qt, QtWidgets
from emulation.ui.scoring import model as model_module
from emulation.ui.scoring.live import results as live_results
from emulation.ui.scoring.live.reading import live_caught_up_in_steps
from emulation.ui.scoring.live.results import LiveResults
from emulation.ui.scoring.model import ScoreModel
from emulation.ui.scoring.view import ScoringView
from tests.ui.scoring.keys import press, result, type_text
from tests.ui.scoring.world import CRITERIA, MEMBER, PERIOD, ROWS, UNITS, build_world, live_of


def test_edits_and_vetoes_rank_as_a_fresh_computation(empty_ws: Workspace) -> None:
    build_world(empty_ws)
    sheet = load_sheet(empty_ws, PERIOD, Role.MEMBER, MEMBER)
    live = live_of(empty_ws, sheet)
    live.apply([("X2", "I.1", Decimal(9)), ("Y1", "I.3", "Tốt"), ("X1", "I.1", None)])
    live.set_veto("X2", "K1", True)
    live.refresh()
    entries = [
        ScoreEntry("X2", "I.1", Role.MEMBER, MEMBER, Decimal(9)),
        ScoreEntry("Y1", "I.3", Role.MEMBER, MEMBER, "Tốt"),
    ]
    fresh = rank_period(sheet.criteria, [u.info for u in sheet.units], entries, {"X2": ["K1"]})
    for row in fresh:
        mine = live.row(row.unit.code)
        assert mine is not None
        assert (mine.total, mine.rank, mine.grade) == (row.total, row.rank, row.grade)
    assert live.row("X2").grade == "Chưa đạt"  # type: ignore[union-attr]


OTHER = "Lò Thị Mai"
SUMMARY = "Quý IV/2026"


def _scored_by_many(ws: Workspace) -> None:
    """The commune scored by two members, the units themselves and the official."""
    build_world(ws)
    set_scores(ws, PERIOD, Role.MEMBER, OTHER, [
        NewValue("X1", "I.1", Decimal(8)), NewValue("X2", "I.1", Decimal(4)),
        NewValue("Y1", "I.3", "Khá"), NewValue("X2", "II", Decimal(80)),
    ])
    set_scores(ws, PERIOD, Role.SELF, "", [NewValue("X2", "I.1", Decimal(10)), NewValue("Y1", "I.2", ONE)])
    set_scores(ws, PERIOD, Role.OFFICIAL, "", [NewValue("Y1", "III", Decimal(1))])


def _results(live: LiveResults, codes: list[str]) -> list[tuple[object, ...]]:
    rows = [live.row(code) for code in codes]
    return [(r.total, r.standing.self_total, r.rank, r.grade, r.capped_by) if r else None for r in rows]


def _ranked(ws: Workspace, period: str) -> list[tuple[object, ...]]:
    by_code = {r.unit.code: r for r in rank(ws, period).rows}
    return [(r.total, r.standing.self_total, r.rank, r.grade, r.capped_by) for r in (by_code[c] for c in ROWS)]


def test_live_results_after_saved_edits_are_the_ranking_of_what_is_stored(empty_ws: Workspace) -> None:
    _scored_by_many(empty_ws)
    sheet = load_sheet(empty_ws, PERIOD, Role.MEMBER, MEMBER)
    live = live_of(empty_ws, sheet)
    assert _results(live, ROWS) == _ranked(empty_ws, PERIOD)
    edits = [NewValue("X2", "I.1", Decimal(9)), NewValue("Y1", "I.3", "Tốt"), NewValue("X1", "I.1", None)]
    set_scores(empty_ws, PERIOD, Role.MEMBER, MEMBER, edits)
    live.apply((v.unit_code, v.leaf_code, v.raw) for v in edits)
    set_veto(empty_ws, PERIOD, "Y1", "K1")
    live.set_veto("Y1", "K1", True)
    live.refresh()
    assert _results(live, ROWS) == _ranked(empty_ws, PERIOD)
    assert live.row("Y1").standing.vetoes == ("K1",)  # type: ignore[union-attr]


def test_edits_saved_before_the_live_results_arrive_count_once(qtbot: QtBot, empty_ws: Workspace) -> None:
    _scored_by_many(empty_ws)
    sheet = load_sheet(empty_ws, PERIOD, Role.MEMBER, MEMBER)
    model = ScoreModel(sheet)
    live = live_of(empty_ws, sheet)  # read before the edit is saved
    edits = [NewValue("X2", "I.1", Decimal(3)), NewValue("X2", "III", Decimal(2))]
    set_scores(empty_ws, PERIOD, Role.MEMBER, MEMBER, edits)
    model.apply_values([(v.unit_code, v.leaf_code, v.raw) for v in edits])
    model.set_live(live)
    assert _results(live, ROWS) == _ranked(empty_ws, PERIOD)


def test_a_summary_periods_live_results_are_its_ranking(empty_ws: Workspace) -> None:
    _scored_by_many(empty_ws)
    create_period(empty_ws, SUMMARY, kind="quarter", sources=[PERIOD])
    sheet = load_sheet(empty_ws, SUMMARY, Role.MEMBER, MEMBER)
    live = live_of(empty_ws, sheet)
    assert _results(live, ROWS) == _ranked(empty_ws, SUMMARY)
    assert all(live.row(code).total > 0 for code in ROWS)  # type: ignore[union-attr]


@contextmanager
def _rows_read(ws: Workspace) -> Iterator[list[int]]:
    """How many rows the database hands over meanwhile, to whoever reads them."""
    count = [0]
    touched: list[Any] = []

    def counted(cursor: object, row: tuple[object, ...]) -> tuple[object, ...]:
        count[0] += 1
        return row

    def checkout(connection: Any, record: object, proxy: object) -> None:
        connection.row_factory = counted
        touched.append(connection)

    event.listen(ws.db.engine, "checkout", checkout)
    try:
        yield count
    finally:
        event.remove(ws.db.engine, "checkout", checkout)
        for connection in touched:
            connection.row_factory = None


def test_live_results_read_a_row_per_unit_and_leaf_not_one_per_entry(empty_ws: Workspace) -> None:
    build_world(empty_ws)
    values = {"I.1": Decimal(5), "I.2": ONE, "I.3": "Tốt", "II": Decimal(90), "III": Decimal(0)}
    for i in range(12):
        set_scores(empty_ws, PERIOD, Role.MEMBER, f"Thành viên {i}",
                   [NewValue(unit, leaf, raw) for unit in ROWS for leaf, raw in values.items()])
    sheet = load_sheet(empty_ws, PERIOD, Role.MEMBER, MEMBER)
    with _rows_read(empty_ws) as read:
        live = live_of(empty_ws, sheet)
    stored = 12 * len(ROWS) * len(values) + 1
    # a row per unit and leaf, and the period, its units and their tree: far fewer than the entries
    assert read[0] < stored / 3
    assert _results(live, ROWS) == _ranked(empty_ws, PERIOD)
    with _rows_read(empty_ws) as read:
        live.set_value("X1", "I.1", Decimal(7))
    assert read[0] <= 12 * len(values) + 1 + 5  # that unit's entries only


@contextmanager
def _statements(ws: Workspace) -> Iterator[list[str]]:
    """The SQL statements run meanwhile."""
    run: list[str] = []

    def before(conn: object, cursor: object, statement: str, *args: object) -> None:
        run.append(statement)

    event.listen(ws.db.engine, "before_cursor_execute", before)
    try:
        yield run
    finally:
        event.remove(ws.db.engine, "before_cursor_execute", before)


VILLAGES = 60


def _many_villages(ws: Workspace) -> list[str]:
    """The commune with ``VILLAGES`` more villages, each scored by two members and the official."""
    cs, problems = parse_criteria(CRITERIA)
    assert cs is not None, problems
    with ws.transaction() as session:
        store_criteria(session, cs, ws.user)
    more = [UnitRecord(f"V{i:02}", f"Thôn Mới {i:02}", "thôn", "XY"[i % 2]) for i in range(VILLAGES)]
    save_units(ws, UNITS + more)
    create_period(ws, PERIOD, criteria=cs.name, unit_kind="thôn")
    codes = ROWS + [u.code for u in more]
    set_scores(ws, PERIOD, Role.MEMBER, MEMBER, [NewValue(c, "I.1", Decimal(i % 7)) for i, c in enumerate(codes)])
    set_scores(ws, PERIOD, Role.MEMBER, OTHER, [NewValue(c, "I.3", "Khá") for c in codes[::3]])
    set_scores(ws, PERIOD, Role.OFFICIAL, "", [NewValue(c, "III", Decimal(1)) for c in codes[::4]])
    return codes


def _ranked_as_stored(ws: Workspace, live: LiveResults, codes: list[str]) -> dict[str, RankedRow]:
    """Each unit's live total, ranks and grade are those of the period ranked from what is stored."""
    by_code = {r.unit.code: r for r in rank(ws, PERIOD).rows}
    for code in codes:
        mine, stored = live.row(code), by_code[code]
        assert mine is not None
        assert (mine.total, mine.rank, mine.parent_rank, mine.grade) == (
            stored.total, stored.rank, stored.parent_rank, stored.grade)
    return by_code


def test_a_paste_over_many_units_reads_them_in_a_few_statements(
    empty_ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    codes = _many_villages(empty_ws)
    monkeypatch.setattr(sheet_standings_module, "UNITS_PER_STATEMENT", 25)
    sheet = load_sheet(empty_ws, PERIOD, Role.MEMBER, MEMBER)
    live = live_of(empty_ws, sheet)
    pasted = [NewValue(c, "II", Decimal(10 + i)) for i, c in enumerate(codes)]
    set_scores(empty_ws, PERIOD, Role.MEMBER, MEMBER, pasted)
    with _statements(empty_ws) as run:
        live.apply((v.unit_code, v.leaf_code, v.raw) for v in pasted)
        live.refresh()
    reads = [s for s in run if s.lstrip().upper().startswith("SELECT")]
    # 63 units in statements of 25, and the period: not one read per unit
    assert 1 <= len(reads) <= 4, reads
    _ranked_as_stored(empty_ws, live, codes)


@pytest.mark.parametrize("apart", [False, True], ids=["read in a thread", "read apart"])
def test_a_paste_over_many_unread_units_catches_up_in_the_background(
    qtbot: QtBot, empty_ws: Workspace, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest, apart: bool
) -> None:
    """Past ``READ_HERE`` units not read yet, a paste's results are worked out behind the grid
    (the stored entries read in a thread, or by a process of their own for a large period):
    meanwhile they show as being worked out, an edit made next lands after the paste, and the
    results end as the period ranked afresh."""
    children = request.getfixturevalue("children") if apart else []

    codes = _many_villages(empty_ws)
    monkeypatch.setattr(model_module, "READ_HERE", 10)
    handed: list[int] = []
    view = ScoringView(empty_ws)  # the application's runner: threads, and steps between paints
    qtbot.addWidget(view)
    view.resize(1200, 600)
    view.show()
    qtbot.waitUntil(lambda: view.model() is not None and view.model().live is not None, timeout=10_000)
    model = view.model()
    assert model is not None
    model.catching_up.connect(lambda live, values: handed.append(len(values)))
    view.go_to(codes[0], "II")
    QtWidgets.QApplication.clipboard().setText("".join(f"{10 + i % 5}\r\n" for i in range(len(codes))))
    view.paste()
    assert handed == [len(codes)]
    assert model.live is None and result(view, codes[-1], "total") == "…"
    assert "đang tính kết quả" in view.status.counts.text()
    view.go_to(codes[1], "II")  # typed next: its result comes after the paste's, whenever that is
    type_text(qtbot, view, "3")
    press(qtbot, view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.live is not None, timeout=10_000)
    live = model.live
    assert live is not None
    by_code = _ranked_as_stored(empty_ws, live, codes)
    assert result(view, codes[1], "total") == format_decimal(by_code[codes[1]].total)
    assert "đang tính kết quả" not in view.status.counts.text()
    view.close()
    assert len(children) == (2 if apart else 0)  # the totals when the sheet opened, then the paste's


def test_edits_made_while_a_paste_catches_up_come_after_it(
    qtbot: QtBot, empty_ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:

    codes = _many_villages(empty_ws)
    monkeypatch.setattr(model_module, "READ_HERE", 10)
    monkeypatch.setattr(score_rows, "UNITS_PER_STATEMENT", 25)  # the pasted units' standings: in three reads
    monkeypatch.setattr(live_results, "MOVED_AT_ONCE", 10)  # the ranking built again, not unit by unit
    sheet = load_sheet(empty_ws, PERIOD, Role.MEMBER, MEMBER)
    model = ScoreModel(sheet)
    model.set_live(live_of(empty_ws, sheet))
    set_scores(empty_ws, PERIOD, Role.MEMBER, MEMBER, [NewValue(codes[5], "I.1", Decimal(2))])
    model.apply_values([(codes[5], "I.1", Decimal(2))])  # a unit edited before the paste: its entries are read
    handed: list[tuple[LiveResults, list[Any]]] = []
    model.catching_up.connect(lambda live, values: handed.append((live, values)))
    pasted = [NewValue(c, "II", Decimal(10 + i % 5)) for i, c in enumerate(codes)]
    set_scores(empty_ws, PERIOD, Role.MEMBER, MEMBER, pasted)
    model.apply_values([(v.unit_code, v.leaf_code, v.raw) for v in pasted])
    assert len(handed) == 1 and model.live is None
    typed = [NewValue(codes[1], "II", Decimal(3)), NewValue(codes[2], "I.1", None)]
    set_scores(empty_ws, PERIOD, Role.MEMBER, MEMBER, typed)
    model.apply_values([(v.unit_code, v.leaf_code, v.raw) for v in typed])  # while the paste catches up
    assert len(handed) == 1 and model.live is None
    live, values = handed[0]
    model.set_live(completed(live_caught_up_in_steps(empty_ws, sheet, live, values)))
    assert model.live is live and len(handed) == 1
    _ranked_as_stored(empty_ws, live, codes)
