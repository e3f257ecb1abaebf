"""Khen thưởng: awardees by the rules; decisions by hand need a reason and reach the audit log."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from emulation.services.periods import set_locked
from emulation.services.results import awards
from emulation.services.settings import read_settings, update_settings
from emulation.text import format_money
from emulation.ui.audit_view import AuditView
from emulation.ui.award_hand_dialog import AwardByHandDialog
from emulation.ui.awards_view import AwardsView
from emulation.ui.context import ViewContext
from emulation.ui.file_dialogs import AnsweringFileDialogs
from emulation.ui.override_dialog import OverrideDialog
from emulation.ui.print_needs_dialog import PrintNeedsDialog
from emulation.ui.qt import Qt
from tests.ui.conftest import USER, message_boxes

PERIOD = "Tháng 08/2026 – Thôn, tổ dân phố"
LOCKED = "Tháng 07/2026 – Thôn, tổ dân phố"


@pytest.fixture
def view(qtbot: QtBot, ctx: ViewContext) -> AwardsView:
    widget = AwardsView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1180, 720)
    widget.show()
    widget.refresh()
    widget.picker.select(PERIOD)
    return widget


def codes(view: AwardsView) -> list[str]:
    return [a.awarded.row.unit.code for a in view.model.rows]


def decide(qtbot: QtBot, view: AwardsView, reason: str) -> OverrideDialog:
    dialog = view.dialog
    assert isinstance(dialog, OverrideDialog)
    dialog.reason.setPlainText(reason)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    return dialog


def test_the_awardees_and_their_total(view: AwardsView, ctx: ViewContext) -> None:
    _, lines = awards(ctx.workspace, PERIOD)
    assert codes(view) == [line.awarded.row.unit.code for line in lines]
    total = sum(line.awarded.amount_vnd or 0 for line in lines)
    assert format_money(total) in view.total.text()
    assert view.model.index(0, 8).data() == format_money(lines[0].awarded.amount_vnd or 0)


def test_excluding_needs_a_reason_and_is_logged(qtbot: QtBot, view: AwardsView, ctx: ViewContext) -> None:
    first = codes(view)[0]
    view.table.selectRow(0)
    qtbot.mouseClick(view.exclude_button, Qt.MouseButton.LeftButton)
    dialog = decide(qtbot, view, "   ")
    assert dialog.isVisible()
    assert dialog.form.error_text("reason") == "quyết định khen thưởng thủ công cần ghi lý do"
    assert codes(view)[0] == first
    with qtbot.waitSignal(view.changed):
        decide(qtbot, view, "Để xảy ra vụ việc phức tạp")
    assert first not in codes(view)
    assert view.decisions_model.rowCount() == 1
    assert view.decisions_model.index(0, 1).data() == "Loại khỏi danh sách"
    assert view.decisions_model.index(0, 3).data() == "Để xảy ra vụ việc phức tạp"

    audit = AuditView(ctx)
    qtbot.addWidget(audit)
    audit.refresh()
    audit.select_filters(period=PERIOD, unit=first, who=USER)
    texts = [[audit.model.index(r, c).data() for c in range(10)] for r in range(audit.model.rowCount())]
    assert ["Khen thưởng thủ công", "loại khỏi danh sách", "Để xảy ra vụ việc phức tạp"] == [
        texts[0][2], texts[0][8], texts[0][9]
    ]


def test_including_by_hand_then_withdrawing(qtbot: QtBot, view: AwardsView) -> None:
    before = codes(view)
    qtbot.mouseClick(view.include_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, AwardByHandDialog)
    dialog.reason.setPlainText("Có mô hình hay được biểu dương")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.form.error_text("unit") == "quyết định khen thưởng cần ít nhất một đơn vị"
    last = dialog.units.shown()[-1]
    dialog.units.search.setText(last)
    assert dialog.units.shown() == [last]
    dialog.units.set_checked(last, True)
    with qtbot.waitSignal(view.changed):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert set(codes(view)) == {*before, last}
    row = view.model.row_of(last)
    assert view.model.index(row, 10).data() == "Thêm thủ công: Có mô hình hay được biểu dương"
    view.decisions.selectRow(0)
    qtbot.mouseClick(view.withdraw_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(view.changed):
        decide(qtbot, view, "Nhầm đơn vị")
    assert codes(view) == before
    assert view.decisions_model.rowCount() == 0


def test_a_locked_period_takes_no_decision(qtbot: QtBot, view: AwardsView, ctx: ViewContext) -> None:
    view.picker.select(LOCKED)
    assert not view.include_button.isEnabled()
    assert "Kỳ đã khóa" in view.info.text()
    view.picker.select(PERIOD)
    view.table.selectRow(0)
    set_locked(ctx.workspace, PERIOD, True)  # locked by someone else while the page was open
    qtbot.mouseClick(view.exclude_button, Qt.MouseButton.LeftButton)
    decide(qtbot, view, "Lý do")
    [box] = message_boxes(view)
    assert box.windowTitle() == "Kỳ chấm điểm đã khóa"
    box.close()


def test_decision_then_award_list_and_certificates(
    qtbot: QtBot, view: AwardsView, files: AnsweringFileDialogs, tmp_path: Path
) -> None:
    panel = view.print_panel
    assert all(b.isEnabled() for b in panel.buttons.values())
    panel.number.setText("05")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert panel.number.text() == "05/QĐ-UBND"
    target = tmp_path / "danh-sach.pdf"
    files.answers.append(target)
    qtbot.mouseClick(panel.buttons["award_list"], Qt.MouseButton.LeftButton)
    assert target.exists()
    assert "danh-sach.pdf" in panel.status.text()
    certificates = tmp_path / "giay-khen.pdf"
    files.answers.append(certificates)
    qtbot.mouseClick(panel.buttons["certificates"], Qt.MouseButton.LeftButton)
    assert certificates.exists()
    assert all(view.model.index(r, 9).data() for r in range(view.model.rowCount()))


def test_printing_asks_first_for_what_is_missing(
    qtbot: QtBot, view: AwardsView, ctx: ViewContext, files: AnsweringFileDialogs, tmp_path: Path
) -> None:
    update_settings(ctx.workspace, {"place": "", "signer_name": ""})
    files.answers.append(tmp_path / "x.pdf")
    qtbot.mouseClick(view.print_panel.buttons["award_list"], Qt.MouseButton.LeftButton)
    dialog = view.print_panel.dialog
    assert isinstance(dialog, PrintNeedsDialog)
    assert set(dialog.fields) == {"place", "signer_name"} and dialog.needs.decision
    assert not (tmp_path / "x.pdf").exists() and files.answers  # no file was asked for yet
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.form.error_text("place") == "Cần nhập để in"
    dialog.fields["place"].setText("Bảo Yên")
    dialog.fields["signer_name"].setText("Nguyễn Văn A")
    dialog.number.setText("07")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "x.pdf").exists()
    assert read_settings(ctx.workspace)["place"] == "Bảo Yên"
    assert view.print_panel.number.text() == "07/QĐ-UBND"
