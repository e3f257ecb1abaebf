"""The sign-in dialog of a database with accounts: a wrong password is told, the right one signs in."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from emulation.i18n import language, set_language
from emulation.services.accounts import add_account
from emulation.services.permissions import AccountRole
from emulation.services.settings import update_settings
from emulation.services.workspace import Workspace
from emulation.ui.app import run_app
from emulation.ui.qt import QtCore, QtWidgets
from emulation.ui.sign_in_dialog import SignInDialog
from tests.ui.test_translations import TS, tool


def test_sign_in_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    target = str(tmp_path / "chung.sqlite")
    owner = Workspace.open(target)
    add_account(owner, "thuky", "Lò Thị Mai", "admin", "mật-khẩu-dài")
    owner.close()
    ws = Workspace.open(target)
    try:
        assert ws.accounts and ws.role is None
        dialog = SignInDialog(ws, target)
        qtbot.addWidget(dialog)
        dialog.login.setText("thuky")
        dialog.password.setText("sai")
        dialog._try()
        assert not dialog.error.isHidden() and "mật khẩu không đúng" in dialog.error.text()
        assert ws.role is None and dialog.password.text() == ""
        dialog.password.setText("mật-khẩu-dài")
        dialog._try()
        assert dialog.result() == SignInDialog.DialogCode.Accepted
        assert ws.role is AccountRole.ADMIN and ws.user == "Lò Thị Mai (thuky)"
    finally:
        ws.close()


def test_the_sign_in_speaks_the_databases_language(
    qapp: QtWidgets.QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = str(tmp_path / "chung.sqlite")
    owner = Workspace.open(target)
    update_settings(owner, {"language": "en"})
    add_account(owner, "thuky", "Lò Thị Mai", "admin", "mật-khẩu-dài")
    owner.close()
    qm = tmp_path / "emulation_en.qm"
    subprocess.run([tool("lrelease"), str(TS), "-qm", str(qm)], check=True, capture_output=True)
    monkeypatch.setattr("emulation.ui.translations.translation_file", lambda language: str(qm))
    heard: list[tuple[str, str]] = []

    def asked(_ws: Workspace, _database: str) -> bool:  # the dialog would show now: in which language?
        heard.append((language(), QtCore.QCoreApplication.translate("SignInDialog", "Đăng nhập")))
        return False

    monkeypatch.setattr("emulation.ui.app.signed_in", asked)
    try:
        assert run_app(target) == 0
    finally:
        set_language("vi")
    assert heard == [("en", "Sign in")]
