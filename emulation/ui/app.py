"""Starting the desktop application: open the database, show the window, run the event loop."""

from __future__ import annotations

import html
import sys
import traceback
from pathlib import Path

from platformdirs import user_data_dir

from emulation.i18n import render, set_language
from emulation.services.periods import list_periods
from emulation.services.settings import interface_language
from emulation.services.units import list_units
from emulation.services.workspace import Workspace
from emulation.store import StoreError
from emulation.store.location import APP_NAME
from emulation.ui.context import ViewContext
from emulation.ui.errors import ExceptionHook
from emulation.ui.file_dialogs import FileDialogs
from emulation.ui.labels import tr
from emulation.ui.main_window import MainWindow, database_label
from emulation.ui.overview_view import OverviewView
from emulation.ui.qt import QtCore, QtWidgets
from emulation.ui.recent_databases import RecentDatabases
from emulation.ui.sign_in_dialog import signed_in
from emulation.ui.translations import install_qt_translator, install_translator
from emulation.ui.workers import PoolRunner

ORGANISATION = "emulation-scoring"
APPLICATION = "emulation"
DEMO_FILE = "demo.sqlite"


def demo_database() -> str:
    """The demo's own file in the user's data folder, apart from the real database."""
    return str(Path(user_data_dir(APP_NAME, appauthor=False)) / DEMO_FILE)


def is_empty(ws: Workspace) -> bool:
    return not list_units(ws) and not list_periods(ws)


def application() -> QtWidgets.QApplication:
    app = QtWidgets.QApplication.instance()
    if not isinstance(app, QtWidgets.QApplication):
        app = QtWidgets.QApplication(sys.argv)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(tr("Chấm điểm thi đua"))
    return app


def open_workspace(target: str | None) -> Workspace | None:
    """The workspace, or None after telling the person why it could not be opened."""
    try:
        return Workspace.open(target)
    except StoreError as exc:
        message, details = render(exc.problem), ""
    except Exception as exc:  # a wrong URL, an unreachable server, a file that cannot be written
        message = f"{type(exc).__name__}: {exc}"
        details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Icon.Critical, tr("Không mở được cơ sở dữ liệu"), "")
    box.setText(tr("Không mở được cơ sở dữ liệu {target}.").format(target=html.escape(target or tr("mặc định"))))
    box.setInformativeText(html.escape(message[:500]))
    if details:
        box.setDetailedText(details)
    box.addButton(tr("Đóng"), QtWidgets.QMessageBox.ButtonRole.AcceptRole)
    box.exec()
    return None


def run_app(db: str | None, *, demo: bool = False) -> int:
    """Open the application on ``db`` (a path, a URL, None for the default); with ``demo``, on the
    demo district: without ``db`` in its own file, filled when that database is empty."""
    app = application()
    # Qt's own words in Vietnamese from the start: the refusal below may show "Show Details…"
    translators = [t for t in [install_qt_translator(app, "vi")] if t is not None]
    try:
        target = demo_database() if demo and db is None else db
        ws = open_workspace(target)
        if ws is None:
            return 2
        language = interface_language(ws)  # readable before signing in: the sign-in speaks it too
        if language == "en":
            for translator in translators:
                app.removeTranslator(translator)
        translators += [t for t in [install_translator(app, language)] if t is not None]
        set_language(language)  # the catalogue's sentences (faults, refusals) in the interface's language
        if not signed_in(ws, target or database_label(ws)):
            ws.close()
            return 0
        return run_window(app, ws, target, demo=demo)
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def run_window(app: QtWidgets.QApplication, ws: Workspace, target: str | None, *, demo: bool) -> int:
    """Show the main window on ``ws`` and run the event loop until it is closed."""
    hook = ExceptionHook(app)
    hook.install()
    settings = QtCore.QSettings()
    runner = PoolRunner()
    RecentDatabases(settings).add(target or database_label(ws))
    window = MainWindow(ViewContext(ws, runner, FileDialogs()), RecentDatabases(settings))
    window.show()
    if demo and is_empty(ws):
        overview = window.view("overview")
        if isinstance(overview, OverviewView):
            overview.use_demo()
    try:
        return app.exec()
    finally:
        runner.wait()
        hook.uninstall()
        window.ctx.workspace.close()
