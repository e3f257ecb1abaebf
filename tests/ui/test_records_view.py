"""Ghi nhận: records of each type shown, typed in a dialog, imported and exported; the register imported."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from emulation.services.activity_records import list_records
from emulation.services.models_register import list_models
from emulation.ui.context import ViewContext
from emulation.ui.file_dialogs import AnsweringFileDialogs
from emulation.ui.qt import Qt
from emulation.ui.record_dialog import RecordDialog
from emulation.ui.records_view import RecordsView
from tests.records.district import DIEM_DEN_HEAD, workbook
from tests.ui.conftest import message_boxes

VISITS = [DIEM_DEN_HEAD, ["ND-T1", "Thôn Nà Đon", "05/01/2024", 3, 2, 1, None],
          ["ND-T2", "", "12/01/2024", 2, 3, 0, "Có mưa"]]


@pytest.fixture
def view(qtbot: QtBot, ctx: ViewContext) -> RecordsView:
    widget = RecordsView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 560)
    widget.show()
    widget.refresh()
    return widget


def test_the_builtin_types_are_offered(view: RecordsView) -> None:
    tab = view.records
    assert [tab.type_choice.itemText(i) for i in range(tab.type_choice.count())] == [
        "Ra quân", "Tiếp xúc, đối thoại", "Mỗi tuần một điểm đến", "Sinh hoạt chi bộ", "Hồ sơ hành chính"]
    tab.select_type("diem-den")
    headers = [tab.model.headerData(c, Qt.Orientation.Horizontal) for c in range(tab.model.columnCount())]
    assert headers == ["Ngày", "Đơn vị", "Số hộ đến thăm", "Số lượt cán bộ tham gia", "Số ý kiến tiếp nhận",
                       "Ghi chú"]


def test_import_shows_the_records_of_the_type(
    qtbot: QtBot, view: RecordsView, files: AnsweringFileDialogs, tmp_path: Path
) -> None:
    tab = view.records
    tab.select_type("diem-den")
    files.answers.append(workbook(tmp_path / "gn.xlsx", {"Mỗi tuần một điểm đến": VISITS}))
    with qtbot.waitSignal(view.changed):
        qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == 2
    assert tab.model.index(1, 0).data() == "12/01/2024"
    assert tab.model.index(1, 3).data() == "3"
    assert tab.summary.text() == "Đã nhập: 2 ghi nhận mới, 0 ghi nhận đã có."


def test_a_faulty_workbook_shows_each_cell_and_writes_nothing(view: RecordsView, ctx: ViewContext,
                                                              tmp_path: Path) -> None:
    rows = [row[:] for row in VISITS]
    rows[2][3] = "hai"
    view.records.import_from(workbook(tmp_path / "sai.xlsx", {"Mỗi tuần một điểm đến": rows}))
    [box] = message_boxes(view.records)
    assert 'sai.xlsx › Mỗi tuần một điểm đến › D3: "hai" không phải là số' in box.detailedText()
    box.close()
    assert list_records(ctx.workspace) == []


def test_a_record_typed_in_the_dialog(qtbot: QtBot, view: RecordsView, ctx: ViewContext) -> None:
    tab = view.records
    tab.select_type("ra-quan")
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, RecordDialog)
    dialog.unit.setCurrentIndex(dialog.unit.findData("ND"))
    dialog.fields["participants"].setText("12,5")  # type: ignore[attr-defined]
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "không phải là số nguyên" in dialog.form.error_text("participants")
    dialog.fields["participants"].setText("125")  # type: ignore[attr-defined]
    dialog.fields["money"].setText("5.000.000")  # type: ignore[attr-defined]
    with qtbot.waitSignal(view.changed):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    [line] = list_records(ctx.workspace)
    assert (line.unit_code, line.values) == ("ND", {"participants": "125", "money": "5000000"})
    assert tab.model.index(0, 4).data() == "5.000.000"


def test_the_register_imports_the_units_lists(
    qtbot: QtBot, view: RecordsView, ctx: ViewContext, files: AnsweringFileDialogs, tmp_path: Path
) -> None:
    rows = [["Tên mô hình", "Đơn vị", "Lĩnh vực", "Năm đăng ký"],
            ["Nuôi ong lấy mật", "ND-T1", "Kinh tế", 2023], ["Tổ hòa giải", "ND", "Văn hóa - xã hội", 2024]]
    files.answers.append(workbook(tmp_path / "mh.xlsx", {"Mô hình": rows}))
    view.tabs.setCurrentWidget(view.register)
    with qtbot.waitSignal(view.changed):
        qtbot.mouseClick(view.register.import_button, Qt.MouseButton.LeftButton)
    assert len(list_models(ctx.workspace)) == 2
    assert view.register.model.rowCount() == 2
    assert view.register.summary.text().startswith("2 mô hình — Kinh tế: 1; Văn hóa – xã hội: 1;")


def test_a_cell_edited_in_place_is_saved_when_left(
    view: RecordsView, ctx: ViewContext, tmp_path: Path
) -> None:
    tab = view.records
    tab.select_type("diem-den")
    tab.import_from(workbook(tmp_path / "gn.xlsx", {"Mỗi tuần một điểm đến": VISITS}))
    cell = tab.model.index(0, 3)  # Số lượt cán bộ tham gia
    assert tab.model.flags(cell) & Qt.ItemFlag.ItemIsEditable
    assert not tab.model.flags(tab.model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    tab.model.setData(cell, "5")
    assert cell.data() == "5"
    assert list_records(ctx.workspace)[0].values["cadres"] == "5"
    tab.model.setData(tab.model.index(0, 5), "Trời mưa")
    assert list_records(ctx.workspace)[0].note == "Trời mưa"
    tab.model.setData(cell, "năm")
    [box] = message_boxes(tab)
    assert '"năm" không phải là số' in box.detailedText()
    box.close()
    assert cell.data() == "5"
    from emulation.services.audit import audit_log

    assert [a.action for a in audit_log(ctx.workspace)][-2:] == ["record_changed", "record_changed"]


def test_the_report_is_written_from_the_page(
    qtbot: QtBot, view: RecordsView, ctx: ViewContext, files: AnsweringFileDialogs, tmp_path: Path
) -> None:
    from emulation.services.settings import update_settings

    update_settings(ctx.workspace, {"place": "Bảo Yên"})
    target = tmp_path / "bao-cao.pdf"
    files.answers.append(target)
    view.report.year.setValue(2024)
    view.report.base_year.setValue(2019)
    qtbot.mouseClick(view.report.report_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes().startswith(b"%PDF")
    assert view.report.status.text() == "Đã ghi bao-cao.pdf: 0 mô hình."
