"""Cài đặt: saved through the service; a wrong amount is shown beside its field."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from emulation.services.settings import read_settings
from emulation.ui.context import ViewContext
from emulation.ui.file_dialogs import AnsweringFileDialogs
from emulation.ui.qt import Qt
from emulation.ui.settings_view import SettingsView


@pytest.fixture
def view(qtbot: QtBot, ctx: ViewContext) -> SettingsView:
    widget = SettingsView(ctx)
    qtbot.addWidget(widget)
    widget.show()
    widget.refresh()
    return widget


def test_shows_the_stored_settings(view: SettingsView, ctx: ViewContext) -> None:
    stored = read_settings(ctx.workspace)
    assert view.fields["issuer"].text() == stored["issuer"]
    assert view.fields["base_salary"].text() == "2.340.000 đ"
    assert view.changes() == {}


def test_save_changed_settings(
    qtbot: QtBot, view: SettingsView, ctx: ViewContext, files: AnsweringFileDialogs, tmp_path: Path
) -> None:
    view.fields["signer_name"].setText("Nguyễn Thị Hoà")
    view.fields["base_salary"].setText("2.530.000")
    files.answers.append(tmp_path / "logo.png")
    view.choose_logo()
    view.language.setCurrentIndex(view.language.findData("en"))
    with qtbot.waitSignal(view.changed):
        qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    stored = read_settings(ctx.workspace)
    assert stored["signer_name"] == "Nguyễn Thị Hoà"
    assert stored["base_salary"] == "2530000"
    assert stored["logo_path"] == str(tmp_path / "logo.png")
    assert stored["language"] == "en"
    assert view.fields["base_salary"].text() == "2.530.000 đ"
    assert view.status.text() == "Đã lưu cài đặt."
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert view.status.text() == "Không có thay đổi."


def test_a_wrong_amount_is_shown_beside_the_field(qtbot: QtBot, view: SettingsView, ctx: ViewContext) -> None:
    view.fields["base_salary"].setText("hai triệu")
    view.fields["place"].setText("Nghĩa Đô")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert "2.340.000 đ" in view.form.error_text("base_salary")
    assert read_settings(ctx.workspace)["place"] != "Nghĩa Đô"


def test_a_fault_the_service_finds_is_shown_beside_its_field(view: SettingsView) -> None:
    from emulation.services.errors import InputError

    view._failed(InputError.single("issuer", "quá dài"))
    assert view.form.error_text("issuer") == "quá dài"
    assert view.form.error_text("place") == ""


def test_the_fields_printing_needs_are_marked(qtbot: QtBot, ctx: ViewContext) -> None:
    from emulation.services.printing_needs import PRINT_SETTINGS

    view = SettingsView(ctx)
    qtbot.addWidget(view)
    for key in PRINT_SETTINGS:
        assert view.fields[key].toolTip() == "Cần để in giấy khen và danh sách khen thưởng"
    assert not view.fields["parent_body"].toolTip()
    assert "Cần để in" in view.print_note.text()
