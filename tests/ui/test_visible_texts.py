"""A walk over every page, dialog and menu: no English in the Vietnamese interface, no Vietnamese
left in the English one (the rule is in tests/ui/visible_texts.py; data keeps its own words)."""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from emulation.i18n import set_language
from emulation.scoring.problems import ProblemsError, problem
from emulation.services.workspace import Workspace
from emulation.ui.about import show_about
from emulation.ui.awards_view import AwardsView
from emulation.ui.context import ViewContext
from emulation.ui.criteria.view import CriteriaView, name_dialog
from emulation.ui.errors import show_problems, show_unexpected
from emulation.ui.file_dialogs import AnsweringFileDialogs
from emulation.ui.import_assistant import ImportAssistant
from emulation.ui.main_window import MainWindow
from emulation.ui.periods_view import PeriodsView
from emulation.ui.qt import QtCore, QtWidgets
from emulation.ui.ranking_view import RankingView
from emulation.ui.scoring.view import ScoringView
from emulation.ui.translations import install_qt_translator, install_translator
from emulation.ui.verify_dialog import VerifyDialog
from tests.ui.conftest import USER
from tests.ui.test_main_window import make_window
from tests.ui.test_translations import TS, tool
from tests.ui.visible_texts import (
    ROOT,
    TRANSLATIONS,
    Seen,
    data_strings,
    stray_in_english,
    stray_in_vietnamese,
    visible_texts,
)

Check = Callable[[str, list[str]], list[str]]
PAGES = ["overview", "criteria", "units", "periods", "scoring", "ranking", "awards", "audit", "settings"]


