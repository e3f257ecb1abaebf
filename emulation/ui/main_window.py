"""The main window: navigation on the left, one view per page, the open database below."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from emulation.i18n import say
from emulation.services.permissions import ROLE_CODES
from emulation.services.workspace import Workspace
from emulation.ui.about import show_about
from emulation.ui.connect_dialog import ConnectDialog
from emulation.ui.context import ViewContext
from emulation.ui.pages import Page, pages
from emulation.ui.qt import Qt, QtGui, QtWidgets, Slot
from emulation.ui.recent_databases import RecentDatabases
from emulation.ui.sign_in_dialog import signed_in

Opener = Callable[[str], Workspace]
SQLITE_FILTER = "SQLite (*.sqlite *.sqlite3 *.db);;*"
NAV_STYLE = """
QListWidget { font-size: 11pt; padding-top: 4px; }
QListWidget::item { padding: 7px 8px; }
"""


def database_label(ws: Workspace) -> str:
    url = ws.db.display_url
    return url.removeprefix("sqlite:///") if url.startswith("sqlite:///") else url


class MainWindow(QtWidgets.QMainWindow):
    def __init__(
        self,
        ctx: ViewContext,
        recent: RecentDatabases,
        *,
        opener: Opener = Workspace.open,
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._recent = recent
        self._opener = opener
        self._pages: list[Page] = pages()
        self._views: list[QtWidgets.QWidget | None] = []
        self._stale: set[int] = set()
        self.setWindowTitle(self.tr("Chấm điểm thi đua"))
        self.nav = QtWidgets.QListWidget()
        self.nav.setStyleSheet(NAV_STYLE)
        self.stack = QtWidgets.QStackedWidget()
        for page in self._pages:
            self.nav.addItem(page.title)
        self.nav.setFixedWidth(_nav_width([page.title for page in self._pages]))
        splitter = QtWidgets.QWidget()
        layout = QtWidgets.QHBoxLayout(splitter)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(splitter)
        self._db_label = QtWidgets.QLabel()
        self._user_label = QtWidgets.QLabel()
        self.statusBar().addPermanentWidget(self._db_label, 1)
        self.statusBar().addPermanentWidget(self._user_label)
        self._recent_menu = QtWidgets.QMenu(self.tr("Mở gần đây"), self)
        self._build_menus()
        self._build_views()
        self.nav.currentRowChanged.connect(self._page_chosen)
        self.resize(1280, 720)
        self.nav.setCurrentRow(0)

    # --- pages ------------------------------------------------------------------------------

    def _build_views(self) -> None:
        """Make room for every page; a page's view is built the first time it is needed."""
        self._stop_work()
        while (widget := self.stack.widget(0)) is not None:
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self._views = [None] * len(self._pages)
        for _ in self._pages:
            self.stack.addWidget(QtWidgets.QWidget())  # a placeholder until the page is first shown
        self._stale = set(range(len(self._pages)))
        self._show_status()

    def _built(self, index: int) -> QtWidgets.QWidget:
        view = self._views[index]
        if view is not None:
            return view
        view = self._pages[index].build(self.ctx, self.stack)
        self._views[index] = view
        changed = getattr(view, "changed", None)
        if changed is not None:
            changed.connect(lambda *_, i=index: self._mark_stale(i))
        navigate = getattr(view, "navigate", None)
        if navigate is not None:
            navigate.connect(self.show_page)
        award_rules = getattr(view, "award_rules_wanted", None)
        if award_rules is not None:
            award_rules.connect(self.show_award_rules)
        placeholder = self.stack.widget(index)
        current = self.stack.currentIndex()
        self.stack.insertWidget(index, view)
        if placeholder is not None:
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
        self.stack.setCurrentIndex(current)
        return view

    def view(self, key: str) -> QtWidgets.QWidget:
        return self._built(self._index(key))

    def current_key(self) -> str:
        return self._pages[self.stack.currentIndex()].key

    @Slot(str)
    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow(self._index(key))

    @Slot(str)
    def show_award_rules(self, criteria: str) -> None:
        """The criteria page, opened at the award rules of ``criteria``."""
        self.show_page("criteria")
        opener = getattr(self.view("criteria"), "open_award_rules", None)
        if callable(opener):
            opener(criteria)

    def _index(self, key: str) -> int:
        return next(i for i, p in enumerate(self._pages) if p.key == key)

    @Slot(int)
    def _page_chosen(self, row: int) -> None:
        if row < 0:
            return
        view = self._built(row)
        self.stack.setCurrentIndex(row)
        if row in self._stale:
            self._stale.discard(row)
            refresh = getattr(view, "refresh", None)
            if refresh is not None:
                refresh()

    def _mark_stale(self, source: int) -> None:
        self._stale.update(i for i in range(len(self._views)) if i != source)

    @Slot()
    def refresh_current(self) -> None:
        self._stale.add(self.stack.currentIndex())
        self._page_chosen(self.stack.currentIndex())

    # --- databases ----------------------------------------------------------------------------

    def open_import(self) -> QtWidgets.QDialog:
        """The import assistant: preview a workbook, see its faults, then import it."""
        from emulation.ui.import_assistant import open_import_assistant

        return open_import_assistant(self.ctx, self, on_imported=lambda _summary: self._imported())

    def open_verify(self) -> QtWidgets.QDialog:
        """Check whether a certificate (its code, or a PDF) is genuine."""
        from emulation.ui.verify_dialog import VerifyDialog  # verifying brings in the PDF libraries

        dialog = VerifyDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _imported(self) -> None:
        self._mark_stale(-1)
        self.refresh_current()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Tệp"))
        open_action = file_menu.addAction(self.tr("Mở tệp dữ liệu…"), self.choose_file)
        open_action.setShortcut(QtGui.QKeySequence.StandardKey.Open)
        file_menu.addAction(self.tr("Tạo tệp dữ liệu mới…"), self.choose_new_file)
        file_menu.addAction(self.tr("Kết nối PostgreSQL…"), self.ask_url)
        file_menu.addMenu(self._recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.tr("Nhập từ tệp Excel…"), self.open_import)
        file_menu.addAction(self.tr("Kiểm tra giấy khen…"), self.open_verify)
        file_menu.addSeparator()
        refresh = file_menu.addAction(self.tr("Làm mới"), self.refresh_current)
        refresh.setShortcut(QtGui.QKeySequence.StandardKey.Refresh)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("Thoát"), self.close)
        quit_action.setShortcut(QtGui.QKeySequence("Ctrl+Q"))
        help_menu = self.menuBar().addMenu(self.tr("&Trợ giúp"))
        help_menu.addAction(self.tr("Giới thiệu"), lambda: show_about(self))
        toolbar = self.addToolBar(self.tr("Thanh công cụ"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(open_action)
        toolbar.addAction(refresh)
        self._fill_recent()

    def _fill_recent(self) -> None:
        self._recent_menu.clear()
        for target in self._recent.items():
            action = self._recent_menu.addAction(target)
            action.triggered.connect(partial(self.open_database, target))
        self._recent_menu.setEnabled(bool(self._recent.items()))

    @Slot()
    def choose_file(self) -> None:
        path = self.ctx.files.open_file(self, self.tr("Mở tệp dữ liệu"), SQLITE_FILTER)
        if path is not None:
            self.open_database(str(path))

    @Slot()
    def choose_new_file(self) -> None:
        path = self.ctx.files.save_file(self, self.tr("Tạo tệp dữ liệu mới"), SQLITE_FILTER, "thi-dua.sqlite")
        if path is not None:
            self.open_database(str(path))

    @Slot()
    def ask_url(self) -> None:
        dialog = ConnectDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(self.open_database)
        dialog.open()

    @Slot(str)
    def open_database(self, target: str) -> None:
        """Open (and migrate) another database off the GUI thread, then show it."""
        op = self.ctx.operation(self, lambda _progress: self._opener(target))
        op.with_progress(self.tr("Đang mở cơ sở dữ liệu…"))
        op.success(lambda ws: self._switch(ws, target)).run_in_background()

    def _switch(self, ws: Workspace, target: str) -> None:
        if not signed_in(ws, target, self):
            ws.close()
            return
        old = self.ctx.workspace
        self.ctx = self.ctx.with_workspace(ws)
        current = max(self.stack.currentIndex(), 0)
        self._build_views()
        old.close()
        self._recent.add(target)
        self._fill_recent()
        self._page_chosen(current)

    def _show_status(self) -> None:
        ws = self.ctx.workspace
        self._db_label.setText(self.tr("Cơ sở dữ liệu: {db}").format(db=database_label(ws)))
        role = say(ROLE_CODES[ws.role]) if ws.accounts and ws.role else ""
        user = f"{ws.user} — {role}" if role else ws.user
        self._user_label.setText(self.tr("Người dùng: {user}").format(user=user))

    def _stop_work(self) -> None:
        """Let running work end before its views or its database go: views that run threads of
        their own may offer ``shutdown()``; the operations' runner may offer ``wait()``."""
        for view in self._views:
            shutdown = getattr(view, "shutdown", None) if view is not None else None
            if callable(shutdown):
                shutdown()
        wait = getattr(self.ctx.runner, "wait", None)
        if callable(wait):
            wait()

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:
        self._stop_work()
        self.ctx.workspace.close()
        super().closeEvent(event)


def _nav_width(titles: list[str]) -> int:
    """As wide as the longest page name in the navigation's 11-point font, with its padding."""
    font = QtGui.QFont(QtWidgets.QApplication.font())
    font.setPointSize(11)
    metrics = QtGui.QFontMetrics(font)
    return max(metrics.horizontalAdvance(title) for title in titles) + 48
