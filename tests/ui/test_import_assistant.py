"""The import assistant: preview, faults with their cells, and imports that write all or nothing."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from emulation.i18n import sentence
from emulation.scoring.problems import Problem
from emulation.scoring.scores import Role
from emulation.services import criteria, periods, results, scores, units
from emulation.services.import_preview import Change
from emulation.services.workspace import Workspace
from emulation.ui.file_dialogs import AnsweringFileDialogs, FileDialogs
from emulation.ui.import_assistant import ImportAssistant
from emulation.ui.import_models import ChangesModel, FaultsModel, LeavesModel, UnitLinesModel, raw_text
from emulation.ui.import_plans import ImportKind, UnitLine
from emulation.ui.qt import Qt, QtWidgets
from emulation.ui.workers import Operation, SyncRunner
from tests.data import SAMPLES
from tests.ui.conftest import close_boxes, message_boxes

CRITERIA_JSON = SAMPLES / "tieu-chi-thon-10-phut.json"
CRITERIA_TABLE = SAMPLES / "tieu-chi-thon-10-phut.xlsx"
UNITS_FILE = SAMPLES / "don-vi-bao-yen.xlsx"
PERIOD = "Tháng 10/2026"
USER = "thư ký"


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    """Criteria, the Bảo Yên units and one month period, as a committee would set them up."""
    ws = Workspace.open(str(tmp_path / "t.sqlite"), user=USER)
    info = criteria.import_criteria(ws, CRITERIA_JSON)
    units.import_units(ws, UNITS_FILE)
    periods.create_period(ws, PERIOD, criteria=info.name)
    yield ws
    ws.close()


@pytest.fixture
def template(ws: Workspace, tmp_path: Path) -> Path:
    path = tmp_path / "mau-cham-diem.xlsx"
    scores.write_template(ws, PERIOD, path)
    return path


def fill(template: Path, values: Mapping[tuple[str, str], object], name: str) -> Path:
    """A copy of the template with ``{(unit code, leaf code): value}`` typed in."""
    wb = openpyxl.load_workbook(template)
    sheet = wb.worksheets[0]
    columns = {cell.value: cell.column for cell in sheet[2] if cell.value}
    rows = {row[0].value: row[0].row for row in sheet.iter_rows(min_row=5) if row[0].value}
    for (unit, leaf), value in values.items():
        sheet.cell(rows[unit], columns[leaf], value)
    path = template.with_name(name)
    wb.save(path)
    return path


def cell_of(path: Path, unit: str, leaf: str) -> str:
    wb = openpyxl.load_workbook(path, read_only=True)
    sheet = wb.worksheets[0]
    rows = list(sheet.iter_rows(max_row=60, values_only=True))
    title = sheet.title
    wb.close()
    column = rows[1].index(leaf)
    row = next(i for i, r in enumerate(rows) if r[0] == unit)
    return f"{title} › {openpyxl.utils.get_column_letter(column + 1)}{row + 1}"


GOOD = {("PR-1", "I.1"): "x", ("PR-1", "I.2"): "4,5", ("PR-2", "I.2"): 3, ("PR-1", "II.4"): "Tốt"}


def assistant(
    qtbot: QtBot, ws: Workspace, parent: QtWidgets.QWidget | None = None, files: FileDialogs | None = None
) -> ImportAssistant:
    dialog = ImportAssistant(ws, parent, runner=SyncRunner(), files=files)
    if parent is None:
        qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def ready_for_scores(dialog: ImportAssistant, path: Path, role: Role = Role.OFFICIAL, scorer: str = "") -> None:
    dialog.set_path(path)
    dialog.options.set_kind(ImportKind.SCORES)
    dialog.options.set_period(PERIOD)
    dialog.options.set_role(role, scorer)


def leaf_points(ws: Workspace, unit: str) -> Mapping[str, Decimal]:
    row = next(r for r in results.rank(ws, PERIOD).rows if r.standing.unit.code == unit)
    return row.standing.scores


def stored_scores(ws: Workspace) -> int:
    return sum(1 for r in results.rank(ws, PERIOD).rows for v in r.standing.scores.values() if v)


# --- scores ------------------------------------------------------------------------------------


def test_preview_lists_the_changes(qtbot: QtBot, ws: Workspace, template: Path) -> None:
    dialog = assistant(qtbot, ws)
    assert not dialog.preview_button.isEnabled()
    ready_for_scores(dialog, fill(template, GOOD, "tot.xlsx"))
    assert not dialog.import_button.isEnabled()
    dialog.preview_button.click()
    model = dialog.panel.changes
    assert dialog.panel.currentWidget() is dialog.panel.changes_table
    assert model.rowCount() == 4
    first = [model.index(0, c).data() for c in range(6)]
    assert dialog.path is not None
    assert first == ["PR-1", "Tổ dân phố 1", "I.1", "", "có", cell_of(dialog.path, "PR-1", "I.1")]
    new_values = {(c.unit_code, c.leaf_code): raw_text(c.new) for c in model.rows}
    assert new_values[("PR-1", "I.2")] == "4,5"
    assert new_values[("PR-1", "II.4")] == "Tốt"
    assert model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole).startswith("Chi bộ")
    assert "4 ô" in dialog.status.text()
    assert dialog.import_button.isEnabled()
    assert stored_scores(ws) == 0  # a preview writes nothing


def test_a_value_above_max_is_shown_with_its_cell(qtbot: QtBot, ws: Workspace, template: Path) -> None:
    bad = fill(template, {**GOOD, ("PR-3", "I.2"): 7}, "qua-diem.xlsx")
    dialog = assistant(qtbot, ws)
    ready_for_scores(dialog, bad)
    dialog.preview_button.click()
    faults = dialog.panel.faults
    assert dialog.panel.currentWidget() is faults
    assert faults.model.rowCount() == 1
    problem = faults.model.rows[0]
    assert problem.where == f"qua-diem.xlsx › {cell_of(bad, 'PR-3', 'I.2')}"
    assert sentence(problem) == "7 vượt quá điểm tối đa 5"
    faults.select(0)
    assert faults.sheet.text() == "Điểm"
    assert faults.cell.text() == cell_of(bad, "PR-3", "I.2").split(" › ")[1]
    assert faults.value.text() == "“7”"
    assert faults.message.text() == sentence(problem)
    assert not dialog.import_button.isEnabled()
    assert "1 lỗi" in dialog.status.text()
    assert stored_scores(ws) == 0


def test_every_fault_is_listed_and_each_shows_its_own_cell(qtbot: QtBot, ws: Workspace, template: Path) -> None:
    bad = fill(template, {("PR-1", "I.2"): 9, ("PR-2", "II.1"): "nhiều", ("PR-3", "II.4"): "Giỏi"}, "loi.xlsx")
    dialog = assistant(qtbot, ws)
    ready_for_scores(dialog, bad)
    dialog.preview_button.click()
    faults = dialog.panel.faults
    assert faults.model.rowCount() == 3
    seen = set()
    for row in range(3):
        faults.select(row)
        seen.add(faults.value.text())
    assert seen == {"“9”", "“nhiều”", "“Giỏi”"}


def test_a_good_workbook_is_imported(qtbot: QtBot, ws: Workspace, template: Path) -> None:
    dialog = assistant(qtbot, ws)
    ready_for_scores(dialog, fill(template, GOOD, "tot.xlsx"))
    dialog.preview_button.click()
    with qtbot.waitSignal(dialog.imported) as signal:
        dialog.import_button.click()
    assert signal.args is not None and "4 ô mới" in signal.args[0]
    assert dialog.result() == QtWidgets.QDialog.DialogCode.Accepted
    assert not dialog.isVisible()
    points = leaf_points(ws, "PR-1")
    assert points["I.1"] == Decimal(5)
    assert points["I.2"] == Decimal("4.5")
    assert points["II.4"] == Decimal(10)
    assert leaf_points(ws, "PR-2")["I.2"] == Decimal(3)


def test_a_second_preview_counts_what_is_unchanged(qtbot: QtBot, ws: Workspace, template: Path) -> None:
    path = fill(template, GOOD, "tot.xlsx")
    scores.import_scores(ws, PERIOD, path, role=Role.OFFICIAL)
    changed = fill(path, {("PR-2", "I.2"): 5}, "tot-2.xlsx")
    dialog = assistant(qtbot, ws)
    ready_for_scores(dialog, changed)
    dialog.preview_button.click()
    rows = dialog.panel.changes.rows
    assert [(c.unit_code, c.leaf_code, c.old, c.new) for c in rows] == [("PR-2", "I.2", "3", "5")]
    assert "3 ô giữ nguyên" in dialog.status.text()


def test_the_latest_open_period_is_chosen_first(qtbot: QtBot, ws: Workspace) -> None:
    info = periods.period_info(ws, PERIOD)
    periods.create_period(ws, "Tháng 11/2026", criteria=info.criteria)
    periods.set_locked(ws, "Tháng 11/2026", True)
    dialog = assistant(qtbot, ws)
    assert dialog.options.period.currentData() == PERIOD
    assert dialog.options.period.findText("Tháng 11/2026 (đã khóa)") >= 0


def test_a_committee_member_must_be_named(qtbot: QtBot, ws: Workspace, template: Path) -> None:
    dialog = assistant(qtbot, ws)
    ready_for_scores(dialog, fill(template, GOOD, "tot.xlsx"), role=Role.MEMBER)
    assert not dialog.preview_button.isEnabled()
    assert "thành viên" in dialog.status.text()
    dialog.options.scorer.setCurrentText("Lò Văn Minh")
    assert dialog.preview_button.isEnabled()
    dialog.preview_button.click()
    assert {c.scorer for c in dialog.panel.changes.rows} == {"Lò Văn Minh"}


def test_the_role_is_kept(qtbot: QtBot, ws: Workspace, template: Path) -> None:
    dialog = assistant(qtbot, ws)
    ready_for_scores(dialog, fill(template, GOOD, "tot.xlsx"), role=Role.SELF)
    dialog.preview_button.click()
    assert {c.role for c in dialog.panel.changes.rows} == {Role.SELF}
    assert not dialog.options.scorer.isEnabled()


def test_changing_a_choice_withdraws_the_preview(qtbot: QtBot, ws: Workspace, template: Path) -> None:
    dialog = assistant(qtbot, ws)
    ready_for_scores(dialog, fill(template, GOOD, "tot.xlsx"))
    dialog.preview_button.click()
    assert dialog.import_button.isEnabled()
    dialog.options.set_role(Role.SELF)
    assert not dialog.import_button.isEnabled()
    assert dialog.panel.currentWidget() is dialog.panel.hint


def test_a_period_locked_meanwhile_is_a_fault_not_a_crash(qtbot: QtBot, ws: Workspace, template: Path) -> None:
    dialog = assistant(qtbot, ws)
    ready_for_scores(dialog, fill(template, GOOD, "tot.xlsx"))
    dialog.preview_button.click()
    periods.set_locked(ws, PERIOD, True)
    dialog.import_button.click()
    assert dialog.isVisible()
    assert "khóa" in dialog.status.text()
    faults = dialog.panel.faults
    assert dialog.panel.currentWidget() is faults
    assert "đã khóa" in sentence(faults.model.rows[0])
    assert faults.model.index(0, 0).data() == "Kỳ chấm điểm"
    assert "không chỉ vào một ô" in faults.value.text()
    assert not dialog.import_button.isEnabled()
    periods.set_locked(ws, PERIOD, False, "nhập lại phiếu")
    assert stored_scores(ws) == 0


def test_a_file_that_is_no_workbook_is_a_fault(qtbot: QtBot, ws: Workspace, tmp_path: Path) -> None:
    fake = tmp_path / "diem.xlsx"
    fake.write_bytes(b"%PDF-1.7 this is a scanned form")
    dialog = assistant(qtbot, ws)
    ready_for_scores(dialog, fake)
    dialog.preview_button.click()
    assert dialog.panel.faults.model.rowCount() == 1
    assert "là tài liệu PDF" in sentence(dialog.panel.faults.model.rows[0])
    assert not dialog.import_button.isEnabled()


def test_the_summary_is_shown_over_the_window_that_opened_it(qtbot: QtBot, ws: Workspace, template: Path) -> None:
    owner = QtWidgets.QWidget()
    qtbot.addWidget(owner)
    owner.show()
    dialog = assistant(qtbot, ws, owner)
    ready_for_scores(dialog, fill(template, GOOD, "tot.xlsx"))
    dialog.preview_button.click()
    dialog.import_button.click()
    boxes = message_boxes(owner)
    assert len(boxes) == 1 and boxes[0].text() == dialog.summary
    close_boxes(owner)


def test_the_file_is_chosen_with_the_file_dialog(qtbot: QtBot, ws: Workspace) -> None:
    files = AnsweringFileDialogs(UNITS_FILE)
    dialog = assistant(qtbot, ws, files=files)
    dialog.choose_button.click()
    assert dialog.path == UNITS_FILE
    assert dialog.file_edit.text() == str(UNITS_FILE)
    assert dialog.options.current_kind() is ImportKind.UNITS  # guessed from the name
    dialog.choose_button.click()  # cancelled: the file stays
    assert dialog.path == UNITS_FILE


# --- units and criteria ------------------------------------------------------------------------


def test_units_from_the_sample(qtbot: QtBot, empty_ws: Workspace) -> None:
    dialog = assistant(qtbot, empty_ws)
    dialog.set_path(UNITS_FILE)
    dialog.options.set_kind(ImportKind.UNITS)
    dialog.preview_button.click()
    lines = dialog.panel.units.rows
    assert len(lines) == 19 and all(line.is_new for line in lines)
    assert dialog.panel.units.index(0, 5).data() == "Thêm mới"
    dialog.import_button.click()
    assert "19 thêm mới" in dialog.summary
    assert len(units.list_units(empty_ws)) == 19


def test_units_already_stored_are_unchanged(qtbot: QtBot, ws: Workspace) -> None:
    dialog = assistant(qtbot, ws)
    dialog.set_path(UNITS_FILE)
    dialog.preview_button.click()
    assert dialog.panel.units.rowCount() == 19
    assert {dialog.panel.units.index(r, 5).data() for r in range(19)} == {"Giữ nguyên"}
    assert "19 đơn vị giữ nguyên" in dialog.status.text()
    assert dialog.import_button.isEnabled()


def test_criteria_table_from_the_sample(qtbot: QtBot, empty_ws: Workspace) -> None:
    dialog = assistant(qtbot, empty_ws)
    dialog.set_path(CRITERIA_TABLE)
    assert dialog.options.current_kind() is ImportKind.CRITERIA
    dialog.options.criteria_name.setText("Thôn 10 phút (bảng huyện)")
    dialog.preview_button.click()
    page = dialog.panel.criteria
    assert dialog.panel.currentWidget() is page
    assert page.leaf_count.text() == "16"
    assert page.model.rowCount() == 16
    assert page.max_total.text().startswith("100 điểm")
    assert "5 điểm thưởng" in page.max_total.text()
    assert page.grades.text() == "Xuất sắc ≥ 90 · Tốt ≥ 75 · Khá ≥ 60 · Chưa đạt ≥ 0"
    assert page.name.text() == "Thôn 10 phút (bảng huyện)"
    dialog.import_button.click()
    names = [i.name for i in criteria.list_criteria(empty_ws) if i.stored]
    assert names == ["Thôn 10 phút (bảng huyện)"]


def test_criteria_already_stored_say_so(qtbot: QtBot, ws: Workspace) -> None:
    dialog = assistant(qtbot, ws)
    dialog.set_path(CRITERIA_JSON)
    dialog.preview_button.click()
    assert "giống hệt" in dialog.panel.criteria.revision.text()


def test_a_workbook_that_holds_no_criteria_is_a_fault(qtbot: QtBot, ws: Workspace) -> None:
    dialog = assistant(qtbot, ws)
    dialog.set_path(UNITS_FILE)
    dialog.options.set_kind(ImportKind.CRITERIA)
    dialog.preview_button.click()
    faults = dialog.panel.faults
    assert faults.model.rowCount() >= 1
    assert not dialog.import_button.isEnabled()


# --- models ------------------------------------------------------------------------------------


def test_models(qtmodeltester: ModelTester) -> None:
    from emulation.excel.units_file import UnitRecord
    from emulation.scoring.criteria_doc import loads, parse_criteria

    changes = ChangesModel()
    changes.set_rows([Change("PR-1", "Tổ dân phố 1", "I.2", Role.OFFICIAL, "", "3", "4.5", "a.xlsx › Điểm › D5")])
    qtmodeltester.check(changes)
    assert changes.index(0, 3).data() == "3" and changes.index(0, 4).data() == "4,5"
    assert changes.index(0, 5).data() == "Điểm › D5"
    faults = FaultsModel()
    faults.set_rows([Problem("a.xlsx › Điểm › D7", "7 is above the max 5"), Problem("period", "locked")])
    qtmodeltester.check(faults)
    cs, _ = parse_criteria(loads(CRITERIA_JSON.read_text(encoding="utf-8")))
    assert cs is not None
    leaves = LeavesModel()
    leaves.set_rows(cs.leaves)
    qtmodeltester.check(leaves)
    lines = UnitLinesModel()
    lines.set_rows([UnitLine(UnitRecord("A", "Thôn A")), UnitLine(UnitRecord("B", "B"), False, ("name", "cluster"))])
    qtmodeltester.check(lines)
    assert lines.index(1, 5).data() == "Sửa: tên, cụm"


def test_units_changed_and_faulty_in_a_csv_file(qtbot: QtBot, ws: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "don-vi.csv"
    path.write_text("Mã,Tên,Loại,Thuộc\nVY,Xã Vĩnh Yên mới,xã,\nVY-X,Thôn Mới,thôn,VY\n", encoding="utf-8")
    dialog = assistant(qtbot, ws)
    dialog.set_path(path)
    assert dialog.options.current_kind() is ImportKind.UNITS
    dialog.preview_button.click()
    changes = {line.record.code: line for line in dialog.panel.units.rows}
    assert changes["VY"].fields == ("name", "cluster")  # no Cụm column: the cluster would be cleared
    assert changes["VY-X"].is_new
    path.write_text("Mã,Tên,Loại,Thuộc\nVY-X,Thôn Mới,thôn,KHONG-CO\n", encoding="utf-8")
    dialog.preview_button.click()
    faults = dialog.panel.faults
    assert faults.model.rowCount() == 1
    assert "KHONG-CO" in faults.message.text()
    assert "CSV" in faults.sheet.text()
    assert (faults.cell.text(), faults.value.text()) == ("A2", "“VY-X”")
    assert not dialog.import_button.isEnabled()


class DeferredRunner:
    """Keeps each job until the test runs it: the person can act while the work is under way."""

    def __init__(self) -> None:
        self.jobs: list[Callable[[], None]] = []

    def start(self, job: Callable[[], None]) -> None:
        self.jobs.append(job)

    def run_all(self) -> None:
        while self.jobs:
            self.jobs.pop(0)()


def test_a_preview_can_be_cancelled(qtbot: QtBot, ws: Workspace, template: Path) -> None:
    runner = DeferredRunner()
    dialog = ImportAssistant(ws, runner=runner)
    qtbot.addWidget(dialog)
    dialog.show()
    ready_for_scores(dialog, fill(template, GOOD, "tot.xlsx"))
    dialog.preview_button.click()
    assert not dialog.preview_button.isEnabled()  # busy
    operation = dialog.findChild(Operation)
    assert operation is not None
    operation.cancel()
    assert dialog.preview_button.isEnabled()
    runner.run_all()
    assert dialog.panel.currentWidget() is dialog.panel.hint
    assert not dialog.import_button.isEnabled()


def test_the_dialog_stays_open_while_importing(qtbot: QtBot, ws: Workspace, template: Path) -> None:
    runner = DeferredRunner()
    dialog = ImportAssistant(ws, runner=runner)
    qtbot.addWidget(dialog)
    dialog.show()
    ready_for_scores(dialog, fill(template, GOOD, "tot.xlsx"))
    dialog.preview_button.click()
    runner.run_all()
    dialog.import_button.click()
    dialog.reject()
    assert dialog.isVisible()
    runner.run_all()
    assert not dialog.isVisible()
    assert dialog.result() == QtWidgets.QDialog.DialogCode.Accepted
