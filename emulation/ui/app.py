"""Starting the desktop application: the window first, then the database behind it.

The window is shown before the database layer is loaded: its navigation and a page saying that
the database is being opened, in the language last used (:mod:`emulation.remembered_language`).
The database is opened (and migrated) off the GUI thread; then its own language is spoken (unless
``--lang`` or ``EMULATION_LANG`` asked for one, which holds for the whole session), the
sign-in dialog is asked over the window when the database has accounts, and the pages are filled.
"""

from __future__ import annotations

import html
import sys
import traceback
from dataclasses import dataclass
from typing import TYPE_CHECKING

from emulation.remembered_language import remember_language, remembered_language
from emulation.ui.errors import ExceptionHook
from emulation.ui.labels import tr
from emulation.ui.main_window import MainWindow, database_label
from emulation.ui.qt import QtCore, QtWidgets
from emulation.ui.recent_databases import RecentDatabases
from emulation.ui.translations import Speech
from emulation.ui.workers import Operation, PoolRunner
from emulation.user_folders import data_folder

if TYPE_CHECKING:
    from emulation.services.workspace import Workspace

ORGANISATION = "emulation-scoring"
APPLICATION = "emulation"
DEMO_FILE = "demo.sqlite"
#: the exit code when the database cannot be opened
NOT_OPENED = 2


def demo_database() -> str:
    """The demo's own file in the user's data folder, apart from the real database."""
    return str(data_folder() / DEMO_FILE)


def is_empty(ws: Workspace) -> bool:
    from emulation.services.periods import list_periods
    from emulation.services.units import list_units

    return not list_units(ws) and not list_periods(ws)


def application() -> QtWidgets.QApplication:
    app = QtWidgets.QApplication.instance()
    if not isinstance(app, QtWidgets.QApplication):
        app = QtWidgets.QApplication(sys.argv)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(tr("Chấm điểm thi đua"))
    return app


def speak(speech: Speech, language: str) -> bool:
    """Speak ``language`` from now on, the application's name too; whether it changed."""
    if not speech.speak(language):
        return False
    QtWidgets.QApplication.setApplicationDisplayName(tr("Chấm điểm thi đua"))
    return True


def main_window() -> MainWindow | None:
    """The application's window, when it is shown."""
    shown = (w for w in QtWidgets.QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
    return next(shown, None)


def signed_in(ws: Workspace, database: str) -> bool:
    """True when ``ws`` may be used; a database with accounts asks for one over the application's window."""
    from emulation.ui.sign_in_dialog import signed_in as ask

    return ask(ws, database, main_window())


@dataclass(frozen=True)
class Opened:
    """What the opening job found, off the GUI thread."""

    workspace: Workspace
    language: str
    empty: bool


def open_database(target: str | None, *, demo: bool) -> Opened:
    """Open (create, migrate) the database and read what the window needs before its pages."""
    from emulation.services.settings import interface_language
    from emulation.services.workspace import Workspace

    ws = Workspace.open(target)
    try:
        return Opened(ws, interface_language(ws), demo and is_empty(ws))
    except BaseException:
        ws.close()
        raise


def refuse_database(parent: QtWidgets.QWidget, target: str | None, exc: BaseException) -> None:
    """Tell why the database could not be opened, over the window."""
    from emulation.i18n import render
    from emulation.store.errors import StoreError

    if isinstance(exc, StoreError):
        message, details = render(exc.problem), ""
    else:  # a wrong URL, an unreachable server, a file that cannot be written
        message = f"{type(exc).__name__}: {exc}"
        details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    title = tr("Không mở được cơ sở dữ liệu")
    box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Icon.Critical, title, "", parent=parent)
    box.setText(tr("Không mở được cơ sở dữ liệu {target}.").format(target=html.escape(target or tr("mặc định"))))
    box.setInformativeText(html.escape(message[:500]))
    if details:
        box.setDetailedText(details)
    box.addButton(tr("Đóng"), QtWidgets.QMessageBox.ButtonRole.AcceptRole)
    box.exec()


class Opening(QtCore.QObject):
    """The first database of the session, opened behind the window that says so."""

    def __init__(self, window: MainWindow, speech: Speech, target: str | None, *, demo: bool,
                 language: str | None = None) -> None:
        super().__init__(window)
        self._window = window
        self._speech = speech
        self._target = target
        self._demo = demo
        self._asked = language  # asked for on the command line: the database's setting does not count
        self._runner = PoolRunner()
        #: the exit code decided before the window was closed (refused database, refused sign-in)
        self.code: int | None = None
        self._unclaimed: Opened | None = None  # opened, not yet taken by the window
        self._ended = False  # the session is over: a late delivery is dropped

    def begin(self) -> None:
        op = Operation(self._window, self._open, runner=self._runner)
        op.success(self._opened).failure(self._refused).run_in_background()

    def _open(self, _progress: object) -> Opened:
        self._unclaimed = open_database(self._target, demo=self._demo)
        return self._unclaimed

    def finish(self) -> None:
        """Wait for the opening job; a database it opened for a window closed meanwhile is closed."""
        self._ended = True
        self._runner.wait()
        if self._unclaimed is not None:
            self._unclaimed.workspace.close()
            self._unclaimed = None

    def _refused(self, exc: BaseException) -> None:
        if self._ended:
            return
        refuse_database(self._window, self._target, exc)
        self._end(NOT_OPENED)

    def _opened(self, opened: Opened) -> None:
        self._unclaimed = None
        ws = opened.workspace
        if self._ended:  # the window was closed while the database was being opened
            ws.close()
            return
        if self._asked is None:
            remember_language(opened.language)
        if speak(self._speech, self._asked or opened.language):
            self._window.retranslate()
        label = self._target or database_label(ws)
        if not signed_in(ws, label):
            ws.close()
            self._end(0)
            return
        from emulation.ui.context import ViewContext
        from emulation.ui.file_dialogs import FileDialogs

        self._window.open_with(ViewContext(ws, PoolRunner(), FileDialogs()), label)
        if opened.empty:
            overview = self._window.view("overview")
            use_demo = getattr(overview, "use_demo", None)
            if callable(use_demo):
                use_demo()

    def _end(self, code: int) -> None:
        """End the session with ``code``; the window is closed once the event loop has returned."""
        self.code = code
        QtCore.QCoreApplication.exit(code)


def run_app(db: str | None, *, demo: bool = False, language: str | None = None) -> int:
    """Open the application on ``db`` (a path, a URL, None for the default); with ``demo``, on the
    demo district: without ``db`` in its own file, filled when that database is empty. A
    ``language`` asked for on the command line is spoken for the whole session, whatever the
    database's setting."""
    app = application()
    speech = Speech(app)
    speak(speech, language or remembered_language())  # the first paint: the language asked for, or last used
    hook = ExceptionHook(app)
    hook.install()
    window = MainWindow(None, RecentDatabases(QtCore.QSettings()))
    target = demo_database() if demo and db is None else db
    opening = Opening(window, speech, target, demo=demo, language=language)
    try:
        window.show()
        QtCore.QTimer.singleShot(0, opening.begin)
        code = app.exec()
        return opening.code if opening.code is not None else code
    finally:
        opening.finish()
        # closed after the loop: no "last window closed" quit left behind for a later event loop
        window.setAttribute(QtCore.Qt.WidgetAttribute.WA_QuitOnClose, False)
        window.close()  # closes its database
        hook.uninstall()
        speech.stop()
        window.deleteLater()
