"""A whole month in the application, from an empty database, as a committee secretary does it:
the committee's criteria table (no unit kind, no award rules), the district's units, one month
for the villages, scores for eight of them, awards by hand, certificates and the award list —
without a second period and without typing a score twice.

Each step is grabbed as a picture; set EMULATION_SCREENSHOTS to a folder to keep them
(docs/screenshots/month/ holds the ones looked at)."""

from __future__ import annotations

import os
from pathlib import Path

from pytestqt.qtbot import QtBot

from emulation.services.periods import list_periods
from emulation.services.results import awards
from emulation.ui.award_hand_dialog import AwardByHandDialog
from emulation.ui.awards_view import AwardsView
from emulation.ui.context import ViewContext
from emulation.ui.file_dialogs import AnsweringFileDialogs
from emulation.ui.import_assistant import ImportAssistant
from emulation.ui.main_window import MainWindow
from emulation.ui.new_key_dialog import NewKeyDialog
from emulation.ui.overview_view import OverviewView
from emulation.ui.period_corrections import PeriodUnitsDialog, RenameDialog
from emulation.ui.period_dialog import PeriodDialog
from emulation.ui.periods_view import PeriodsView
from emulation.ui.print_needs_dialog import PrintNeedsDialog
from emulation.ui.qt import Qt, QtCore, QtWidgets
from emulation.ui.ranking_view import RankingView
from emulation.ui.recent_databases import RecentDatabases
from emulation.ui.scoring.view import ScoringView
from tests.data import SAMPLES
from tests.reports.pdfs import joined, page_texts_pypdf
from tests.ui.scoring.keys import press

PERIOD = "Tháng 10/2026"
RENAMED = "Tháng 10/2026 – Thôn, bản, tổ dân phố"
CRITERIA = "TIÊU CHÍ CHẤM ĐIỂM THÔN, BẢN, TỔ DÂN PHỐ"
VILLAGES = ["VY-TK", "VY-NM", "VY-KP", "VY-BB", "ND-BH", "ND-ĐL", "ND-DT", "ND-NK"]
#: the points of the 13 base leaves (I.1 … III.3) typed for each village; I.3 one point less each time
BASE = [5, 5, 10, 10, 5, 5, 5, 5, 10, 10, 10, 10, 10]


class Pictures:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.count = 0

    def take(self, widget: QtWidgets.QWidget, name: str) -> Path:
        QtWidgets.QApplication.processEvents()
        self.count += 1
        path = self.folder / f"{self.count:02d}-{name}.png"
        assert widget.grab().save(str(path))
        return path


def import_file(window: MainWindow, path: Path, pictures: Pictures, name: str) -> None:
    dialog = window.open_import()
    assert isinstance(dialog, ImportAssistant)
    dialog.set_path(path)
    dialog.preview_button.click()
    pictures.take(dialog, name)
    assert dialog.import_button.isEnabled(), dialog.status.text()
    dialog.import_button.click()
    dialog.close()


