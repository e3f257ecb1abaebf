"""The main window: navigation on the left, one view per page, the open database below."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from emulation.i18n import say
from emulation.ui.pages import Page, pages
from emulation.ui.qt import Qt, QtGui, QtWidgets, Slot
from emulation.ui.recent_databases import RecentDatabases

if TYPE_CHECKING:  # the database layer is loaded once a database is opened, after the window shows
    from emulation.services.workspace import Workspace
    from emulation.ui.context import ViewContext

Opener = Callable[[str], "Workspace"]
SQLITE_FILTER = "SQLite (*.sqlite *.sqlite3 *.db);;*"
NAV_STYLE = """
QListWidget { font-size: 11pt; padding-top: 4px; }
QListWidget::item { padding: 7px 8px; }
"""


def database_label(ws: Workspace) -> str:
    url = ws.db.display_url
    return url.removeprefix("sqlite:///") if url.startswith("sqlite:///") else url


def open_workspace(target: str) -> Workspace:
    from emulation.services.workspace import Workspace

    return Workspace.open(target)


class MainWindow(QtWidgets.QMainWindow):
    """The application's window. Built without a database (``ctx`` None) it shows its navigation
    and a page saying that the database is being opened, until :meth:`open_with` gives it one."""

    def __init__(
        self,
        ctx: ViewContext | None,
        recent: RecentDatabases,
        *,
        opener: Opener = open_workspace,
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._recent = recent
        self._opener = opener
        self._database_actions: list[QtGui.QAction] = []
        self._menus: list[QtWidgets.QMenu] = []
        self._toolbar: QtWidgets.QToolBar | None = None
        self._opening: QtWidgets.QLabel | None = None
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
        if ctx is None:
            self._show_opening()
        else:
            self._build_views()
        self.nav.currentRowChanged.connect(self._page_chosen)
        self.resize(1280, 720)
        self.nav.setCurrentRow(0)

    @property
    def ctx(self) -> ViewContext:
        """The open database and its collaborators; there is none while the first one is being opened."""
        if self._ctx is None:
            raise RuntimeError("no database is open yet")
        return self._ctx

    @ctx.setter
    def ctx(self, ctx: ViewContext) -> None:
        self._ctx = ctx

    def is_open(self) -> bool:
        """Whether a database is open (its pages can be shown)."""
        return self._ctx is not None

    # --- the first database -----------------------------------------------------------------

    def _show_opening(self) -> None:
        """The page shown while the database is being opened: the navigation is there, the pages are not yet."""
        self._opening = QtWidgets.QLabel(self.tr("Đang mở cơ sở dữ liệu…"))
        self._opening.setObjectName("opening_page")
        self._opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self._opening.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self._opening.setFont(font)
        self.stack.addWidget(self._opening)
        self.stack.setCurrentWidget(self._opening)
        for action in self._database_actions:
            action.setEnabled(False)
        self._recent_menu.setEnabled(False)

    def opening_text(self) -> str | None:
        """What the opening page says, or None once a database is open."""
        return self._opening.text() if self._opening is not None else None

    def open_with(self, ctx: ViewContext, target: str) -> None:
        """Show the pages of ``ctx``'s database (``target``, added to the recent ones), at the page
        chosen in the navigation."""
        self._ctx = ctx
        self._opening = None  # removed with the placeholders
        self._build_views()
        for action in self._database_actions:
            action.setEnabled(True)
        self._recent.add(target)
        self._fill_recent()
        self._page_chosen(max(self.nav.currentRow(), 0))

    def retranslate(self) -> None:
        """Say everything the window shows again, in the language just installed."""
        self.setWindowTitle(self.tr("Chấm điểm thi đua"))
        self._pages = pages()
        titles = [page.title for page in self._pages]
        for row, title in enumerate(titles):
            item = self.nav.item(row)
            if item is not None:
                item.setText(title)
        self.nav.setFixedWidth(_nav_width(titles))
        self._recent_menu.setTitle(self.tr("Mở gần đây"))
        self._build_menus()
        if self._opening is not None:
            self._opening.setText(self.tr("Đang mở cơ sở dữ liệu…"))
            for action in self._database_actions:
                action.setEnabled(False)
        else:
            self._show_status()

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
        if row < 0 or self._ctx is None:
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
        self._clear_menus()
        file_menu = self.menuBar().addMenu(self.tr("&Tệp"))
        open_action = file_menu.addAction(self.tr("Mở tệp dữ liệu…"), self.choose_file)
        open_action.setShortcut(QtGui.QKeySequence.StandardKey.Open)
        new_action = file_menu.addAction(self.tr("Tạo tệp dữ liệu mới…"), self.choose_new_file)
        connect_action = file_menu.addAction(self.tr("Kết nối PostgreSQL…"), self.ask_url)
        file_menu.addMenu(self._recent_menu)
        file_menu.addSeparator()
        import_action = file_menu.addAction(self.tr("Nhập từ tệp Excel…"), self.open_import)
        verify_action = file_menu.addAction(self.tr("Kiểm tra giấy khen…"), self.open_verify)
        file_menu.addSeparator()
        refresh = file_menu.addAction(self.tr("Làm mới"), self.refresh_current)
        refresh.setShortcut(QtGui.QKeySequence.StandardKey.Refresh)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("Thoát"), self.close)
        quit_action.setShortcut(QtGui.QKeySequence("Ctrl+Q"))
        help_menu = self.menuBar().addMenu(self.tr("&Trợ giúp"))
        help_menu.addAction(self.tr("Giới thiệu"), self._about)
        self._menus = [file_menu, help_menu]
        self._database_actions = [open_action, new_action, connect_action, import_action, verify_action, refresh]
        toolbar = self.addToolBar(self.tr("Thanh công cụ"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(open_action)
        toolbar.addAction(refresh)
        self._toolbar = toolbar
        self._fill_recent()

    def _clear_menus(self) -> None:
        self.menuBar().clear()
        for menu in self._menus:
            menu.deleteLater()
        if self._toolbar is not None:
            self.removeToolBar(self._toolbar)
            self._toolbar.deleteLater()
            self._toolbar = None

    @Slot()
    def _about(self) -> None:
        from emulation.ui.about import show_about

        show_about(self)

    def _fill_recent(self) -> None:
        self._recent_menu.clear()
        for target in self._recent.items():
            action = self._recent_menu.addAction(target)
            action.triggered.connect(partial(self.open_database, target))
        self._recent_menu.setEnabled(bool(self._recent.items()) and self._ctx is not None)

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
        from emulation.ui.connect_dialog import ConnectDialog

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
        from emulation.ui.sign_in_dialog import signed_in

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
        if self._ctx is None:
            return
        from emulation.services.permissions import ROLE_CODES

        ws = self._ctx.workspace
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
        if self._ctx is None:
            return
        wait = getattr(self._ctx.runner, "wait", None)
        if callable(wait):
            wait()

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:
        self._stop_work()
        if self._ctx is not None:
            self._ctx.workspace.close()
        super().closeEvent(event)


def _nav_width(titles: list[str]) -> int:
    """As wide as the longest page name in the navigation's 11-point font, with its padding."""
    font = QtGui.QFont(QtWidgets.QApplication.font())
    font.setPointSize(11)
    metrics = QtGui.QFontMetrics(font)
    return max(metrics.horizontalAdvance(title) for title in titles) + 48
