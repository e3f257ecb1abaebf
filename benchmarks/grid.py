"""Opening and scrolling the scoring grid on a large period, measured in one run.

    QT_QPA_PLATFORM=offscreen uv run python benchmarks/grid.py [--units 3000] [--leaves 40] [--scorers 5]

Builds (untimed, once per size, kept in the benchmarks' cache folder) a SQLite database with one
period of N units × L points leaves scored by S committee members, then measures, for the first member:

(a) the bare read: ``sqlite3`` SELECTs of that member's values and of the unit list — the baseline;
(b) creating the ScoringView for the period until its grid has painted with rows (the first
    screen's values are read first, the rest once it is drawn), and (b') until every value is in;
(c) the longest stall of the event loop while scrolling from top to bottom a page at a time (and
    the median page), beside (c0) the same scroll over a bare ``QTableView`` of the same shape, on a
    C++ ``QStandardItemModel`` of as many rows (its floor: what drawing the cells costs without
    Python);
(f) the live totals, ranks and grades built in the background once every value is in: wall and
    CPU seconds (of the whole process, and of the process that reads a large period apart) and
    how far the process's peak memory rose meanwhile;
(g) the longest stall of the event loop while scrolling a second, freshly opened grid during that
    background build (down and up a page at a time until the live totals are in);
and, for information, (d) saving one typed value (through ``set_scores``), (e) the live
recomputation of totals, ranks and grades that follows it, (e') the same for the first edit of
another unit (its stored entries are read then), and (h) a column pasted down 3.000 units: how
long the GUI thread is held (the paste is saved by a thread), until it is saved and shown, and
until the live totals are back (their stored entries are read), scrolling all along.

Target: (b) ≤ 2 × (a).
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any, NamedTuple

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import select

from emulation.excel.units_file import UnitRecord
from emulation.scoring.criteria_doc import parse_criteria
from emulation.scoring.scores import Role
from emulation.services.criteria import store_criteria
from emulation.services.lookup import period_named
from emulation.services.periods import create_period
from emulation.services.score_sheet import load_sheet
from emulation.services.units import save_units
from emulation.services.workspace import Workspace
from emulation.store import Score, Unit, utc_now
from emulation.store.bulk import bulk_insert
from emulation.ui.qt import QtCore, QtGui, QtWidgets

try:
    from benchmarks.datasets import cache_dir
except ImportError:  # run as a script: the folder itself is on the path
    from datasets import cache_dir  # type: ignore[no-redef]

PERIOD = "Tháng 10/2026"
MEMBER = "Nguyễn Văn An"
OTHERS = ("Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung", "Hoàng Văn Em", "Đỗ Thị Giang", "Vũ Văn Hải")
PER_GROUP = 10
#: the units a column is pasted down in (h): a province's villages
PASTED_ROWS = 3000


def criteria_doc(leaves: int) -> dict[str, Any]:
    groups = []
    for g in range(leaves // PER_GROUP):
        children = [
            {"code": str(i + 1), "title": f"Tiêu chí {g + 1}.{i + 1}", "kind": "points", "max": 2.5, "step": 0.25}
            for i in range(PER_GROUP)
        ]
        groups.append({"code": f"G{g + 1}", "title": f"Nhóm tiêu chí {g + 1}", "children": children})
    total = Decimal("2.5") * PER_GROUP * len(groups)
    return {
        "format": "emulation-criteria/1",
        "name": "Đo hiệu năng lưới chấm điểm",
        "max_total": total,
        "tie_breakers": ["G1", "penalty"],
        "criteria": groups,
        "grades": [
            {"name": "Xuất sắc", "min": total * Decimal("0.9")},
            {"name": "Tốt", "min": total * Decimal("0.75")},
            {"name": "Khá", "min": total * Decimal("0.6")},
            {"name": "Chưa đạt", "min": 0},
        ],
        "vetoes": [{"code": "K1", "title": "Vi phạm", "cap_grade": "Khá"}],
    }


def build(path: Path, units: int, leaves: int, scorers: int = 1) -> Workspace:
    ws = Workspace.open(str(path), user="benchmark")
    cs, problems = parse_criteria(criteria_doc(leaves))
    assert cs is not None, problems
    with ws.transaction() as session:
        store_criteria(session, cs, "benchmark")
    parents = [UnitRecord(f"X{p}", f"Xã {p}", "xã", None, f"Cụm {p % 5}") for p in range(max(1, units // 20))]
    records = parents + [UnitRecord(f"T{i}", f"Thôn {i}", "thôn", f"X{i % len(parents)}") for i in range(units)]
    save_units(ws, records)
    create_period(ws, PERIOD, criteria=cs.name, unit_kind="thôn")
    rnd = random.Random(1)
    with ws.transaction() as session:
        period = period_named(session, PERIOD)
        ids = session.execute(select(Unit.id).where(Unit.kind == "thôn")).scalars().all()
        rows = [
            {
                "period_id": period.id,
                "unit_id": uid,
                "leaf_code": leaf.code,
                "role": "member",
                "scorer": scorer,
                "raw_value": str(Decimal(rnd.randint(4, 10)) / 4),
                "entered_by": "benchmark",
                "entered_at": utc_now(),
            }
            for uid in ids
            for leaf in cs.leaves
            for scorer in (MEMBER, *OTHERS)[:scorers]
        ]
        bulk_insert(session, Score, rows)
    return ws


def cached_build(path: Path, units: int, leaves: int, scorers: int) -> Workspace:
    """``build``'s database, built once per size in the benchmarks' cache folder and copied to ``path``
    (the measured edit writes to the copy)."""
    kept = cache_dir() / f"grid-{units}-{leaves}-{scorers}.sqlite"
    if not kept.exists():
        building = kept.with_suffix(".building")
        build(building, units, leaves, scorers).close()
        building.replace(kept)
    shutil.copyfile(kept, path)
    return Workspace.open(str(path), user="benchmark")


def bare_read(path: Path) -> float:
    """The floor: the member's values and the unit list through ``sqlite3``, into tuples."""
    start = time.perf_counter()
    with sqlite3.connect(path) as conn:
        conn.execute(
            "SELECT u.code, s.leaf_code, s.raw_value FROM scores s JOIN units u ON u.id = s.unit_id "
            "JOIN periods p ON p.id = s.period_id WHERE p.name = ? AND s.role = 'member' AND s.scorer = ?",
            (PERIOD, MEMBER)).fetchall()
        conn.execute("SELECT id, code, name, parent_id, cluster FROM units").fetchall()
    conn.close()
    return time.perf_counter() - start


