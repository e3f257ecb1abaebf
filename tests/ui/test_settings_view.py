"""Cài đặt: saved through the service; a wrong amount is shown beside its field."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from emulation.remembered_language import remembered_language
from emulation.reports.signing import fingerprint
from emulation.services.settings import read_settings
from emulation.services.signing_keys import key_fingerprint, load_public_key
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

    view._failed(InputError.single("issuer", "decision_number_too_long", limit=20))
    assert view.form.error_text("issuer") == "số quyết định dài tối đa 20 ký tự"
    assert view.form.error_text("place") == ""


def test_the_signing_keys_fingerprint_is_shown_and_the_public_key_exported(
    qtbot: QtBot, view: SettingsView, ctx: ViewContext, files: AnsweringFileDialogs, tmp_path: Path
) -> None:
    shown = key_fingerprint(ctx.workspace)
    assert shown and shown in view.signing_key.fingerprint.text()
    target = tmp_path / "khoa-cong-khai.pem"
    files.answers.append(target)
    qtbot.mouseClick(view.signing_key.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.exists())
    assert fingerprint(load_public_key(target)) == shown


def test_a_signing_key_is_made_from_the_settings(
    qtbot: QtBot, empty_ctx: ViewContext, files: AnsweringFileDialogs, tmp_path: Path
) -> None:
    view = SettingsView(empty_ctx)
    qtbot.addWidget(view)
    view.refresh()
    box = view.signing_key
    assert not box.export_button.isEnabled() and not box.create_button.isHidden()
    qtbot.mouseClick(box.create_button, Qt.MouseButton.LeftButton)
    dialog = box.new_key
    assert dialog is not None
    files.answers.append(tmp_path / "khoa-ky.pem")
    dialog.choose_file()
    dialog.passphrase.setText("mật khẩu dài đủ")
    dialog.again.setText("mật khẩu khác")
    dialog.make()
    assert "không giống nhau" in dialog.error.text() and not (tmp_path / "khoa-ky.pem").exists()
    dialog.again.setText("mật khẩu dài đủ")
    dialog.make()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    shown = key_fingerprint(empty_ctx.workspace)
    assert shown and shown in box.fingerprint.text() and box.create_button.isHidden()
    assert empty_ctx.workspace.signer is not None and (tmp_path / "khoa-ky.pem").exists()


def test_the_fields_printing_needs_are_marked(qtbot: QtBot, ctx: ViewContext) -> None:
    from emulation.services.printing_needs import PRINT_SETTINGS

    view = SettingsView(ctx)
    qtbot.addWidget(view)
    for key in PRINT_SETTINGS:
        assert view.fields[key].toolTip() == "Cần để in giấy khen và danh sách khen thưởng"
    assert not view.fields["parent_body"].toolTip()
    assert "Cần để in" in view.print_note.text()


def test_the_saved_language_is_the_next_starts_first(
    qtbot: QtBot, view: SettingsView, ctx: ViewContext, language_file: Path
) -> None:
    """The next start paints its first window before the database is open: in the language saved here."""
    assert remembered_language() == "vi"
    view.language.setCurrentIndex(view.language.findData("en"))
    with qtbot.waitSignal(view.changed):
        qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert remembered_language() == "en"
    assert language_file.read_text(encoding="utf-8").strip() == "en"
