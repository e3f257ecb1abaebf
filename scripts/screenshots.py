"""Screenshots of every page of the desktop application on the demo district.

Builds the demo into a temporary database, opens the main window offscreen at 1366×768, visits
each page (a period with data in Xếp hạng, Khen thưởng and Bình xét, a unit chosen so that the explanation
is filled), and saves ``docs/screenshots/<page>.png``, plus the projector view.

    uv run python scripts/screenshots.py [OUTPUT_FOLDER]
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from emulation.services.awards import set_override
from emulation.services.council_members import set_member
from emulation.services.council_session import enter_tally, open_session
from emulation.services.council_state import Candidate, council_state
from emulation.services.demo import build_demo
from emulation.services.results import rank
from emulation.services.workspace import Workspace
from emulation.ui.app import application
from emulation.ui.awards_view import AwardsView
from emulation.ui.context import ViewContext
from emulation.ui.council_view import CouncilView
from emulation.ui.file_dialogs import FileDialogs
from emulation.ui.main_window import MainWindow
from emulation.ui.pages import pages
from emulation.ui.period_dialog import PeriodDialog
from emulation.ui.periods_view import PeriodsView
from emulation.ui.qt import QtCore, QtWidgets
from emulation.ui.ranking_view import RankingView
from emulation.ui.recent_databases import RecentDatabases
from emulation.ui.scoring.view import ScoringView
from emulation.ui.workers import SyncRunner

SIZE = (1366, 768)
PERIOD = "Tháng 08/2026 – Thôn, tổ dân phố"
ROOT = Path(__file__).resolve().parent.parent


#: how long a page may take to have what it shows in (the scoring grid reads its values behind the window)
LOADING_LIMIT = 60.0


def settle(app: QtWidgets.QApplication, view: QtWidgets.QWidget | None = None) -> None:
    """Let the window draw; a scoring page is waited for until its grid's values and live totals are in."""
    for _ in range(5):
        app.processEvents()
    if isinstance(view, ScoringView):
        run_until(app, lambda: grid_loaded(view), "the scoring grid")


def grid_loaded(view: ScoringView) -> bool:
    """Whether the scoring grid has every row's values and its live totals (both read in the background)."""
    model = view.model()
    return model is not None and not model.loading() and model.live is not None


def run_until(app: QtWidgets.QApplication, done: Callable[[], bool], what: str) -> None:
    """Run the event loop until ``done()``, for at most :data:`LOADING_LIMIT` seconds."""
    deadline = time.monotonic() + LOADING_LIMIT
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError(f"{what} was not loaded after {LOADING_LIMIT:.0f} s")
        app.processEvents(QtCore.QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)
    for _ in range(5):  # what arrived last is drawn
        app.processEvents()


def prepare(window: MainWindow, key: str) -> None:
    """Choose what each page shows before it is captured."""
    view = window.view(key)
    if isinstance(view, RankingView):
        view.picker.select(PERIOD)
        rows = view.model.rows
        chosen = next((i for i, r in enumerate(rows) if r.standing.vetoes), min(2, len(rows) - 1))
        view.table.selectRow(chosen)
    if isinstance(view, AwardsView | CouncilView):
        view.picker.select(PERIOD)


def decide_by_hand(ws: Workspace) -> None:
    """One unit added to the awards by hand, so that the awards page shows a manual decision."""
    fourth = rank(ws, PERIOD).rows[3].unit.code
    set_override(ws, PERIOD, fourth, include=True, reason="Có mô hình phân loại rác tại nguồn được huyện biểu dương")


def hold_meeting(ws: Workspace) -> None:
    """The council met on the period: four members, three present, every candidate's ballots counted."""
    for name, position in (("Hoàng Văn Thành", "Chủ tịch Hội đồng"), ("Lê Thị Hoa", "Phó Chủ tịch Hội đồng"),
                           ("Nguyễn Văn An", "Ủy viên"), ("Trần Thị Bình", "Thư ký Hội đồng")):
        set_member(ws, name, position)
    open_session(ws, PERIOD, present=["Hoàng Văn Thành", "Lê Thị Hoa", "Trần Thị Bình"])
    codes = [line.unit_code for line in council_candidates(ws)]
    enter_tally(ws, PERIOD, [(code, 3 - i % 3, i % 3) for i, code in enumerate(codes)])


def council_candidates(ws: Workspace) -> list[Candidate]:
    return list(council_state(ws, PERIOD).voting)


def capture(out: Path) -> list[Path]:
    app = application()
    folder = Path(tempfile.mkdtemp(prefix="emulation-screens-"))
    ws = Workspace.open(str(folder / "demo.sqlite"), user="Thư ký Hội đồng")
    build_demo(ws)
    decide_by_hand(ws)
    hold_meeting(ws)
    settings = QtCore.QSettings(str(folder / "settings.ini"), QtCore.QSettings.Format.IniFormat)
    window = MainWindow(ViewContext(ws, SyncRunner(), FileDialogs()), RecentDatabases(settings))
    window.resize(*SIZE)
    window.show()
    out.mkdir(parents=True, exist_ok=True)
    saved = []
    for page in pages():
        window.show_page(page.key)
        prepare(window, page.key)
        settle(app, window.view(page.key))
        path = out / f"{page.key}.png"
        window.grab().save(str(path))
        saved.append(path)
    saved.append(projector(app, window, out))
    saved.append(period_dialog(app, window, out))
    window.close()
    ws.close()
    saved.append(first_run(app, folder, out))
    return saved


def period_dialog(app: QtWidgets.QApplication, window: MainWindow, out: Path) -> Path:
    window.show_page("periods")
    view = window.view("periods")
    assert isinstance(view, PeriodsView)
    view.create_period()
    dialog = view.dialog
    assert isinstance(dialog, PeriodDialog)
    dialog.name.setText("Tháng 10/2026 – Thôn, tổ dân phố")
    settle(app)
    path = out / "period-dialog.png"
    dialog.grab().save(str(path))
    dialog.reject()
    return path


def first_run(app: QtWidgets.QApplication, folder: Path, out: Path) -> Path:
    """The overview of an empty database, with its first steps."""
    ws = Workspace.open(str(folder / "empty.sqlite"), user="Thư ký Hội đồng")
    settings = QtCore.QSettings(str(folder / "settings.ini"), QtCore.QSettings.Format.IniFormat)
    window = MainWindow(ViewContext(ws, SyncRunner(), FileDialogs()), RecentDatabases(settings))
    window.resize(*SIZE)
    window.show()
    settle(app)
    path = out / "first-run.png"
    window.grab().save(str(path))
    window.close()
    return path


def projector(app: QtWidgets.QApplication, window: MainWindow, out: Path) -> Path:
    window.show_page("ranking")
    view = window.view("ranking")
    assert isinstance(view, RankingView)
    view.open_projector()
    assert view.projector is not None
    view.projector.showNormal()
    view.projector.resize(*SIZE)
    settle(app)
    path = out / "projector.png"
    view.projector.grab().save(str(path))
    view.projector.close()
    return path


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "docs" / "screenshots"
    for path in capture(out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