class PaintWatch(QtCore.QObject):
    """Counts paint events of a widget that happen while ``armed`` says so."""

    def __init__(self, widget: QtWidgets.QWidget, armed: Callable[[], bool]) -> None:
        super().__init__(widget)
        self.painted = 0
        self._armed = armed
        widget.installEventFilter(self)

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        if event.type() == QtCore.QEvent.Type.Paint and self._armed():
            self.painted += 1
        return False


def run_until(app: QtWidgets.QApplication, done: Callable[[], bool], limit: float = 60.0) -> None:
    """Run the event loop as ``exec()`` would (sleeping while idle) until ``done()``."""
    deadline = time.perf_counter() + limit
    tick = QtCore.QTimer()
    tick.start(2)  # wakes the loop to check ``done()``; idle time is spent asleep, not spinning
    wait = QtCore.QEventLoop.ProcessEventsFlag.WaitForMoreEvents
    try:
        while not done():
            app.processEvents(QtCore.QEventLoop.ProcessEventsFlag.AllEvents | wait)
            if time.perf_counter() > deadline:
                raise TimeoutError("the grid did not get there in time")
    finally:
        tick.stop()


def measure_open(app: QtWidgets.QApplication, ws: Workspace) -> tuple[float, float, Any]:
    from emulation.ui.scoring.view import ScoringView

    start = time.perf_counter()
    view = ScoringView(ws)
    view.resize(1400, 850)
    watch = PaintWatch(view.grid.table.viewport(), lambda: view.grid.table.model().rowCount() > 0)
    view.show()
    run_until(app, lambda: watch.painted > 0)
    painted = time.perf_counter() - start

    def every_value_in() -> bool:
        model = view.model()
        return model is not None and not model.loading()

    run_until(app, every_value_in)
    return painted, time.perf_counter() - start, view


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure_live_build(app: QtWidgets.QApplication, view: Any) -> tuple[float, float, float, float]:
    """(f): from every value in (the live totals' build is then under way) to the live totals in:
    wall and CPU seconds (the CPU of the process reading apart, if any, apart), and how many MB
    the process's peak memory rose."""
    start, cpu, children, rss = time.perf_counter(), time.process_time(), children_cpu(), peak_rss_mb()
    run_until(app, lambda: view.model().live is not None, limit=300)
    return time.perf_counter() - start, time.process_time() - cpu, children_cpu() - children, peak_rss_mb() - rss


