"""Nhật ký: the log newest first, filtered by period, unit and person."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from pytestqt.qtbot import QtBot

from emulation.services.audit import audit_log
from emulation.services.periods import set_locked
from emulation.services.workspace import Workspace, owner
from emulation.ui.audit_model import AuditModel
from emulation.ui.audit_view import AuditView
from emulation.ui.context import ViewContext

if TYPE_CHECKING:
    from pytestqt.modeltest import ModelTester

PERIOD = "Tháng 07/2026 – Công sở"


@pytest.fixture
def view(qtbot: QtBot, ctx: ViewContext) -> AuditView:
    widget = AuditView(ctx)
    qtbot.addWidget(widget)
    widget.show()
    widget.refresh()
    return widget


def test_everything_newest_first(view: AuditView, ctx: ViewContext) -> None:
    lines = audit_log(ctx.workspace)
    assert view.model.rowCount() == len(lines)
    assert view.model.rows[0] == lines[-1]
    assert view.count.text() == f"{len(lines)} mục"


def test_filters(view: AuditView, ctx: ViewContext) -> None:
    other = Workspace(ctx.workspace.db, owner("trưởng ban"))
    set_locked(other, PERIOD, False, "sửa điểm nhập sai")
    view.refresh()
    view.who.setCurrentIndex(view.who.findData("trưởng ban"))
    assert view.model.rowCount() == 1
    assert [view.model.index(0, c).data() for c in (1, 2, 3, 4)] == ["trưởng ban", "Mở khóa", "Kỳ chấm điểm", PERIOD]
    view.select_filters(period=PERIOD, unit="PR-UB")
    assert view.model.rowCount() == len(audit_log(ctx.workspace, PERIOD, unit="PR-UB"))
    assert {view.model.index(r, 5).data() for r in range(view.model.rowCount())} == {"PR-UB"}


def test_model(qtmodeltester: ModelTester, demo_ws: Workspace) -> None:
    model = AuditModel()
    model.set_lines(audit_log(demo_ws, limit=50))
    qtmodeltester.check(model)


def test_logged_codes_are_shown_in_words() -> None:
    from emulation.ui.labels import audit_field, audit_value

    assert audit_field("II.1 (member Lò Văn A)") == "II.1 (thành viên Lò Văn A)"
    assert audit_field("II.1 (self)") == "II.1 (tự chấm)"
    assert audit_field("parent") == "cấp trên"
    assert audit_field("base_salary") == "lương cơ sở"
    assert audit_field("II.3") == "II.3"
    assert audit_value("9.5") == "9,5"
    assert audit_value("exclude") == "loại khỏi danh sách"
    assert audit_value("Đầy đủ, đúng quy định") == "Đầy đủ, đúng quy định"
    assert audit_value(None) == ""


def test_every_action_the_services_log_has_its_words() -> None:
    from emulation.i18n import set_language
    from emulation.ui.labels import audit_action, audit_entity, audit_value

    assert (audit_action("print"), audit_entity("certificate")) == ("In giấy khen", "Giấy khen")
    assert audit_action("decision") == "Ghi quyết định khen thưởng"
    set_language("en")
    assert (audit_action("print"), audit_action("decision")) == ("Certificates printed", "Decision recorded")
    assert audit_value("exclude") == "excluded from the list"