def compiled(ts: Path, tmp_path: Path) -> str:
    qm = tmp_path / (ts.stem + ".qm")
    subprocess.run([tool("lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    return str(qm)


@pytest.fixture(params=["vi", "en"])
def language(
    request: pytest.FixtureRequest, qapp: QtWidgets.QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[str]:
    """The interface in one language, as the application installs it at start."""
    lang = str(request.param)
    monkeypatch.setattr("emulation.ui.translations.translation_file", lambda _lang: compiled(TS, tmp_path))
    qt_vi = compiled(TRANSLATIONS / "qt_vi.ts", tmp_path)
    monkeypatch.setattr("emulation.ui.translations.qt_translation_file", lambda _lang: qt_vi)
    installed = [t for t in (install_qt_translator(qapp, lang), install_translator(qapp, lang)) if t is not None]
    assert len(installed) == 1
    set_language(lang)
    yield lang
    set_language("vi")
    for translator in installed:
        QtCore.QCoreApplication.removeTranslator(translator)


class Walk:
    """Gathers the stray texts of every window it is shown, with where they were seen."""

    def __init__(self, lang: str, data: list[str]) -> None:
        self.check: Check = stray_in_vietnamese if lang == "vi" else stray_in_english
        self.data = data
        self.found: dict[str, set[str]] = {}
        self.seen = 0

    def look(self, place: str, widget: QtWidgets.QWidget) -> None:
        QtWidgets.QApplication.processEvents()
        for seen in visible_texts(widget):
            self._judge(place, seen)

    def _judge(self, place: str, seen: Seen) -> None:
        self.seen += 1
        stray = self.check(seen.text, self.data)
        if stray:
            key = f"{place} › {seen.where}: {seen.text[:90]!r}"
            self.found.setdefault(key, set()).update(stray)

    def report(self) -> str:
        return "\n".join(f"{k}  [{', '.join(sorted(v))}]" for k, v in sorted(self.found.items()))


def open_windows(window: QtWidgets.QWidget) -> list[QtWidgets.QWidget]:
    return [w for w in QtWidgets.QApplication.topLevelWidgets() if w.isVisible() and w is not window]


def look_and_close(walk: Walk, place: str, window: QtWidgets.QWidget) -> None:
    for dialog in open_windows(window):
        walk.look(f"{place} › {type(dialog).__name__}", dialog)
        dialog.close()
    for box in window.findChildren(QtWidgets.QMessageBox):
        if box.isVisible():
            walk.look(f"{place} › message", box)
            box.close()
    QtWidgets.QApplication.processEvents()


def walk_pages(walk: Walk, window: MainWindow, qtbot: QtBot) -> None:
    for key in PAGES:
        window.show_page(key)
        if key == "scoring":
            scoring = window.view(key)
            assert isinstance(scoring, ScoringView)
            qtbot.waitUntil(lambda v=scoring: v.model() is not None and v.model().live is not None, timeout=20_000)
        walk.look(key, window)
    ranking = window.view("ranking")
    assert isinstance(ranking, RankingView)
    window.show_page("ranking")
    ranking.table.setCurrentIndex(ranking.model.index(0, 0))
    walk.look("ranking › explanation", window)


def walk_criteria(walk: Walk, window: MainWindow, *, faults: bool = True) -> None:
    """Every criteria set (stored and built in), a criterion's form, and a new blank set with
    its faults."""
    view = window.view("criteria")
    assert isinstance(view, CriteriaView)
    window.show_page("criteria")
    for row in range(view.sets.count()):
        view.sets.setCurrentRow(row)
        tree = view.tree.tree
        group = tree.model().index(0, 0)
        tree.setCurrentIndex(tree.model().index(0, 0, group) if tree.model().rowCount(group) else group)
        walk.look(f"criteria › set {row + 1}", window)
    if not faults:
        return
    view.new_set()
    walk.look("criteria › new set", window)
    view.save()
    walk.look("criteria › new set refused", window)


def walk_states(walk: Walk, window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    """A locked period where it shows (periods, scoring), the projector, an empty database."""
    periods = window.view("periods")
    assert isinstance(periods, PeriodsView)
    window.show_page("periods")
    periods.table.setCurrentIndex(periods.model.index(periods.model.rowCount() - 1, 0))
    periods.set_locked(True)
    walk.look("periods › locked", window)
    ranking = window.view("ranking")
    assert isinstance(ranking, RankingView)
    window.show_page("ranking")
    ranking.open_projector()
    assert ranking.projector is not None
    walk.look("ranking › projector", ranking.projector)
    ranking.projector.close()
    empty = Workspace.open(str(tmp_path / "empty.sqlite"), user=USER)
    try:
        window.open_database(str(tmp_path / "empty.sqlite"))
        for key in PAGES:
            window.show_page(key)
            walk.look(f"empty › {key}", window)
    finally:
        empty.close()


def walk_printing(walk: Walk, window: MainWindow, files: AnsweringFileDialogs, tmp_path: Path) -> None:
    """Record a decision, print the certificates (their preview opens), then check one is genuine."""
    awards = window.view("awards")
    assert isinstance(awards, AwardsView)
    window.show_page("awards")
    panel = awards.print_panel
    panel.number.setText("05")
    panel.save_decision()
    certificates = tmp_path / "giay-khen.pdf"
    files.answers.append(certificates)
    panel.buttons["certificates"].click()
    assert certificates.exists()
    walk.look("awards › printed", window)
    look_and_close(walk, "awards › print", window)
    dialog = window.open_verify()
    assert isinstance(dialog, VerifyDialog)
    files.answers.append(certificates)
    dialog.pdf_button.click()
    look_and_close(walk, "verify a certificate", window)
    files.answers.append(ROOT / "examples" / "don-vi-bao-yen.xlsx")
    assistant = window.open_import()
    assert isinstance(assistant, ImportAssistant)
    assistant.choose_file()
    walk.look("import › preview", assistant)
    look_and_close(walk, "import", window)


def duplicate_asked(window: MainWindow) -> None:
    """The criteria page asks for the copy's name (its dialog opened without blocking here)."""
    view = window.view("criteria")
    assert isinstance(view, CriteriaView)
    window.show_page("criteria")
    view.sets.setCurrentRow(0)
    asked: list[QtWidgets.QInputDialog] = []

    def ask(parent: QtWidgets.QWidget, title: str, suggested: str) -> None:
        asked.append(name_dialog(parent, title, suggested))
        asked[-1].open()

    view._ask = ask
    view.duplicate()
    assert asked, "the criteria page did not ask for a name"


def qt_file_dialog(window: MainWindow, folder: Path) -> None:
    """The file dialog Qt draws itself where the platform has none (offscreen, a bare X session)."""
    dialog = QtWidgets.QFileDialog(window, window.tr("Mở tệp dữ liệu…"), str(folder), "*.sqlite")
    dialog.setOption(QtWidgets.QFileDialog.Option.DontUseNativeDialog)
    dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


def qt_question(window: MainWindow) -> None:
    """A message box with Qt's standard buttons, should any code ever use them."""
    box = QtWidgets.QMessageBox(window)
    box.setStandardButtons(
        QtWidgets.QMessageBox.StandardButton.Yes | QtWidgets.QMessageBox.StandardButton.No
        | QtWidgets.QMessageBox.StandardButton.Cancel | QtWidgets.QMessageBox.StandardButton.Ok
    )
    box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def walk_dialogs(walk: Walk, window: MainWindow, tmp_path: Path) -> None:
    openers: dict[str, Callable[[], object]] = {
        "connect": window.ask_url,
        "verify": window.open_verify,
        "import": window.open_import,
        "about": lambda: show_about(window),
        "new name": lambda: duplicate_asked(window),
        "problems": lambda: show_problems(window, ProblemsError([problem("diem.xlsx › VY-TK › C5", "gui_no_display")])),
        "unexpected": lambda: show_unexpected(window, RuntimeError("x")),
        "qt's own file dialog": lambda: qt_file_dialog(window, tmp_path),
        "qt's own buttons": lambda: qt_question(window),
    }
    views = {key: window.view(key) for key in PAGES}
    for key, method in (
        ("periods", "create_period"), ("periods", "create_summary"), ("units", "add"), ("units", "edit_selected"),
        ("units", "move_selected"), ("awards", "include"), ("awards", "exclude_selected"),
    ):
        window.show_page(key)
        openers[f"{key} {method}"] = getattr(views[key], method)
    for place, open_it in openers.items():
        open_it()
        look_and_close(walk, place, window)


def test_every_page_dialog_and_menu_speaks_one_language(
    language: str, qtbot: QtBot, ctx: ViewContext, files: AnsweringFileDialogs, demo_file: Path, tmp_path: Path
) -> None:
    window = make_window(qtbot, ctx, tmp_path)
    walk = Walk(language, data_strings(demo_file, extra=[USER, str(tmp_path)]))
    walk_pages(walk, window, qtbot)
    walk_dialogs(walk, window, tmp_path)
    walk_printing(walk, window, files, tmp_path)
    # the criteria editor's faults: test_the_criteria_editor_faults_follow_the_language
    walk_criteria(walk, window, faults=language == "vi")
    walk_states(walk, window, qtbot, tmp_path)
    assert walk.seen > 500
    assert not walk.found, f"stray texts in the {language} interface:\n{walk.report()}"


def test_the_criteria_editor_faults_follow_the_language(
    qapp: QtWidgets.QApplication, qtbot: QtBot, ctx: ViewContext, demo_file: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("emulation.ui.translations.translation_file", lambda _lang: compiled(TS, tmp_path))
    translator = install_translator(qapp, "en")
    set_language("en")
    try:
        window = make_window(qtbot, ctx, tmp_path)
        walk = Walk("en", data_strings(demo_file, extra=[USER, str(tmp_path)]))
        walk_criteria(walk, window)
        assert not walk.found, walk.report()
    finally:
        set_language("vi")
        if translator is not None:
            QtCore.QCoreApplication.removeTranslator(translator)