def children_cpu() -> float:
    """CPU seconds of the child processes that ended (a large period's reading apart)."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


class Pages(NamedTuple):
    """Times from moving the scroll bar a page to the page drawn."""

    longest: float
    median: float
    pages: int
    p99: float  #: 99 pages of 100 were drawn within this

    @classmethod
    def of(cls, times: list[float]) -> Pages:
        if not times:
            return cls(0.0, 0.0, 0, 0.0)
        ordered = sorted(times)
        return cls(ordered[-1], statistics.median(ordered), len(ordered), ordered[int(0.99 * (len(ordered) - 1))])

    def text(self) -> str:
        return f"median page {self.median:.3f}, 99 % within {self.p99:.3f}"


def scroll_while_building(app: QtWidgets.QApplication, view: Any) -> Pages:
    """(g): the longest and median time from moving the scroll bar a page to the page drawn, while
    the live totals are being built (down, then up, a page at a time, until they are in)."""
    return scroll_until_live(app, view)


def scroll_until_live(app: QtWidgets.QApplication, view: Any) -> Pages:
    """Scroll a page at a time until the live totals are in."""
    return scroll_until(app, view, lambda: view.model().live is not None)


def scroll_until(app: QtWidgets.QApplication, view: Any, done: Callable[[], bool]) -> Pages:
    """Scroll a page at a time, down then up, until ``done`` holds (asked after every page)."""
    table = view.grid.table
    bar = table.verticalScrollBar()
    watch = PaintWatch(table.viewport(), lambda: True)
    times = []
    step = bar.pageStep()
    while not done():
        if not 0 <= bar.value() + step <= bar.maximum():
            step = -step
        seen = watch.painted

        def drawn(seen: int = seen) -> bool:
            return watch.painted > seen

        start = time.perf_counter()
        bar.setValue(bar.value() + step)
        run_until(app, drawn)
        times.append(time.perf_counter() - start)
    return Pages.of(times)


def measure_scroll(app: QtWidgets.QApplication, view: Any) -> Pages:
    run_until(app, lambda: view.model().live is not None)
    app.processEvents()
    return scroll_pages(app, view.grid.table)


def painted_since(watch: PaintWatch, seen: int) -> bool:
    return watch.painted > seen


def scroll_pages(app: QtWidgets.QApplication, table: QtWidgets.QTableView) -> Pages:
    """The times from moving the scroll bar a page down to the page drawn, top to bottom."""
    bar = table.verticalScrollBar()
    watch = PaintWatch(table.viewport(), lambda: True)
    times = []
    value = 0
    while value < bar.maximum():
        value = min(bar.maximum(), value + bar.pageStep())
        seen = watch.painted
        start = time.perf_counter()
        bar.setValue(value)
        run_until(app, partial(painted_since, watch, seen))
        times.append(time.perf_counter() - start)
    return Pages.of(times)


def measure_scroll_floor(app: QtWidgets.QApplication, view: Any) -> Pages:
    """(c0): the grid's shape (frozen part, widths, row height, window) over a C++ model of short
    texts, as many rows as the grid (the same number of pages: their longest is compared)."""
    columns, rows = view.model().columnCount(), view.model().rowCount()
    model = QtGui.QStandardItemModel(rows, columns)
    for r in range(rows):
        for c in range(columns):
            model.setItem(r, c, QtGui.QStandardItem("1,75"))
    window = QtWidgets.QWidget()
    layout = QtWidgets.QHBoxLayout(window)
    frozen, table = QtWidgets.QTableView(window), QtWidgets.QTableView(window)
    for part, shown in ((frozen, view.grid.frozen), (table, view.grid.table)):
        part.setModel(model)
        part.verticalHeader().hide()
        part.verticalHeader().setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.Fixed)
        part.verticalHeader().setDefaultSectionSize(shown.verticalHeader().defaultSectionSize())
        part.setVerticalScrollMode(QtWidgets.QAbstractItemView.ScrollMode.ScrollPerPixel)
        for c in range(columns):
            part.setColumnHidden(c, shown.isColumnHidden(c))
            part.setColumnWidth(c, shown.columnWidth(c))
        layout.addWidget(part, 1 if part is table else 0)
    frozen.setFixedWidth(view.grid.frozen.width())
    table.verticalScrollBar().valueChanged.connect(frozen.verticalScrollBar().setValue)
    window.resize(view.size())
    window.show()
    app.processEvents()
    try:
        return scroll_pages(app, table)
    finally:
        window.close()
        window.deleteLater()


def measure_edit(view: Any) -> tuple[float, float]:
    model = view.model()
    unit = model.unit_at(0).code
    leaf = model.sheet.criteria.leaves[0].code
    old = model.value(unit, leaf)
    new = "1,5" if old != Decimal("1.5") else "2"
    start = time.perf_counter()
    assert view.editor.edit_cell(unit, leaf, new)
    edit = time.perf_counter() - start
    start = time.perf_counter()
    model.apply_values([(unit, leaf, old)])
    recompute = time.perf_counter() - start
    return edit, recompute


def measure_paste(
    app: QtWidgets.QApplication, view: Any, rows: int = PASTED_ROWS
) -> tuple[float, float, float, float, float, float]:
    """(h): a column pasted down ``rows`` units not edited before (saved by a thread, then shown),
    scrolling all along: how long the GUI thread is held (the paste's call); the seconds until it
    is saved and shown, and the longest page meanwhile; the wall and CPU seconds until the live
    totals are back, and the longest page after it was shown."""
    model = view.model()
    units = [model.unit_at(i).code for i in range(2, 2 + rows)]
    leaf = model.sheet.criteria.leaves[1].code
    view.go_to(units[0], leaf)
    QtWidgets.QApplication.clipboard().setText("".join(f"{1 + i % 2}\r\n" for i in range(len(units))))
    start, cpu, children = time.perf_counter(), time.process_time(), children_cpu()
    view.paste()
    held = time.perf_counter() - start
    expected = Decimal(1 + (len(units) - 1) % 2)
    saving = scroll_until(app, view, lambda: model.value(units[-1], leaf) == expected)
    saved = time.perf_counter() - start
    back = scroll_until_live(app, view)
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu + children_cpu() - children
    return held, saved, saving.longest, wall, cpu, back.longest


def measure_first_edit(view: Any) -> float:
    """(e'): a value shown for a unit not edited before (no database write): its entries are read."""
    model = view.model()
    unit = model.unit_at(1).code
    leaf = model.sheet.criteria.leaves[0].code
    start = time.perf_counter()
    model.apply_values([(unit, leaf, Decimal("1.5"))])
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--units", type=int, default=3000)
    parser.add_argument("--leaves", type=int, default=40)
    parser.add_argument("--scorers", type=int, default=5, help="committee members who scored every value")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(sys.argv)
    assert isinstance(app, QtWidgets.QApplication)
    with tempfile.TemporaryDirectory() as tmp:
        print(f"building {args.units} units × {args.leaves} leaves, {args.scorers} members' scores …", flush=True)
        path = Path(tmp) / "grid.sqlite"
        ws = cached_build(path, args.units, args.leaves, args.scorers)
        load = statistics.median(bare_read(path) for _ in range(args.runs))
        own = []
        for _ in range(args.runs):
            start = time.perf_counter()
            sheet = load_sheet(ws, PERIOD, Role.MEMBER, MEMBER)
            own.append(time.perf_counter() - start)
        first_paint, every_value, view = measure_open(app, ws)
        live_wall, live_cpu, live_children, live_rss = measure_live_build(app, view)
        live_peak = peak_rss_mb()  # before (c0)'s C++ model of as many rows
        scrolled = measure_scroll(app, view)
        floor = measure_scroll_floor(app, view)
        edit, recompute = measure_edit(view)
        first_edit = measure_first_edit(view)
        held, saved, saving_stall, pasted, paste_cpu, paste_stall = measure_paste(
            app, view, min(PASTED_ROWS, args.units - 2)
        )
        view.close()
        view.deleteLater()
        app.processEvents()
        _, _, view = measure_open(app, ws)
        busy = scroll_while_building(app, view)
        view.close()
        view.deleteLater()
        app.processEvents()
        ws.close()
    cells = len(sheet.units) * len(sheet.criteria.leaves)
    print()
    print("| measurement | seconds |")
    print("|---|---|")
    size = f"{len(sheet.units):,} units × {len(sheet.criteria.leaves)} leaves ({cells:,} values)"
    print(f"| (a) bare read of the member's values and the units: {size} | {load:.3f} |")
    print(f"| (a') load_sheet of the member's own values (the grid's first read) | {statistics.median(own):.3f} |")
    print(f"| (b) ScoringView created → grid painted with rows | {first_paint:.3f} |")
    print(f"| (b') ScoringView created → every value of the sheet in | {every_value:.3f} |")
    print(f"| (c) longest stall scrolling {scrolled.pages} pages top to bottom ({scrolled.text()}) "
          f"| {scrolled.longest:.3f} |")
    print(f"| (c0) floor: the same window over a C++ model, {floor.pages} pages ({floor.text()}) "
          f"| {floor.longest:.3f} |")
    print(f"| (d) one typed value saved through set_scores, then shown | {edit:.3f} |")
    print(f"| (e) live totals, ranks and grades after one edit (no database) | {recompute:.3f} |")
    print(f"| (e') the same for the first edit of another unit (its entries read) | {first_edit:.3f} |")
    print(f"| (h) a column pasted down {min(PASTED_ROWS, args.units - 2):,} units: the GUI thread held | {held:.3f} |")
    print(f"| (h₁) the same, until it is saved (by a thread) and shown (longest stall scrolling meanwhile "
          f"{saving_stall:.3f}) | {saved:.3f} |")
    print(f"| (h') the same, until its live totals are back (CPU {paste_cpu:.2f} s, a reading process's included; "
          f"longest stall scrolling meanwhile {paste_stall:.3f}) | {pasted:.3f} |")
    print(f"| (f) live totals built in the background: wall (CPU {live_cpu:.2f} s, and {live_children:.2f} s in "
          f"the process reading apart; peak memory +{live_rss:.0f} MB, process peak {live_peak:.0f} MB) "
          f"| {live_wall:.3f} |")
    print(f"| (g) longest stall scrolling {busy.pages} pages while (f) runs ({busy.text()}) "
          f"| {busy.longest:.3f} |")
    print()
    verdict = "PASS" if first_paint <= 2 * load else "FAIL"
    print(f"{verdict}: first paint takes {first_paint / load:.2f}× the load (target ≤ 2×)")
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    sys.exit(main())
