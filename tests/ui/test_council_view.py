"""Bình xét: members and attendance, the meeting, the tally, the papers and the history, from the page."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from pytestqt.qtbot import QtBot

from emulation.services.council_members import set_member
from emulation.services.council_state import council_state
from emulation.services.history import unit_history
from emulation.services.periods import set_locked
from emulation.ui.context import ViewContext
from emulation.ui.council_view import CouncilView
from emulation.ui.file_dialogs import AnsweringFileDialogs
from emulation.ui.qt import Qt
from tests.reports.pdfs import page_texts_pypdf

PERIOD = "Tháng 09/2026 – Thôn, tổ dân phố"
MEMBERS = (("Hoàng Văn Thành", "Chủ tịch Hội đồng"), ("Lê Thị Hoa", "Ủy viên"), ("Trần Thị Bình", "Thư ký Hội đồng"))


@pytest.fixture
def view(qtbot: QtBot, ctx: ViewContext) -> CouncilView:
    for name, position in MEMBERS:
        set_member(ctx.workspace, name, position)
    widget = CouncilView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    widget.refresh()
    widget.picker.select(PERIOD)
    return widget


def _select(view: CouncilView, code: str) -> None:
    row = next(i for i, c in enumerate(view.meeting.model.rows) if c.unit_code == code)
    view.meeting.table.selectRow(row)


def test_a_meeting_from_the_page_to_the_decision(view: CouncilView, ctx: ViewContext, files: AnsweringFileDialogs,
                                                  tmp_path: Path) -> None:
    assert not view.meeting.reset_button.isEnabled() and view.meeting.open_button.isEnabled()
    view.members.attendance.item(1).setCheckState(Qt.CheckState.Unchecked)  # Lê Thị Hoa is away
    view.meeting.open_button.click()
    assert [c.unit_code for c in view.meeting.model.rows] == ["PR-T3", "ND-T4", "VY-T1"]
    assert "có mặt 2/3 thành viên" in view.meeting.info.text()

    _select(view, "ND-T4")
    view.meeting.reason.setText("Có đơn thư phản ánh")
    view.meeting.remove_button.click()
    for code, yes in (("PR-T3", 2), ("VY-T1", 1)):
        _select(view, code)
        view.meeting.yes.setValue(yes)
        view.meeting.no.setValue(2 - yes)
        view.meeting.tally_button.click()
    results = {c.unit_code: (c.approved, c.result.percent if c.result else None)
               for c in council_state(ctx.workspace, PERIOD).candidates}
    assert {k: (a, str(p)) for k, (a, p) in results.items() if p is not None} == {
        "PR-T3": (True, "66.67"), "VY-T1": (False, "33.33")}  # of the 3 members
    assert view.meeting.model.data(view.meeting.model.index(2, 8)) == "Không đạt"

    files.answers = [tmp_path / "phieu.pdf", tmp_path / "bb.pdf", tmp_path / "qd.docx"]
    view.documents.ballots_button.click()
    assert len(page_texts_pypdf(tmp_path / "phieu.pdf")) == 2
    view.documents.minutes_button.click()
    assert "33,33 %" in " ".join(page_texts_pypdf(tmp_path / "bb.pdf"))
    view.documents.number.setText("09")
    view.documents.decision_button.click()
    assert view.documents.result.text().startswith("Quyết định số 09/QĐ-UBND")
    assert (tmp_path / "qd.pdf").exists()
    assert [c.text for c in Document(str(tmp_path / "qd.docx")).tables[-1].rows[1].cells][1] == "Tổ dân phố 3"
    assert [h.award for h in unit_history(ctx.workspace, "PR-T3")] == ["Giấy khen"]
    assert [e.unit_code for e in view.history.model.rows] == ["PR-T3"]


def test_a_locked_period_shows_its_meeting_but_takes_no_change(view: CouncilView, ctx: ViewContext) -> None:
    view.meeting.open_button.click()
    set_locked(ctx.workspace, PERIOD, True)
    view.refresh()
    assert "Kỳ đã khóa" in view.meeting.info.text()
    _select(view, "PR-T3")
    assert not view.meeting.tally_button.isEnabled() and not view.meeting.add_button.isEnabled()
    assert not view.meeting.reset_button.isEnabled()


def test_a_refusal_is_shown_in_words(view: CouncilView, ctx: ViewContext) -> None:
    from tests.ui.conftest import close_boxes, message_boxes

    view.meeting.open_button.click()
    _select(view, "PR-T3")
    view.meeting.remove_button.click()  # no reason given
    boxes = message_boxes(view)
    assert len(boxes) == 1 and "cần ghi lý do" in boxes[0].informativeText()
    close_boxes(view)


def test_a_units_page_shows_its_awards_by_year(qtbot: QtBot, ctx: ViewContext, tmp_path: Path) -> None:
    from emulation.services.history import import_history
    from emulation.ui.units_view import UnitsView

    csv = tmp_path / "cu.csv"
    csv.write_text("Năm;Mã;Hình thức;Xếp loại\n2024;PR-T3;Giấy khen;\n2025;PR-T3;Giấy khen;Xuất sắc\n",
                   encoding="utf-8")
    import_history(ctx.workspace, csv)
    units = UnitsView(ctx)
    qtbot.addWidget(units)
    units.refresh(select="PR-T3")
    assert units.awards.text() == "Khen thưởng các năm của Tổ dân phố 3: 2025: Giấy khen, Xuất sắc · 2024: Giấy khen"
    units.refresh(select="PR-T1")
    assert units.awards.text().endswith(": chưa có")


def test_thresholds_bases_and_the_decisions_settings_from_the_page(view: CouncilView, ctx: ViewContext) -> None:
    from decimal import Decimal

    from emulation.services.award_terms import terms_of
    from emulation.services.settings import read_settings

    terms = view.terms
    assert terms.award.currentText() == "Giấy khen" and terms.share.value() == 50.0
    terms.share.setValue(66.67)
    terms.base.setCurrentIndex(terms.base.findData("attending"))
    terms.award_bases.setPlainText("Căn cứ Quyết định số 12/2024/QĐ-UBND;\n\n")
    terms.save_award_button.click()
    threshold, bases = terms_of(ctx.workspace, "Giấy khen")
    assert (threshold.share, threshold.base.value, bases) == (
        Decimal("0.6667"), "attending", ["Căn cứ Quyết định số 12/2024/QĐ-UBND;"])
    terms.fields["decision_budget"].setPlainText("ngân sách xã năm 2026")
    terms.save_decision_button.click()
    assert read_settings(ctx.workspace)["decision_budget"] == "ngân sách xã năm 2026"
    assert terms.result.text() == "Đã lưu."