def test_a_whole_month_from_an_empty_database(
    qtbot: QtBot, empty_ctx: ViewContext, files: AnsweringFileDialogs, tmp_path: Path
) -> None:
    pictures = Pictures(Path(os.environ.get("EMULATION_SCREENSHOTS") or tmp_path / "shots"))
    settings = QtCore.QSettings(str(tmp_path / "settings.ini"), QtCore.QSettings.Format.IniFormat)
    window = MainWindow(empty_ctx, RecentDatabases(settings))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    ws = empty_ctx.workspace
    overview = window.view("overview")
    assert isinstance(overview, OverviewView)
    assert overview.steps.next_button.text() == "Tiếp theo: nhập hoặc chọn bộ tiêu chí"
    pictures.take(window, "tong-quan-trong")

    # 1. the committee's criteria table and the district's units, through the import assistant
    import_file(window, SAMPLES / "tieu-chi-thon-10-phut.xlsx", pictures, "nhap-tieu-chi")
    import_file(window, SAMPLES / "don-vi-bao-yen.xlsx", pictures, "nhap-don-vi")

    # 2. the month: the dialog says it would take all 19 units of six kinds and asks which
    window.show_page("periods")
    periods = window.view("periods")
    assert isinstance(periods, PeriodsView)
    periods.create_button.click()
    dialog = periods.dialog
    assert isinstance(dialog, PeriodDialog)
    dialog.name.setText(PERIOD)
    dialog.choose_criteria(CRITERIA)
    assert dialog.takes.text().startswith("19 đơn vị")
    assert dialog.no_awards.isVisible()
    pictures.take(dialog, "tao-ky-hoi-loai-don-vi")
    dialog.unit_kind.setCurrentText("thôn")
    assert dialog.takes.text() == "11 đơn vị: 11 thôn"
    pictures.take(dialog, "tao-ky-11-thon")
    dialog.ok_button.click()
    assert [p.units for p in list_periods(ws)] == [11]

    # 3. scores for eight villages, pasted row by row from a spreadsheet
    periods.table.doubleClicked.emit(periods.model.index_of(PERIOD))
    scoring = window.view("scoring")
    assert isinstance(scoring, ScoringView) and window.current_key() == "scoring"
    assert scoring.selector.period() == PERIOD
    qtbot.waitUntil(lambda: scoring.index_of(VILLAGES[0], "I.1").isValid())  # the sheet loads off the GUI thread
    for i, village in enumerate(VILLAGES):
        row = [str(points - (i if j == 2 else 0)) for j, points in enumerate(BASE)]
        scoring.go_to(village, "I.1")
        QtWidgets.QApplication.clipboard().setText("\t".join(row))
        press(qtbot, scoring, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda v=village, r=row: scoring.index_of(v, "III.3").data() == r[-1])
    pictures.take(window, "cham-diem")

    # 4. the ranking: eight ranked, three "chưa chấm" without rank
    window.show_page("ranking")
    ranking = window.view("ranking")
    assert isinstance(ranking, RankingView) and ranking.picker.current_name() == PERIOD
    ranks = [ranking.model.index(r, 0).data() for r in range(ranking.model.rowCount())]
    assert ranks.count("chưa chấm") == 3 and len(ranks) == 11
    pictures.take(window, "xep-hang")

    # 5. the name was a first guess and the town's groups do not belong: corrected, nothing re-typed
    window.show_page("periods")
    periods.refresh(select=PERIOD)
    periods.rename_action.trigger()
    rename = periods.corrections.dialog
    assert isinstance(rename, RenameDialog)
    rename.name.setText(RENAMED)
    rename.ok_button.click()
    assert [p.name for p in list_periods(ws)] == [RENAMED]
    periods.units_action.trigger()  # the town's residential groups are scored elsewhere: out of this period
    chosen_units = periods.corrections.dialog
    assert isinstance(chosen_units, PeriodUnitsDialog)
    for group in ("PR-1", "PR-2", "PR-3"):
        chosen_units.units.set_checked(group, False)
    pictures.take(chosen_units, "sua-ky-bot-don-vi")
    chosen_units.ok_button.click()
    assert [(p.name, p.units) for p in list_periods(ws)] == [(RENAMED, 8)]

    # 6. awards by hand: the set has no award rules, the page says so
    window.show_page("awards")
    page = window.view("awards")
    assert isinstance(page, AwardsView) and page.picker.current_name() == RENAMED
    assert page.no_rules.isVisible()
    page.include_button.click()
    chosen = page.dialog
    assert isinstance(chosen, AwardByHandDialog)
    for village in VILLAGES[:3]:
        chosen.units.set_checked(village, True)
    chosen.reason.setPlainText("Dẫn đầu phong trào tháng 10")
    pictures.take(chosen, "khen-thuong-thu-cong")
    chosen.ok_button.click()
    assert {a.awarded.row.unit.code for a in page.model.rows} == set(VILLAGES[:3])

    # 7. printing asks first for what the documents need, then prints
    panel = page.print_panel
    files.answers.append(tmp_path / "danh-sach.pdf")
    panel.buttons["award_list"].click()
    needs = panel.dialog
    assert isinstance(needs, PrintNeedsDialog)
    needs.fields["place"].setText("Bảo Yên")
    needs.fields["signer_name"].setText("Nguyễn Văn Bình")
    needs.number.setText("05")
    pictures.take(needs, "in-hoi-truoc")
    needs.ok_button.click()
    assert (tmp_path / "danh-sach.pdf").exists()
    files.answers.append(tmp_path / "giay-khen.pdf")
    panel.buttons["certificates"].click()
    made = panel.key_dialog  # the database has no signing key yet: printing offers to make one
    assert isinstance(made, NewKeyDialog) and made.isVisible()
    made.file.setText(str(tmp_path / "khoa-ky.pem"))
    made.passphrase.setText("mật khẩu hội đồng")
    made.again.setText("mật khẩu hội đồng")
    pictures.take(made, "tao-khoa-ky")
    ok = made.findChild(QtWidgets.QDialogButtonBox).button(QtWidgets.QDialogButtonBox.StandardButton.Ok)
    ok.click()
    assert (tmp_path / "khoa-ky.pem").exists()
    assert (tmp_path / "giay-khen.pdf").exists()
    text = joined(page_texts_pypdf(tmp_path / "giay-khen.pdf"))
    assert RENAMED in text and "Bảo Yên" in text and "05/QĐ-UBND" in text
    assert [line.serial for line in awards(ws, RENAMED)[1]] == [1, 2, 3]
    if panel.preview is not None:
        panel.preview.close()
    pictures.take(window, "khen-thuong-da-in")

    # 8. one period all along, and the overview says the month is done
    assert [p.name for p in list_periods(ws)] == [RENAMED]
    window.show_page("overview")
    overview.refresh()
    assert not overview.steps.next_button.isEnabled()
    pictures.take(window, "tong-quan-xong")
